package io.tributary.connectors.whoop;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class WhoopCycleMapperTest {
    private final WhoopCycleMapper mapper = new WhoopCycleMapper();

    @Test
    void mapsTheCycleFieldByField() throws Exception {
        MappedRecord r = WhoopFixtures.map(mapper).get(0);
        // starts 2022-04-23 21:25 at -05:00: an evening start is the next day's cycle
        assertThat(r.identityKey()).isEqualTo("2022-04-24");
        assertThat(r.providerKey()).isEqualTo("cycle:93845");
        assertThat(r.partial()).isFalse();
        JsonNode d = WhoopFixtures.json(r);
        assertThat(d.at("/metadata/start_time").asString()).isEqualTo("2022-04-24T00:00:00.000000-05:00");
        assertThat(d.at("/metadata/end_time").asString()).isEqualTo("2022-04-25T00:00:00.000000-05:00");
        assertThat(d.at("/metadata/timestamp_localization").asInt()).isEqualTo(1);
        assertThat(d.at("/metadata/upload_type").asInt()).isEqualTo(1);
        assertThat(d.at("/strain_data/strain_level").asDouble()).isEqualTo(5.2951527);
        assertThat(d.at("/calories_data/total_burned_calories").asDouble()).isCloseTo(1980.95, within());
        assertThat(d.at("/heart_rate_data/summary/avg_hr_bpm").asDouble()).isEqualTo(68.0);
        assertThat(d.at("/heart_rate_data/summary/max_hr_bpm").asDouble()).isEqualTo(141.0);
        assertThat(d.at("/device_data/manufacturer").asString()).isEqualTo("WHOOP");
        assertThat(d.at("/whoop_cycle/id").asLong()).isEqualTo(93845);
        assertThat(d.at("/whoop_cycle/start").asString()).isEqualTo("2022-04-23T21:25:44.774000-05:00");
        assertThat(d.at("/whoop_cycle/end").asString()).isEqualTo("2022-04-24T05:25:44.774000-05:00");
        assertThat(d.at("/whoop_cycle/kilojoule").asDouble()).isEqualTo(8288.297);
        assertThat(d.has("scores")).isFalse();
    }

    @Test
    void theJoinedRecoveryGivesTheRecoveryScoreRestingHeartRateHrvAndSpo2() throws Exception {
        JsonNode cycle = WhoopRecovery.join(WhoopFixtures.record("cycle"), WhoopFixtures.record("recovery"));
        JsonNode d = WhoopFixtures.json(mapper.map(cycle).get(0));
        assertThat(d.at("/scores/recovery").asDouble()).isEqualTo(44.0);
        assertThat(d.at("/heart_rate_data/summary/resting_hr_bpm").asDouble()).isEqualTo(64.0);
        assertThat(d.at("/heart_rate_data/summary/avg_hrv_rmssd").asDouble()).isEqualTo(31.813562);
        assertThat(d.at("/oxygen_data/avg_saturation_percentage").asDouble()).isEqualTo(95.6875);
        assertThat(d.at("/whoop_recovery/skin_temp_celsius").asDouble()).isEqualTo(33.7);
        assertThat(d.at("/whoop_recovery/user_calibrating").asBoolean()).isFalse();
    }

    @Test
    void noScoreUnlessScored() throws Exception {
        ObjectNode pending = (ObjectNode) WhoopFixtures.record("cycle").deepCopy();
        pending.put("score_state", "PENDING_SCORE");
        ObjectNode recovery = (ObjectNode) WhoopFixtures.record("recovery").deepCopy();
        recovery.put("score_state", "UNSCORABLE");
        JsonNode d = WhoopFixtures.json(
                mapper.map(WhoopRecovery.join(pending, recovery)).get(0));
        assertThat(d.has("strain_data")).isFalse();
        assertThat(d.has("calories_data")).isFalse();
        assertThat(d.has("scores")).isFalse();
        assertThat(d.at("/heart_rate_data/summary/avg_hr_bpm").isMissingNode()).isTrue();
        assertThat(d.at("/whoop_cycle/score_state").asString()).isEqualTo("PENDING_SCORE");
    }

    @Test
    void anOpenCycleStartingAfterMidnightIsThatDaysAndAnAbsentOffsetIsUtc() throws Exception {
        ObjectNode open = (ObjectNode) WhoopFixtures.record("cycle").deepCopy();
        open.remove("end");
        open.remove("timezone_offset");
        open.put("start", "2022-04-26T01:10:00.000Z");
        MappedRecord r = mapper.map(open).get(0);
        assertThat(r.identityKey()).isEqualTo("2022-04-26");
        assertThat(WhoopFixtures.json(r).at("/metadata/start_time").asString())
                .isEqualTo("2022-04-26T00:00:00.000000+00:00");
        assertThat(WhoopFixtures.json(r).at("/whoop_cycle/end").isMissingNode()).isTrue();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(0.01);
    }
}
