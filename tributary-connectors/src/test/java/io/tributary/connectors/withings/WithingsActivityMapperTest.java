package io.tributary.connectors.withings;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WithingsActivityMapperTest {
    @Test
    void aDayOfActivityIsAPartialDaily() throws Exception {
        MappedRecord r = WithingsFixtures.map(new WithingsActivityMapper()).get(0);
        assertThat(r.partial()).isTrue();
        assertThat(r.identityKey()).isEqualTo("2020-06-24");
        assertThat(r.providerKey()).isEqualTo("activity:2020-06-24");
        JsonNode d = WithingsFixtures.json(r);
        assertThat(d.at("/metadata/start_time").asString()).isEqualTo("2020-06-24T00:00:00.000000+02:00");
        assertThat(d.at("/metadata/end_time").asString()).isEqualTo("2020-06-25T00:00:00.000000+02:00");
        assertThat(d.at("/metadata/upload_type").asInt()).isEqualTo(1);
        assertThat(d.at("/distance_data/steps").asInt()).isEqualTo(6200);
        assertThat(d.at("/distance_data/distance_meters").asDouble()).isEqualTo(3000.0);
        assertThat(d.at("/distance_data/floors_climbed").asInt()).isEqualTo(100);
        assertThat(d.at("/active_durations_data/activity_seconds").asDouble()).isEqualTo(2300.0);
        assertThat(d.at("/active_durations_data/low_intensity_seconds").asDouble())
                .isEqualTo(800.0);
        assertThat(d.at("/active_durations_data/moderate_intensity_seconds").asDouble())
                .isEqualTo(1000.0);
        assertThat(d.at("/active_durations_data/vigorous_intensity_seconds").asDouble())
                .isEqualTo(700.0);
        assertThat(d.at("/calories_data/net_activity_calories").asDouble()).isEqualTo(1200.0);
        assertThat(d.at("/calories_data/total_burned_calories").asDouble()).isEqualTo(3500.0);
        assertThat(d.at("/heart_rate_data/summary/avg_hr_bpm").asDouble()).isEqualTo(80.0);
        assertThat(d.at("/heart_rate_data/summary/min_hr_bpm").asDouble()).isEqualTo(70.0);
        assertThat(d.at("/heart_rate_data/summary/max_hr_bpm").asDouble()).isEqualTo(80.0);
        JsonNode zones = d.at("/heart_rate_data/summary/hr_zone_data");
        assertThat(zones.size()).isEqualTo(4);
        assertThat(zones.get(3).at("/zone").asInt()).isEqualTo(3);
        assertThat(zones.get(3).at("/duration_seconds").asDouble()).isEqualTo(400.0);
        assertThat(d.at("/device_data/name").asString()).isEqualTo("Pulse HR");
    }
}
