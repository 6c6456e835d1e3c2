package io.tributary.connectors.garmin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GarminActivityDetailsMapperTest {
    @Test
    void theDetailIsTheSameActivityWithItsSamplesAndLaps() throws Exception {
        MappedRecord r = GarminFixtures.map(new GarminActivityDetailsMapper()).get(0);
        assertThat(r.partial()).isTrue();
        assertThat(r.identityKey()).isEqualTo("4601235518"); // same as the summary: the two merge
        assertThat(r.providerKey()).isEqualTo("activityDetails:4601235518-detail");
        JsonNode a = GarminFixtures.json(r);
        assertThat(a.path("metadata").path("start_time").asString()).isEqualTo("2020-02-06T08:15:00.000000+01:00");
        assertThat(a.path("heart_rate_data").path("summary").path("avg_hr_bpm").asDouble())
                .isEqualTo(151);
        JsonNode hr = a.path("heart_rate_data").path("detailed").path("hr_samples");
        assertThat(hr).hasSize(2);
        assertThat(hr.get(1).path("timestamp").asString()).isEqualTo("2020-02-06T08:15:05.000000+01:00");
        assertThat(hr.get(1).path("bpm").asDouble()).isEqualTo(104);
        assertThat(hr.get(1).path("timer_duration_seconds").asDouble()).isEqualTo(5);
        JsonNode pos = a.path("position_data");
        assertThat(pos.path("position_samples")
                        .get(1)
                        .path("coords_lat_lng_deg")
                        .toString())
                .isEqualTo("[52.37411,4.88985]");
        assertThat(pos.path("start_pos_lat_lng_deg").toString()).isEqualTo("[52.37403,4.88969]");
        assertThat(pos.path("end_pos_lat_lng_deg").toString()).isEqualTo("[52.37411,4.88985]");
        JsonNode det = a.path("distance_data").path("detailed");
        assertThat(det.path("elevation_samples").get(1).path("elev_meters").asDouble())
                .isEqualTo(2.6);
        assertThat(det.path("distance_samples").get(1).path("distance_meters").asDouble())
                .isEqualTo(14.5);
        assertThat(a.path("distance_data")
                        .path("summary")
                        .path("distance_meters")
                        .asDouble())
                .isEqualTo(8281.6);
        JsonNode mv = a.path("movement_data");
        assertThat(mv.path("speed_samples")
                        .get(1)
                        .path("speed_meters_per_second")
                        .asDouble())
                .isEqualTo(2.9);
        assertThat(mv.path("cadence_samples").get(1).path("cadence_rpm").asDouble())
                .isEqualTo(164.0);
        assertThat(mv.path("avg_speed_meters_per_second").asDouble()).isEqualTo(3.05);
        JsonNode power = a.path("power_data");
        assertThat(power.path("power_samples")).hasSize(1);
        assertThat(power.path("avg_watts").asDouble()).isEqualTo(251.0);
        JsonNode laps = a.path("lap_data").path("laps");
        assertThat(laps).hasSize(2);
        assertThat(laps.get(0).path("start_time").asString()).isEqualTo("2020-02-06T08:15:00.000000+01:00");
        assertThat(laps.get(0).path("end_time").asString()).isEqualTo("2020-02-06T08:37:00.000000+01:00");
        assertThat(laps.get(1).path("end_time").asString()).isEqualTo("2020-02-06T09:00:15.000000+01:00");
    }
}
