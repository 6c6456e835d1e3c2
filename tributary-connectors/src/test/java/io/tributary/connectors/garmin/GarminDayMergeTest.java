package io.tributary.connectors.garmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.RecordMapper;
import io.tributary.connectors.RecordMerge;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The summaries of one Garmin day, merged in any order, add up to one complete Daily; a re-push changes nothing. */
class GarminDayMergeTest {
    private static final List<RecordMapper> DAY = List.of(
            new GarminDailiesMapper(),
            new GarminEpochsMapper(),
            new GarminStressDetailsMapper(),
            new GarminPulseOxMapper(),
            new GarminHrvMapper(),
            new GarminRespirationMapper());

    @Test
    void everySummaryOfTheDayEndsUpInTheSameDailyWhateverTheOrder() throws Exception {
        JsonNode forward = merge(DAY);
        List<RecordMapper> reversed = new java.util.ArrayList<>(DAY);
        java.util.Collections.reverse(reversed);
        JsonNode backward = merge(reversed);
        assertThat(forward).isEqualTo(backward);
        assertThat(forward.path("distance_data").path("steps").asInt()).isEqualTo(9318);
        assertThat(forward.path("distance_data").path("detailed").path("step_samples"))
                .hasSize(2);
        assertThat(forward.path("stress_data").path("avg_stress_level").asDouble())
                .isEqualTo(31);
        assertThat(forward.path("stress_data").path("samples")).hasSize(3);
        assertThat(forward.path("oxygen_data").path("saturation_samples")).hasSize(3);
        assertThat(forward.path("heart_rate_data")
                        .path("summary")
                        .path("resting_hr_bpm")
                        .asDouble())
                .isEqualTo(54);
        assertThat(forward.path("heart_rate_data")
                        .path("summary")
                        .path("avg_hrv_rmssd")
                        .asDouble())
                .isEqualTo(52);
        assertThat(forward.path("heart_rate_data").path("detailed").path("hr_samples"))
                .hasSize(4);
        assertThat(forward.path("respiration_data").path("breaths_data").path("samples"))
                .hasSize(3);
        assertThat(RecordMerge.merge(forward, json(new GarminEpochsMapper()).get(0)))
                .isEqualTo(forward);
    }

    @Test
    void activityAndItsDetailMergeIntoOneActivity() throws Exception {
        JsonNode a = json(new GarminActivitiesMapper()).get(0);
        JsonNode d = json(new GarminActivityDetailsMapper()).get(0);
        JsonNode merged = RecordMerge.merge(a, d);
        assertThat(RecordMerge.merge(d, a)).isEqualTo(merged);
        assertThat(merged.path("metadata").path("name").asString()).isEqualTo("Morning Run");
        assertThat(merged.path("heart_rate_data").path("detailed").path("hr_samples"))
                .hasSize(2);
    }

    private static JsonNode merge(List<RecordMapper> mappers) throws Exception {
        JsonNode day = null;
        for (RecordMapper m : mappers) for (JsonNode r : json(m)) day = RecordMerge.merge(day, r);
        return day;
    }

    private static List<JsonNode> json(RecordMapper m) throws Exception {
        return GarminFixtures.map(m).stream()
                .map(MappedRecord::model)
                .map(x -> (JsonNode) GarminFixtures.JSON.valueToTree(x))
                .toList();
    }
}
