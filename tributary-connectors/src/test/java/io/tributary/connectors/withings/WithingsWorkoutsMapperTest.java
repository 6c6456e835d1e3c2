package io.tributary.connectors.withings;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import io.tributary.model.enums.ActivityType;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class WithingsWorkoutsMapperTest {
    @Test
    void aWorkoutIsAnActivityFieldByField() throws Exception {
        List<MappedRecord> rs = WithingsFixtures.map(new WithingsWorkoutsMapper());
        MappedRecord r = rs.get(0);
        assertThat(r.partial()).isFalse();
        assertThat(r.identityKey()).isEqualTo("12345");
        assertThat(r.providerKey()).isEqualTo("workout:12345");
        JsonNode a = WithingsFixtures.json(r);
        assertThat(a.at("/metadata/type").asInt()).isEqualTo(ActivityType.BIKING.value());
        assertThat(a.at("/metadata/name").asString()).isEqualTo("Bicycling");
        assertThat(a.at("/metadata/start_time").asString()).isEqualTo("2020-07-09T00:00:00.000000+02:00");
        assertThat(a.at("/metadata/end_time").asString()).isEqualTo("2020-07-09T03:13:20.000000+02:00");
        assertThat(a.at("/metadata/upload_type").asInt()).isEqualTo(1);
        assertThat(a.at("/calories_data/net_activity_calories").asDouble()).isEqualTo(512.0);
        assertThat(a.at("/distance_data/summary/distance_meters").asDouble()).isEqualTo(25400.0);
        assertThat(a.at("/distance_data/summary/floors_climbed").asInt()).isEqualTo(3);
        assertThat(a.at("/active_durations_data/activity_seconds").asDouble()).isEqualTo(11400.0);
        assertThat(a.at("/active_durations_data/rest_seconds").asDouble()).isEqualTo(200.0);
        assertThat(a.at("/heart_rate_data/summary/avg_hr_bpm").asDouble()).isEqualTo(132.0);
        assertThat(a.at("/heart_rate_data/summary/max_hr_bpm").asDouble()).isEqualTo(171.0);
        assertThat(a.at("/heart_rate_data/summary/hr_zone_data/2/duration_seconds")
                        .asDouble())
                .isEqualTo(5400.0);
        assertThat(a.at("/oxygen_data/avg_saturation_percentage").asDouble()).isEqualTo(97.0);
        assertThat(a.at("/device_data/manufacturer").asString()).isEqualTo("Withings");
    }

    @Test
    void aWorkoutEnteredByTheUserIsManualWithItsManualCalories() throws Exception {
        JsonNode a = WithingsFixtures.json(
                WithingsFixtures.map(new WithingsWorkoutsMapper()).get(1));
        assertThat(a.at("/metadata/type").asInt()).isEqualTo(ActivityType.YOGA.value());
        assertThat(a.at("/metadata/upload_type").asInt()).isEqualTo(2);
        assertThat(a.at("/calories_data/net_activity_calories").asDouble()).isEqualTo(180.0);
    }

    @Test
    void categories() {
        assertThat(WithingsWorkoutCategories.of(2).type()).isEqualTo(ActivityType.RUNNING);
        assertThat(WithingsWorkoutCategories.of(7).type()).isEqualTo(ActivityType.SWIMMING);
        assertThat(WithingsWorkoutCategories.of(307).type()).isEqualTo(ActivityType.INDOOR_RUNNING);
        assertThat(WithingsWorkoutCategories.of(99999).type()).isEqualTo(ActivityType.OTHER);
        assertThat(WithingsWorkoutCategories.of(null).type()).isEqualTo(ActivityType.OTHER);
    }
}
