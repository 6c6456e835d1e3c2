package io.tributary.connectors.withings;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WithingsIntradayMapperTest {
    @Test
    void readingsGroupedByLocalDayAsDailySamples() throws Exception {
        List<MappedRecord> rs = WithingsFixtures.map(new WithingsIntradayMapper());
        assertThat(rs).extracting(MappedRecord::identityKey).containsExactly("2020-06-25", "2020-06-26");
        assertThat(rs).allMatch(MappedRecord::partial);
        JsonNode d = WithingsFixtures.json(rs.get(0));
        // 1593036000 = 2020-06-24T22:00Z = midnight in Paris
        JsonNode steps = d.at("/distance_data/detailed/step_samples");
        assertThat(steps.size()).isEqualTo(2);
        assertThat(steps.get(0).at("/timestamp").asString()).isEqualTo("2020-06-25T00:00:00.000000+02:00");
        assertThat(steps.get(0).at("/steps").asDouble()).isEqualTo(57.0);
        assertThat(steps.get(0).at("/timer_duration_seconds").asDouble()).isEqualTo(60.0);
        assertThat(d.at("/distance_data/detailed/floors_climbed_samples/0/floors_climbed")
                        .asDouble())
                .isEqualTo(1.0);
        assertThat(d.at("/calories_data/calorie_samples/1/calories").asDouble()).isEqualTo(0.6);
        assertThat(d.at("/heart_rate_data/detailed/hr_samples/1/bpm").asDouble())
                .isEqualTo(84.0);
        assertThat(d.at("/heart_rate_data/detailed/hr_samples/1/timestamp").asString())
                .isEqualTo("2020-06-25T00:01:00.000000+02:00");
        assertThat(d.at("/oxygen_data/saturation_samples/0/percentage").asDouble())
                .isEqualTo(96.0);
        assertThat(d.at("/metadata/start_time").asString()).isEqualTo("2020-06-25T00:00:00.000000+02:00");
    }
}
