package io.tributary.connectors.oura;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import io.tributary.model.enums.SleepLevel;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class OuraSleepMapperTest {
    private final OuraSleepMapper mapper = new OuraSleepMapper();

    @Test
    void mapsThePeriodFieldByField() throws Exception {
        MappedRecord r = OuraFixtures.map(mapper).get(0);
        assertThat(r.partial()).isFalse();
        assertThat(r.identityKey()).isEqualTo("cdbd9d6f-9b3a-4dd5-8b7a-0cf5c6c7f0a1");
        JsonNode s = OuraFixtures.json(r);
        assertThat(s.at("/metadata/start_time").asString()).isEqualTo("2022-07-12T01:05:14.000000-07:00");
        assertThat(s.at("/metadata/end_time").asString()).isEqualTo("2022-07-12T09:25:14.000000-07:00");
        assertThat(s.at("/metadata/is_nap").asBoolean()).isFalse();
        assertThat(s.at("/metadata/upload_type").asInt()).isEqualTo(2);
        assertThat(s.at("/sleep_durations_data/asleep/duration_asleep_state_seconds")
                        .asDouble())
                .isEqualTo(25200.0);
        assertThat(s.at("/sleep_durations_data/asleep/duration_deep_sleep_state_seconds")
                        .asDouble())
                .isEqualTo(4170.0);
        assertThat(s.at("/sleep_durations_data/asleep/duration_light_sleep_state_seconds")
                        .asDouble())
                .isEqualTo(18750.0);
        assertThat(s.at("/sleep_durations_data/asleep/duration_REM_sleep_state_seconds")
                        .asDouble())
                .isEqualTo(2280.0);
        assertThat(s.at("/sleep_durations_data/awake/duration_awake_state_seconds")
                        .asDouble())
                .isEqualTo(4800.0);
        assertThat(s.at("/sleep_durations_data/awake/sleep_latency_seconds").asDouble())
                .isEqualTo(540.0);
        assertThat(s.at("/sleep_durations_data/other/duration_in_bed_seconds").asDouble())
                .isEqualTo(30000.0);
        assertThat(s.at("/sleep_durations_data/sleep_efficiency").asDouble()).isEqualTo(84.0);
        // "4411112233": awake, deep at +10 min, light at +30, REM at +40
        JsonNode h = s.at("/sleep_durations_data/hypnogram_samples");
        assertThat(h).hasSize(4);
        assertThat(h.get(0).path("level").asInt()).isEqualTo(SleepLevel.AWAKE.value());
        assertThat(h.get(1).path("timestamp").asString()).isEqualTo("2022-07-12T01:15:14.000000-07:00");
        assertThat(h.get(1).path("level").asInt()).isEqualTo(SleepLevel.DEEP_SLEEP.value());
        assertThat(h.get(2).path("level").asInt()).isEqualTo(SleepLevel.LIGHT_SLEEP.value());
        assertThat(h.get(3).path("timestamp").asString()).isEqualTo("2022-07-12T01:45:14.000000-07:00");
        assertThat(h.get(3).path("level").asInt()).isEqualTo(SleepLevel.REM_SLEEP.value());
        assertThat(s.at("/heart_rate_data/summary/avg_hr_bpm").asDouble()).isEqualTo(52.5);
        assertThat(s.at("/heart_rate_data/summary/min_hr_bpm").asDouble()).isEqualTo(48.0);
        assertThat(s.at("/heart_rate_data/summary/avg_hrv_rmssd").asDouble()).isEqualTo(117.0);
        // null items are gaps: item 1 is 5 minutes after the series start
        JsonNode hr = s.at("/heart_rate_data/detailed/hr_samples");
        assertThat(hr).hasSize(3);
        assertThat(hr.get(0).path("timestamp").asString()).isEqualTo("2022-07-12T01:10:14.000000-07:00");
        assertThat(hr.get(0).path("bpm").asDouble()).isEqualTo(50.0);
        assertThat(s.at("/heart_rate_data/detailed/hrv_samples_rmssd/2/hrv_rmssd")
                        .asDouble())
                .isEqualTo(135.0);
        assertThat(s.at("/respiration_data/breaths_data/avg_breaths_per_min").asDouble())
                .isEqualTo(12.625);
        assertThat(s.at("/readiness_data/readiness").asDouble()).isEqualTo(66.0);
        assertThat(s.at("/data_enrichment/readiness_score").asDouble()).isEqualTo(66.0);
        assertThat(s.at("/data_enrichment/readiness_contributors/sleep_balance").asDouble())
                .isEqualTo(73.0);
    }

    @Test
    void napsAndDeletedPeriods() throws Exception {
        ObjectNode e =
                (ObjectNode) OuraFixtures.fixture("sleep").path("data").get(0).deepCopy();
        e.put("type", "late_nap");
        assertThat(OuraFixtures.json(mapper.map(e).get(0))
                        .at("/metadata/is_nap")
                        .asBoolean())
                .isTrue();
        e.put("type", "deleted");
        assertThat(mapper.map(e)).isEmpty();
    }
}
