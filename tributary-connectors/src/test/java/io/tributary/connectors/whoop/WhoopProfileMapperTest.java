package io.tributary.connectors.whoop;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.MappedRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class WhoopProfileMapperTest {
    private final WhoopProfileMapper mapper = new WhoopProfileMapper();

    @Test
    void mapsTheProfileFieldByField() throws Exception {
        MappedRecord r = WhoopFixtures.map(mapper).get(0);
        assertThat(r.identityKey()).isEqualTo("athlete");
        JsonNode a = WhoopFixtures.json(r);
        assertThat(a.path("provider_user_id").asString()).isEqualTo("10129");
        assertThat(a.path("email").asString()).isEqualTo("jsmith123@whoop.com");
        assertThat(a.path("first_name").asString()).isEqualTo("John");
        assertThat(a.path("last_name").asString()).isEqualTo("Smith");
        assertThat(a.has("height_m")).isFalse();
    }

    @Test
    void theJoinedBodyMeasurementGivesHeightWeightAndMaxHeartRate() throws Exception {
        ObjectNode p = (ObjectNode) WhoopFixtures.fixture("profile");
        p.set(WhoopProfileMapper.BODY, WhoopFixtures.fixture("body_measurement"));
        JsonNode a = WhoopFixtures.json(mapper.map(p).get(0));
        assertThat(a.path("height_m").asDouble()).isEqualTo(1.8288);
        assertThat(a.path("weight_kg").asDouble()).isEqualTo(90.7185);
        assertThat(a.path("max_heart_rate_bpm").asDouble()).isEqualTo(200.0);
    }
}
