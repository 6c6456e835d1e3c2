package io.tributary.connectors.garmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GarminPulseOxMapperTest {
    @Test
    void spo2ValuesAreSaturationSamplesOfTheDay() throws Exception {
        MappedRecord r = GarminFixtures.map(new GarminPulseOxMapper()).get(0);
        assertThat(r.identityKey()).isEqualTo("2020-02-06");
        JsonNode o = GarminFixtures.json(r).path("oxygen_data");
        JsonNode s = o.path("saturation_samples");
        assertThat(s).hasSize(3);
        assertThat(s.get(0).path("timestamp").asString()).isEqualTo("2020-02-06T01:00:00.000000+01:00");
        assertThat(s.get(0).path("percentage").asDouble()).isEqualTo(96);
        assertThat(s.get(0).path("type").asInt()).isEqualTo(0);
        assertThat(o.has("avg_saturation_percentage")).isFalse();
    }
}
