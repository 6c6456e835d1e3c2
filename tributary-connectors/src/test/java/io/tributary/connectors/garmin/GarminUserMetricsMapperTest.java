package io.tributary.connectors.garmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GarminUserMetricsMapperTest {
    @Test
    void vo2MaxAndFitnessAgeGoToTheBodyOfTheDate() throws Exception {
        MappedRecord r = GarminFixtures.map(new GarminUserMetricsMapper()).get(0);
        assertThat(r.partial()).isTrue();
        assertThat(r.identityKey()).isEqualTo("2020-02-06");
        JsonNode b = GarminFixtures.json(r);
        // a date without time or offset: local midnight, no offset
        assertThat(b.path("metadata").path("start_time").asString()).isEqualTo("2020-02-06T00:00:00.000000");
        assertThat(b.path("metadata").path("timestamp_localization").asInt()).isEqualTo(1);
        assertThat(b.path("oxygen_data").path("vo2max_ml_per_min_per_kg").asDouble())
                .isEqualTo(51.0);
        assertThat(b.path("measurements_data")
                        .path("day_avg_estimated_fitness_age")
                        .asDouble())
                .isEqualTo(29);
    }
}
