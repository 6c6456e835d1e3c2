package io.tributary.connectors.withings;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WithingsSleepSummaryMapperTest {
    @Test
    void aNightIsASleepFieldByField() throws Exception {
        MappedRecord r = WithingsFixtures.map(new WithingsSleepSummaryMapper()).get(0);
        assertThat(r.partial()).isFalse();
        assertThat(r.identityKey()).isEqualTo("12345");
        assertThat(r.providerKey()).isEqualTo("sleep:12345");
        JsonNode s = WithingsFixtures.json(r);
        assertThat(s.at("/metadata/start_time").asString()).isEqualTo("2020-07-08T00:00:00.000000+02:00");
        assertThat(s.at("/metadata/end_time").asString()).isEqualTo("2020-07-08T08:00:00.000000+02:00");
        assertThat(s.at("/metadata/is_nap").asBoolean()).isFalse();
        assertThat(s.at("/metadata/upload_type").asInt()).isEqualTo(2);
        JsonNode d = s.at("/sleep_durations_data");
        assertThat(d.at("/asleep/duration_asleep_state_seconds").asDouble()).isEqualTo(25800.0);
        assertThat(d.at("/asleep/duration_light_sleep_state_seconds").asDouble())
                .isEqualTo(13200.0);
        assertThat(d.at("/asleep/duration_deep_sleep_state_seconds").asDouble()).isEqualTo(7200.0);
        assertThat(d.at("/asleep/duration_REM_sleep_state_seconds").asDouble()).isEqualTo(5400.0);
        assertThat(d.at("/asleep/num_REM_events").asInt()).isEqualTo(4);
        assertThat(d.at("/awake/duration_awake_state_seconds").asDouble()).isEqualTo(1800.0);
        assertThat(d.at("/awake/sleep_latency_seconds").asDouble()).isEqualTo(900.0);
        assertThat(d.at("/awake/wake_up_latency_seconds").asDouble()).isEqualTo(300.0);
        assertThat(d.at("/awake/num_wakeup_events").asInt()).isEqualTo(2);
        assertThat(d.at("/awake/num_out_of_bed_events").asInt()).isEqualTo(1);
        assertThat(d.at("/other/duration_in_bed_seconds").asDouble()).isEqualTo(28800.0);
        assertThat(d.at("/sleep_efficiency").asDouble()).isEqualTo(90.0);
        assertThat(s.at("/heart_rate_data/summary/avg_hr_bpm").asDouble()).isEqualTo(58.0);
        assertThat(s.at("/heart_rate_data/summary/min_hr_bpm").asDouble()).isEqualTo(49.0);
        assertThat(s.at("/respiration_data/breaths_data/avg_breaths_per_min").asDouble())
                .isEqualTo(14.0);
        assertThat(s.at("/respiration_data/snoring_data/total_snoring_duration_seconds")
                        .asDouble())
                .isEqualTo(600.0);
        assertThat(s.at("/respiration_data/snoring_data/num_snoring_events").asInt())
                .isEqualTo(3);
        assertThat(s.at("/scores/sleep").asDouble()).isEqualTo(84.0);
        assertThat(s.at("/data_enrichment/sleep_score").asDouble()).isEqualTo(84.0);
    }
}
