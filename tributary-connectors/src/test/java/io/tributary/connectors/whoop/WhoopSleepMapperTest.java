package io.tributary.connectors.whoop;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class WhoopSleepMapperTest {
    private final WhoopSleepMapper mapper = new WhoopSleepMapper();

    @Test
    void mapsTheSleepFieldByField() throws Exception {
        MappedRecord r = WhoopFixtures.map(mapper).get(0);
        assertThat(r.identityKey()).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(r.providerKey()).isEqualTo("sleep:123e4567-e89b-12d3-a456-426614174000");
        JsonNode s = WhoopFixtures.json(r);
        assertThat(s.at("/metadata/start_time").asString()).isEqualTo("2022-04-23T21:25:44.774000-05:00");
        assertThat(s.at("/metadata/end_time").asString()).isEqualTo("2022-04-24T05:25:44.774000-05:00");
        assertThat(s.at("/metadata/is_nap").asBoolean()).isFalse();
        assertThat(s.at("/metadata/timestamp_localization").asInt()).isEqualTo(1);
        assertThat(s.at("/metadata/upload_type").asInt()).isEqualTo(2); // SleepUploadType.AUTOMATIC
        JsonNode d = s.at("/sleep_durations_data");
        assertThat(d.at("/asleep/duration_light_sleep_state_seconds").asDouble())
                .isEqualTo(14905.851);
        assertThat(d.at("/asleep/duration_deep_sleep_state_seconds").asDouble()).isEqualTo(6630.37);
        assertThat(d.at("/asleep/duration_REM_sleep_state_seconds").asDouble()).isEqualTo(5879.573);
        assertThat(d.at("/asleep/duration_asleep_state_seconds").asDouble())
                .isCloseTo(27415.794, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(d.at("/awake/duration_awake_state_seconds").asDouble()).isEqualTo(1403.507);
        assertThat(d.at("/awake/num_wakeup_events").asInt()).isEqualTo(12);
        assertThat(d.at("/other/duration_in_bed_seconds").asDouble()).isEqualTo(30272.735);
        assertThat(d.at("/other/duration_unmeasurable_sleep_seconds").asDouble())
                .isEqualTo(0.0);
        assertThat(d.at("/sleep_efficiency").asDouble()).isEqualTo(91.69533848);
        assertThat(s.at("/scores/sleep").asDouble()).isEqualTo(98.0);
        assertThat(s.at("/respiration_data/breaths_data/avg_breaths_per_min").asDouble())
                .isEqualTo(16.11328125);
        assertThat(s.at("/whoop_sleep/sleep_consistency_percentage").asDouble()).isEqualTo(90.0);
        assertThat(s.at("/whoop_sleep/sleep_cycle_count").asInt()).isEqualTo(3);
        assertThat(s.at("/whoop_sleep/sleep_needed/baseline_milli").asLong()).isEqualTo(27395716L);
        assertThat(s.at("/whoop_sleep/cycle_id").asLong()).isEqualTo(93845L);
        assertThat(s.has("readiness_data")).isFalse();
    }

    @Test
    void theJoinedRecoveryGivesReadinessRestingHeartRateHrvAndSpo2() throws Exception {
        JsonNode sleep = WhoopRecovery.join(WhoopFixtures.record("sleep"), WhoopFixtures.record("recovery"));
        JsonNode s = WhoopFixtures.json(mapper.map(sleep).get(0));
        assertThat(s.at("/readiness_data/readiness").asDouble()).isEqualTo(44.0);
        assertThat(s.at("/heart_rate_data/summary/resting_hr_bpm").asDouble()).isEqualTo(64.0);
        assertThat(s.at("/heart_rate_data/summary/avg_hrv_rmssd").asDouble()).isEqualTo(31.813562);
        assertThat(s.at("/respiration_data/oxygen_saturation_data/avg_saturation_percentage")
                        .asDouble())
                .isEqualTo(95.6875);
        assertThat(s.at("/whoop_recovery/skin_temp_celsius").asDouble()).isEqualTo(33.7);
    }

    @Test
    void aPendingNapHasItsTimesButNoScore() throws Exception {
        ObjectNode nap = (ObjectNode) WhoopFixtures.record("sleep").deepCopy();
        nap.put("nap", true).put("score_state", "PENDING_SCORE");
        JsonNode s = WhoopFixtures.json(mapper.map(nap).get(0));
        assertThat(s.at("/metadata/is_nap").asBoolean()).isTrue();
        assertThat(s.at("/metadata/start_time").asString()).isEqualTo("2022-04-23T21:25:44.774000-05:00");
        assertThat(s.has("scores")).isFalse();
        assertThat(s.at("/sleep_durations_data/asleep/duration_light_sleep_state_seconds")
                        .isMissingNode())
                .isTrue();
        assertThat(s.has("respiration_data")).isFalse();
    }
}
