package io.tributary.connectors.garmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GarminBloodPressuresMapperTest {
    @Test
    void aReadingIsABloodPressureAndAPulseSample() throws Exception {
        MappedRecord r = GarminFixtures.map(new GarminBloodPressuresMapper()).get(0);
        assertThat(r.identityKey()).isEqualTo("2020-02-06");
        JsonNode b = GarminFixtures.json(r);
        JsonNode s =
                b.path("blood_pressure_data").path("blood_pressure_samples").get(0);
        assertThat(s.path("timestamp").asString()).isEqualTo("2020-02-06T15:13:20.000000+01:00");
        assertThat(s.path("systolic_bp").asDouble()).isEqualTo(118);
        assertThat(s.path("diastolic_bp").asDouble()).isEqualTo(76);
        JsonNode hr = b.path("heart_data")
                .path("heart_rate_data")
                .path("detailed")
                .path("hr_samples")
                .get(0);
        assertThat(hr.path("bpm").asDouble()).isEqualTo(62);
        assertThat(hr.path("timestamp").asString()).isEqualTo("2020-02-06T15:13:20.000000+01:00");
    }
}
