package io.tributary.connectors.garmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GarminRespirationMapperTest {
    @Test
    void breathsGoToTheDailysExtraRespirationData() throws Exception {
        MappedRecord r = GarminFixtures.map(new GarminRespirationMapper()).get(0);
        assertThat(r.identityKey()).isEqualTo("2020-02-06");
        JsonNode s = GarminFixtures.json(r)
                .path("respiration_data")
                .path("breaths_data")
                .path("samples");
        assertThat(s).hasSize(3);
        assertThat(s.get(0).path("timestamp").asString()).isEqualTo("2020-02-06T08:00:00.000000+01:00");
        assertThat(s.get(2).path("timestamp").asString()).isEqualTo("2020-02-06T08:02:00.000000+01:00");
        assertThat(s.get(2).path("breaths_per_min").asDouble()).isEqualTo(16.02);
    }
}
