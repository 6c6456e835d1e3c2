package io.tributary.connectors.oura;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import io.tributary.model.enums.ActivityType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OuraWorkoutMapperTest {
    @Test
    void mapsTheWorkoutFieldByField() throws Exception {
        MappedRecord r = OuraFixtures.map(new OuraWorkoutMapper()).get(0);
        assertThat(r.identityKey()).isEqualTo("b4c3f5a0-1f0e-4c3b-9a7e-8d2c1e0f9a55");
        assertThat(r.providerKey()).isEqualTo("workout:b4c3f5a0-1f0e-4c3b-9a7e-8d2c1e0f9a55");
        JsonNode a = OuraFixtures.json(r);
        assertThat(a.at("/metadata/name").asString()).isEqualTo("cycling");
        assertThat(a.at("/metadata/type").asInt()).isEqualTo(ActivityType.BIKING.value());
        assertThat(a.at("/metadata/start_time").asString()).isEqualTo("2021-01-01T01:00:00.000000+00:00");
        assertThat(a.at("/metadata/end_time").asString()).isEqualTo("2021-01-01T01:30:00.000000+00:00");
        assertThat(a.at("/metadata/upload_type").asInt()).isEqualTo(2); // source "manual"
        assertThat(a.at("/calories_data/total_burned_calories").asDouble()).isEqualTo(300.0);
        assertThat(a.at("/distance_data/summary/distance_meters").asDouble()).isEqualTo(13500.5);
    }

    @Test
    void activityNames() {
        assertThat(OuraWorkoutMapper.type("strength_training")).isEqualTo(ActivityType.STRENGTH_TRAINING);
        assertThat(OuraWorkoutMapper.type("walking")).isEqualTo(ActivityType.WALKING);
        assertThat(OuraWorkoutMapper.type("something_new")).isEqualTo(ActivityType.OTHER);
    }
}
