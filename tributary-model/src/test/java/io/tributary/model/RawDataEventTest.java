package io.tributary.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.model.event.AuthSuccessEvent;
import io.tributary.model.event.RawDataEvent;
import io.tributary.model.support.RawJson;
import io.tributary.model.testsupport.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The events Tributary writes: objects as stored text, the user object with its nulls, in wire order. */
class RawDataEventTest {
    static final TerraUser USER = TerraUser.builder()
            .userId("u-1")
            .provider("FITBIT")
            .createdAt("2024-01-01T00:00:00.000000+00:00")
            .active(true)
            .build();
    static final String USER_JSON = "{\"user_id\":\"u-1\",\"provider\":\"FITBIT\",\"last_webhook_update\":null,"
            + "\"scopes\":null,\"reference_id\":null,\"active\":true,\"created_at\":\"2024-01-01T00:00:00.000000+00:00\"}";

    @Test
    void objectsAreWrittenAsTheirTextUnchanged() {
        var e = RawDataEvent.of(
                DataType.DAILY, USER, List.of(new RawJson("{\"b\": 1, \"a\": [2, 3]}"), new RawJson("{}")));
        assertThat(Json.MAPPER.writeValueAsString(e))
                .isEqualTo("{\"type\":\"daily\",\"data\":[{\"b\": 1, \"a\": [2, 3]},{}],\"user\":" + USER_JSON
                        + ",\"version\":\"2022-03-16\"}");
        assertThat(Json.MAPPER.writeValueAsString(RawDataEvent.of(DataType.SLEEP, USER, List.of())))
                .isEqualTo("{\"type\":\"sleep\",\"data\":[],\"user\":" + USER_JSON + ",\"version\":\"2022-03-16\"}");
    }

    @Test
    void theAthleteEventCarriesItsOneObjectAsAthlete() {
        var e = RawDataEvent.of(DataType.ATHLETE, USER, List.of(new RawJson("{\"first_name\": \"Ada\"}")));
        assertThat(Json.MAPPER.writeValueAsString(e))
                .isEqualTo("{\"type\":\"athlete\",\"athlete\":{\"first_name\": \"Ada\"},\"user\":" + USER_JSON
                        + ",\"version\":\"2022-03-16\"}");
        assertThatThrownBy(() -> RawDataEvent.of(DataType.ATHLETE, USER, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void authSuccessWritesItsNullReferencesInWireOrder() {
        assertThat(Json.MAPPER.writeValueAsString(AuthSuccessEvent.of(USER, null, null)))
                .isEqualTo("{\"type\":\"auth\",\"status\":\"success\",\"user\":" + USER_JSON
                        + ",\"reference_id\":null,\"widget_session_id\":null,"
                        + "\"message\":\"User has successfully authenticated\"}");
    }
}
