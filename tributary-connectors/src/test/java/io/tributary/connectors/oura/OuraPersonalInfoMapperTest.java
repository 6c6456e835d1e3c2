package io.tributary.connectors.oura;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OuraPersonalInfoMapperTest {
    @Test
    void mapsTheAthlete() throws Exception {
        JsonNode a = OuraFixtures.first(new OuraPersonalInfoMapper());
        assertThat(a.path("provider_user_id").asString()).isEqualTo("8f9a5221-639e-4a85-81cb-4065ef23f979");
        assertThat(a.path("age").asInt()).isEqualTo(31);
        assertThat(a.path("sex").asString()).isEqualTo("male");
        assertThat(a.path("email").asString()).isEqualTo("example@example.com");
        assertThat(a.path("weight_kg").asDouble()).isEqualTo(74.8);
        assertThat(a.path("height_m").asDouble()).isEqualTo(1.8);
    }
}
