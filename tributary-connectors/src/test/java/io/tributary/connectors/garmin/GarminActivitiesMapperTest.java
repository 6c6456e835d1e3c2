package io.tributary.connectors.garmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GarminActivitiesMapperTest {
    @Test
    void mapsTheActivitySummaryFieldByField() throws Exception {
        MappedRecord r = GarminFixtures.map(new GarminActivitiesMapper()).get(0);
        assertThat(r.partial()).isTrue();
        assertThat(r.identityKey()).isEqualTo("4601235518");
        assertThat(r.providerKey()).isEqualTo("activities:4601235518");
        JsonNode a = GarminFixtures.json(r);
        JsonNode md = a.path("metadata");
        assertThat(md.path("summary_id").asString()).isEqualTo("4601235518");
        assertThat(md.path("name").asString()).isEqualTo("Morning Run");
        assertThat(md.path("type").asInt()).isEqualTo(8); // Running
        assertThat(md.path("start_time").asString()).isEqualTo("2020-02-06T08:15:00.000000+01:00");
        assertThat(md.path("end_time").asString()).isEqualTo("2020-02-06T09:00:15.000000+01:00");
        assertThat(md.path("upload_type").asInt()).isEqualTo(1);
        assertThat(md.path("timestamp_localization").asInt()).isEqualTo(1);
        assertThat(a.path("active_durations_data").path("activity_seconds").asDouble())
                .isEqualTo(2715);
        assertThat(a.path("calories_data").path("net_activity_calories").asDouble())
                .isEqualTo(603);
        JsonNode dist = a.path("distance_data").path("summary");
        assertThat(dist.path("distance_meters").asDouble()).isEqualTo(8281.6);
        assertThat(dist.path("steps").asInt()).isEqualTo(7604);
        assertThat(dist.path("elevation").path("gain_actual_meters").asDouble()).isEqualTo(41.0);
        assertThat(dist.path("elevation").path("loss_actual_meters").asDouble()).isEqualTo(39.0);
        JsonNode hr = a.path("heart_rate_data").path("summary");
        assertThat(hr.path("avg_hr_bpm").asDouble()).isEqualTo(151);
        assertThat(hr.path("max_hr_bpm").asDouble()).isEqualTo(172);
        JsonNode mv = a.path("movement_data");
        assertThat(mv.path("avg_speed_meters_per_second").asDouble()).isEqualTo(3.05);
        assertThat(mv.path("max_speed_meters_per_second").asDouble()).isEqualTo(4.21);
        assertThat(mv.path("avg_pace_minutes_per_kilometer").asDouble()).isEqualTo(5.46);
        assertThat(mv.path("max_pace_minutes_per_kilometer").asDouble()).isEqualTo(3.96);
        assertThat(mv.path("avg_cadence_rpm").asDouble()).isEqualTo(168.0);
        assertThat(mv.path("max_cadence_rpm").asDouble()).isEqualTo(182.0);
        assertThat(a.path("position_data").path("start_pos_lat_lng_deg").toString())
                .isEqualTo("[52.37403,4.88969]");
        assertThat(a.path("device_data").path("name").asString()).isEqualTo("forerunner245");
        assertThat(a.path("device_data").path("manufacturer").asString()).isEqualTo("Garmin");
    }

    @Test
    void garminActivityTypesMapToTerrasAndUnknownOnesToTheirFamily() {
        assertThat(GarminActivityTypes.of("LAP_SWIMMING").value()).isEqualTo(83);
        assertThat(GarminActivityTypes.of("INDOOR_CYCLING").value()).isEqualTo(18);
        assertThat(GarminActivityTypes.of("ULTRA_RUN").value()).isEqualTo(8);
        assertThat(GarminActivityTypes.of("SOMETHING_NEW").value()).isEqualTo(108);
        assertThat(GarminActivityTypes.of(null).value()).isEqualTo(4);
    }

    @Test
    void manualActivitiesAreManualUploads() throws Exception {
        JsonNode e = GarminFixtures.JSON.readTree(
                "{\"summaryId\":\"9\",\"startTimeInSeconds\":1580973300,\"manual\":true,\"activityType\":\"YOGA\"}");
        JsonNode md =
                GarminFixtures.json(new GarminActivitiesMapper().map(e).get(0)).path("metadata");
        assertThat(md.path("upload_type").asInt()).isEqualTo(2);
        assertThat(md.path("type").asInt()).isEqualTo(100);
        assertThat(md.path("summary_id").asString()).isEqualTo("9");
    }
}
