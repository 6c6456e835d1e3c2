package io.tributary.connectors.whoop;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import io.tributary.model.enums.ActivityType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class WhoopWorkoutMapperTest {
    private final WhoopWorkoutMapper mapper = new WhoopWorkoutMapper();

    @Test
    void mapsTheWorkoutFieldByField() throws Exception {
        MappedRecord r = WhoopFixtures.map(mapper).get(0);
        assertThat(r.identityKey()).isEqualTo("ecfc6a15-4661-442f-a9a4-f160dd7afae8");
        assertThat(r.providerKey()).isEqualTo("workout:ecfc6a15-4661-442f-a9a4-f160dd7afae8");
        JsonNode a = WhoopFixtures.json(r);
        assertThat(a.at("/metadata/name").asString()).isEqualTo("running");
        assertThat(a.at("/metadata/type").asInt()).isEqualTo(ActivityType.RUNNING.value());
        assertThat(a.at("/metadata/start_time").asString()).isEqualTo("2022-04-23T21:25:44.774000-05:00");
        assertThat(a.at("/metadata/end_time").asString()).isEqualTo("2022-04-24T05:25:44.774000-05:00");
        assertThat(a.at("/metadata/upload_type").asInt()).isEqualTo(0);
        assertThat(a.at("/strain_data/strain_level").asDouble()).isEqualTo(8.2463);
        assertThat(a.at("/heart_rate_data/summary/avg_hr_bpm").asDouble()).isEqualTo(123.0);
        assertThat(a.at("/heart_rate_data/summary/max_hr_bpm").asDouble()).isEqualTo(146.0);
        JsonNode zones = a.at("/heart_rate_data/summary/hr_zone_data");
        assertThat(zones).hasSize(6);
        assertThat(zones.get(0).path("zone").asInt()).isEqualTo(0);
        assertThat(zones.get(0).path("duration_seconds").asDouble()).isEqualTo(300.0);
        assertThat(zones.get(3).path("zone").asInt()).isEqualTo(3);
        assertThat(zones.get(3).path("duration_seconds").asDouble()).isEqualTo(900.0);
        assertThat(zones.get(5).path("zone").asInt()).isEqualTo(5);
        assertThat(a.at("/energy_data/energy_kilojoules").asDouble()).isEqualTo(1569.34033203125);
        assertThat(a.at("/calories_data/total_burned_calories").asDouble())
                .isCloseTo(375.08, org.assertj.core.data.Offset.offset(0.01));
        assertThat(a.at("/distance_data/summary/distance_meters").asDouble()).isEqualTo(1772.77035916);
        assertThat(a.at("/distance_data/summary/elevation/gain_actual_meters").asDouble())
                .isEqualTo(46.64384460449);
        assertThat(a.at("/whoop_workout/percent_recorded").asDouble()).isEqualTo(100.0);
        assertThat(a.at("/whoop_workout/altitude_change_meter").asDouble()).isEqualTo(-0.781372010707855);
        assertThat(a.at("/whoop_workout/v1_id").asLong()).isEqualTo(1043L);
        assertThat(a.at("/device_data/manufacturer").asString()).isEqualTo("WHOOP");
    }

    @Test
    void anUnscorableWorkoutKeepsSportAndTimesOnly() throws Exception {
        ObjectNode w = (ObjectNode) WhoopFixtures.record("workout").deepCopy();
        w.put("score_state", "UNSCORABLE").put("sport_name", "functional-fitness");
        JsonNode a = WhoopFixtures.json(mapper.map(w).get(0));
        assertThat(a.at("/metadata/type").asInt()).isEqualTo(ActivityType.CROSSFIT.value());
        assertThat(a.has("strain_data")).isFalse();
        assertThat(a.has("heart_rate_data")).isFalse();
        assertThat(a.has("distance_data")).isFalse();
    }

    @Test
    void sportNames() {
        assertThat(WhoopSports.type("Cycling")).isEqualTo(ActivityType.BIKING);
        assertThat(WhoopSports.type("hiking/rucking")).isEqualTo(ActivityType.HIKING);
        assertThat(WhoopSports.type("something-new")).isEqualTo(ActivityType.OTHER);
        assertThat(WhoopSports.type(null)).isEqualTo(ActivityType.OTHER);
    }
}
