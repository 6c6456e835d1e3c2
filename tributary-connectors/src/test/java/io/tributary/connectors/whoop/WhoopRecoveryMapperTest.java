package io.tributary.connectors.whoop;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class WhoopRecoveryMapperTest {
    private final WhoopRecoveryMapper mapper = new WhoopRecoveryMapper();

    @Test
    void withoutItsCycleTheRecoveryIsTheBodyOfTheUtcDateItWasRecorded() throws Exception {
        MappedRecord r = WhoopFixtures.map(mapper).get(0);
        assertThat(r.identityKey()).isEqualTo("2022-04-24");
        assertThat(r.providerKey()).isEqualTo("recovery:93845");
        JsonNode b = WhoopFixtures.json(r);
        assertThat(b.at("/metadata/start_time").asString()).isEqualTo("2022-04-24T00:00:00.000000+00:00");
        assertThat(b.at("/heart_data/heart_rate_data/summary/resting_hr_bpm").asDouble())
                .isEqualTo(64.0);
        assertThat(b.at("/heart_data/heart_rate_data/summary/avg_hrv_rmssd").asDouble())
                .isEqualTo(31.813562);
        assertThat(b.at("/oxygen_data/avg_saturation_percentage").asDouble()).isEqualTo(95.6875);
        assertThat(b.at("/temperature_data/day_avg_skin_temperature_celsius").asDouble())
                .isEqualTo(33.7);
        assertThat(b.at("/temperature_data/skin_temperature_samples/0/temperature_celsius")
                        .asDouble())
                .isEqualTo(33.7);
        assertThat(b.at("/temperature_data/skin_temperature_samples/0/timestamp")
                        .asString())
                .isEqualTo("2022-04-24T11:25:44.774000+00:00");
        assertThat(b.at("/whoop_recovery/recovery_score").asDouble()).isEqualTo(44.0);
        assertThat(b.at("/whoop_recovery/sleep_id").asString()).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
    }

    @Test
    void itsJoinedCycleGivesTheDayAndTheMembersOffset() throws Exception {
        ObjectNode rec = (ObjectNode) WhoopFixtures.record("recovery").deepCopy();
        rec.set(WhoopRecoveryMapper.CYCLE, WhoopFixtures.record("cycle"));
        JsonNode b = WhoopFixtures.json(mapper.map(rec).get(0));
        assertThat(b.at("/metadata/start_time").asString()).isEqualTo("2022-04-24T00:00:00.000000-05:00");
        assertThat(b.at("/temperature_data/skin_temperature_samples/0/timestamp")
                        .asString())
                .isEqualTo("2022-04-24T06:25:44.774000-05:00");
    }

    @Test
    void nothingUnlessScored() throws Exception {
        ObjectNode rec = (ObjectNode) WhoopFixtures.record("recovery").deepCopy();
        rec.put("score_state", "PENDING_SCORE");
        assertThat(mapper.map(rec)).isEmpty();
    }
}
