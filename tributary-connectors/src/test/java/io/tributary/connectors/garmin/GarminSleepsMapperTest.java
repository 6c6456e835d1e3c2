package io.tributary.connectors.garmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GarminSleepsMapperTest {
    private final GarminSleepsMapper mapper = new GarminSleepsMapper();

    @Test
    void mapsTheNightFieldByField() throws Exception {
        List<MappedRecord> rs = GarminFixtures.map(mapper);
        assertThat(rs).hasSize(2); // the night and its nap
        MappedRecord night = rs.get(0);
        assertThat(night.partial()).isFalse();
        assertThat(night.identityKey()).isEqualTo("x153a9f3-5e3b6e10-6ed0");
        JsonNode s = GarminFixtures.json(night);
        JsonNode md = s.path("metadata");
        assertThat(md.path("summary_id").asString()).isEqualTo("x153a9f3-5e3b6e10-6ed0");
        assertThat(md.path("start_time").asString()).isEqualTo("2020-02-05T22:32:00.000000+01:00");
        assertThat(md.path("end_time").asString()).isEqualTo("2020-02-06T06:12:00.000000+01:00"); // end of last stage
        assertThat(md.path("is_nap").asBoolean()).isFalse();
        assertThat(md.path("upload_type").asInt()).isEqualTo(2); // ENHANCED_FINAL → Automatic
        assertThat(md.path("timestamp_localization").asInt()).isEqualTo(1);
        JsonNode dur = s.path("sleep_durations_data");
        assertThat(dur.path("asleep").path("duration_asleep_state_seconds").asDouble())
                .isEqualTo(26400);
        assertThat(dur.path("asleep").path("duration_deep_sleep_state_seconds").asDouble())
                .isEqualTo(5400);
        assertThat(dur.path("asleep").path("duration_light_sleep_state_seconds").asDouble())
                .isEqualTo(15600);
        assertThat(dur.path("asleep").path("duration_REM_sleep_state_seconds").asDouble())
                .isEqualTo(5400);
        assertThat(dur.path("awake").path("duration_awake_state_seconds").asDouble())
                .isEqualTo(1200);
        assertThat(dur.path("other").path("duration_in_bed_seconds").asDouble()).isEqualTo(27600);
        assertThat(dur.path("other").path("duration_unmeasurable_sleep_seconds").asDouble())
                .isEqualTo(0);
        assertThat(dur.path("sleep_efficiency").asDouble()).isEqualTo(95.7); // 26400 / 27600, a percentage
        JsonNode hyp = dur.path("hypnogram_samples");
        assertThat(hyp).hasSize(5);
        assertThat(hyp.get(0).path("timestamp").asString()).isEqualTo("2020-02-05T22:32:00.000000+01:00");
        assertThat(hyp.get(0).path("level").asInt()).isEqualTo(4); // light
        assertThat(hyp.get(1).path("timestamp").asString()).isEqualTo("2020-02-06T00:12:00.000000+01:00");
        assertThat(hyp.get(1).path("level").asInt()).isEqualTo(5); // deep
        assertThat(hyp.get(3).path("level").asInt()).isEqualTo(6); // rem
        assertThat(hyp.get(4).path("level").asInt()).isEqualTo(1); // awake
        JsonNode breaths = s.path("respiration_data").path("breaths_data");
        assertThat(breaths.path("samples")).hasSize(3);
        assertThat(breaths.path("samples").get(0).path("timestamp").asString())
                .isEqualTo("2020-02-05T22:33:00.000000+01:00");
        assertThat(breaths.path("samples").get(0).path("breaths_per_min").asDouble())
                .isEqualTo(14.2);
        assertThat(breaths.path("min_breaths_per_min").asDouble()).isEqualTo(13.8);
        assertThat(breaths.path("max_breaths_per_min").asDouble()).isEqualTo(15.1);
        JsonNode spo2 = s.path("respiration_data").path("oxygen_saturation_data");
        assertThat(spo2.path("samples").get(1).path("percentage").asDouble()).isEqualTo(97);
        assertThat(spo2.path("samples").get(1).path("type").asInt()).isEqualTo(0);
        assertThat(spo2.path("avg_saturation_percentage").asDouble()).isEqualTo(96);
        assertThat(s.path("scores").path("sleep").asDouble()).isEqualTo(83);
    }

    @Test
    void napsAreSleepsOfTheirOwn() throws Exception {
        MappedRecord nap = GarminFixtures.map(mapper).get(1);
        JsonNode md = GarminFixtures.json(nap).path("metadata");
        assertThat(md.path("summary_id").asString()).isEqualTo("x153a9f3-5e3b6e10-6ed0-nap-1580993400");
        assertThat(md.path("is_nap").asBoolean()).isTrue();
        assertThat(md.path("start_time").asString()).isEqualTo("2020-02-06T13:50:00.000000+01:00");
        assertThat(md.path("end_time").asString()).isEqualTo("2020-02-06T14:15:00.000000+01:00");
        assertThat(md.path("upload_type").asInt()).isEqualTo(2);
    }

    @Test
    void validationValuesBecomeSleepUploadTypes() {
        assertThat(GarminSleepsMapper.uploadType("AUTO_TENTATIVE")).isEqualTo(3);
        assertThat(GarminSleepsMapper.uploadType("Device")).isEqualTo(2);
        assertThat(GarminSleepsMapper.uploadType("MANUAL")).isEqualTo(1);
        assertThat(GarminSleepsMapper.uploadType("OFF_WRIST")).isEqualTo(4);
        assertThat(GarminSleepsMapper.uploadType(null)).isEqualTo(0);
    }

    @Test
    void withoutStagesTheNightEndsAfterSleepAndAwakeTime() throws Exception {
        JsonNode e = GarminFixtures.JSON.readTree("{\"summaryId\":\"n\",\"startTimeInSeconds\":1580938320,"
                + "\"startTimeOffsetInSeconds\":3600,\"durationInSeconds\":26400,\"awakeDurationInSeconds\":1200}");
        JsonNode md = GarminFixtures.json(mapper.map(e).get(0)).path("metadata");
        assertThat(md.path("end_time").asString()).isEqualTo("2020-02-06T06:12:00.000000+01:00");
    }
}
