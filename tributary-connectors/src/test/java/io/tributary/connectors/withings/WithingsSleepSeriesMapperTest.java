package io.tributary.connectors.withings;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import io.tributary.model.enums.SleepLevel;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WithingsSleepSeriesMapperTest {
    @Test
    void segmentsOfANightArePartialSleepSamples() throws Exception {
        List<MappedRecord> rs = WithingsFixtures.map(new WithingsSleepSeriesMapper());
        assertThat(rs).hasSize(1);
        MappedRecord r = rs.get(0);
        assertThat(r.partial()).isTrue();
        assertThat(r.identityKey()).isEqualTo("12345");
        JsonNode s = WithingsFixtures.json(r);
        JsonNode h = s.at("/sleep_durations_data/hypnogram_samples");
        // the segment after the night's end belongs to no night of this window
        assertThat(h.size()).isEqualTo(4);
        assertThat(h.get(0).at("/timestamp").asString()).isEqualTo("2020-07-08T00:00:00.000000+02:00");
        assertThat(h.get(0).at("/level").asInt()).isEqualTo(SleepLevel.AWAKE.value());
        assertThat(h.get(1).at("/level").asInt()).isEqualTo(SleepLevel.LIGHT_SLEEP.value());
        assertThat(h.get(2).at("/level").asInt()).isEqualTo(SleepLevel.DEEP_SLEEP.value());
        assertThat(h.get(3).at("/level").asInt()).isEqualTo(SleepLevel.REM_SLEEP.value());
        JsonNode hr = s.at("/heart_rate_data/detailed/hr_samples");
        assertThat(hr.size()).isEqualTo(3);
        assertThat(hr.get(1).at("/timestamp").asString()).isEqualTo("2020-07-08T00:10:00.000000+02:00");
        assertThat(hr.get(1).at("/bpm").asDouble()).isEqualTo(62.0);
        assertThat(s.at("/heart_rate_data/detailed/hrv_samples_rmssd/0/hrv_rmssd")
                        .asDouble())
                .isEqualTo(48.0);
        assertThat(s.at("/heart_rate_data/detailed/hrv_samples_sdnn/0/hrv_sdnn").asDouble())
                .isEqualTo(61.0);
        assertThat(s.at("/respiration_data/breaths_data/samples/1/breaths_per_min")
                        .asDouble())
                .isEqualTo(13.0);
        assertThat(s.at("/respiration_data/snoring_data/samples/0/duration_seconds")
                        .asDouble())
                .isEqualTo(0.0);
    }

    @Test
    void states() {
        assertThat(WithingsSleepSeriesMapper.level(5)).isEqualTo(SleepLevel.SLEEPING.value());
        assertThat(WithingsSleepSeriesMapper.level(15)).isEqualTo(SleepLevel.OUT_OF_BED.value());
        assertThat(WithingsSleepSeriesMapper.level(99)).isEqualTo(SleepLevel.UNKNOWN.value());
    }
}
