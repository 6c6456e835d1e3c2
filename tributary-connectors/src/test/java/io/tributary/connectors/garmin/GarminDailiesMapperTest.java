package io.tributary.connectors.garmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GarminDailiesMapperTest {
    private final GarminDailiesMapper mapper = new GarminDailiesMapper();

    @Test
    void mapsTheDailySummaryFieldByFieldAtTheDevicesOffset() throws Exception {
        List<MappedRecord> rs = GarminFixtures.map(mapper);
        assertThat(rs).hasSize(1);
        MappedRecord r = rs.get(0);
        assertThat(r.partial()).isTrue();
        assertThat(r.providerKey()).isEqualTo("dailies:x153a9f3-5e3bd4c0-15180-6");
        assertThat(r.identityKey()).isEqualTo("2020-02-06");
        JsonNode d = GarminFixtures.json(r);
        JsonNode md = d.path("metadata");
        assertThat(md.path("start_time").asString()).isEqualTo("2020-02-06T00:00:00.000000+01:00");
        assertThat(md.path("end_time").asString()).isEqualTo("2020-02-07T00:00:00.000000+01:00");
        assertThat(md.path("timestamp_localization").asInt()).isEqualTo(1);
        assertThat(md.path("upload_type").asInt()).isEqualTo(1);
        assertThat(d.path("distance_data").path("steps").asInt()).isEqualTo(9318);
        assertThat(d.path("distance_data").path("distance_meters").asDouble()).isEqualTo(7021.4);
        assertThat(d.path("distance_data").path("floors_climbed").asInt()).isEqualTo(11);
        JsonNode cal = d.path("calories_data");
        assertThat(cal.path("net_activity_calories").asDouble()).isEqualTo(412);
        assertThat(cal.path("BMR_calories").asDouble()).isEqualTo(1698);
        assertThat(cal.path("total_burned_calories").asDouble()).isEqualTo(2110);
        assertThat(cal.path("net_intake_calories").asDouble()).isEqualTo(1250);
        JsonNode act = d.path("active_durations_data");
        assertThat(act.path("activity_seconds").asDouble()).isEqualTo(6120);
        assertThat(act.path("moderate_intensity_seconds").asDouble()).isEqualTo(1860);
        assertThat(act.path("vigorous_intensity_seconds").asDouble()).isEqualTo(720);
        JsonNode hr = d.path("heart_rate_data");
        assertThat(hr.path("summary").path("avg_hr_bpm").asDouble()).isEqualTo(66);
        assertThat(hr.path("summary").path("max_hr_bpm").asDouble()).isEqualTo(141);
        assertThat(hr.path("summary").path("min_hr_bpm").asDouble()).isEqualTo(51);
        assertThat(hr.path("summary").path("resting_hr_bpm").asDouble()).isEqualTo(54);
        JsonNode samples = hr.path("detailed").path("hr_samples");
        assertThat(samples).hasSize(4);
        assertThat(samples.get(0).path("timestamp").asString()).isEqualTo("2020-02-06T00:00:15.000000+01:00");
        assertThat(samples.get(0).path("bpm").asDouble()).isEqualTo(58);
        assertThat(samples.get(3).path("timestamp").asString()).isEqualTo("2020-02-06T12:00:00.000000+01:00");
        JsonNode st = d.path("stress_data");
        assertThat(st.path("avg_stress_level").asDouble()).isEqualTo(31);
        assertThat(st.path("max_stress_level").asDouble()).isEqualTo(84);
        assertThat(st.path("stress_duration_seconds").asDouble()).isEqualTo(14220);
        assertThat(st.path("rest_stress_duration_seconds").asDouble()).isEqualTo(25860);
        assertThat(st.path("activity_stress_duration_seconds").asDouble()).isEqualTo(6540);
        assertThat(st.path("low_stress_duration_seconds").asDouble()).isEqualTo(8280);
        assertThat(st.path("medium_stress_duration_seconds").asDouble()).isEqualTo(4500);
        assertThat(st.path("high_stress_duration_seconds").asDouble()).isEqualTo(1440);
        assertThat(st.path("stress_rating").asInt()).isEqualTo(2); // balanced_awake → Low
    }

    @Test
    void notEnoughStressDataIsNoLevelAndTheOldSpellingIsRead() throws Exception {
        JsonNode e = GarminFixtures.JSON.readTree(
                "{\"summaryId\":\"a\",\"startTimeInSeconds\":1580943600,\"startTimeOffsetInSeconds\":3600,"
                        + "\"averageStresslevel\":-1,\"maxStressLevel\":-1}");
        JsonNode d = GarminFixtures.json(mapper.map(e).get(0));
        assertThat(d.path("stress_data").has("avg_stress_level")).isFalse();
        assertThat(d.path("stress_data").has("max_stress_level")).isFalse();
        assertThat(d.path("stress_data").has("stress_rating")).isFalse();
        JsonNode old = GarminFixtures.JSON.readTree(
                "{\"summaryId\":\"a\",\"startTimeInSeconds\":1580943600,\"averageStresslevel\":43}");
        JsonNode o = GarminFixtures.json(mapper.map(old).get(0));
        assertThat(o.path("stress_data").path("avg_stress_level").asDouble()).isEqualTo(43);
        // no offset: the UTC date's midnight as local time without offset
        assertThat(o.path("metadata").path("start_time").asString()).isEqualTo("2020-02-05T00:00:00.000000");
        assertThat(o.path("metadata").path("timestamp_localization").asInt()).isEqualTo(1);
    }

    @Test
    void stressQualifiersBecomeTerraStressLevels() {
        assertThat(GarminDailiesMapper.rating("calm").value()).isEqualTo(1);
        assertThat(GarminDailiesMapper.rating("stressful_awake").value()).isEqualTo(3);
        assertThat(GarminDailiesMapper.rating("very_stressful").value()).isEqualTo(4);
        assertThat(GarminDailiesMapper.rating("unknown").value()).isEqualTo(0);
    }
}
