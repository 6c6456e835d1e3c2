package io.tributary.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.tributary.model.event.ActivityEvent;
import io.tributary.model.testsupport.Json;
import io.tributary.model.testsupport.ModelClasses;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

class UnknownFieldsTest {
    static final String UNKNOWN = "{\"x_future_field\":{\"a\":[1,\"b\",null,true]},\"x_number\":3.25,\"x_null\":null}";

    @TestFactory
    Stream<DynamicTest> everyRecordKeepsUnknownPropertiesOnARoundTrip() {
        return ModelClasses.records().stream()
                .map(c -> dynamicTest(c.getSimpleName(), () -> {
                    Record r = Json.MAPPER.readValue(UNKNOWN, c);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> extra =
                            (Map<String, Object>) c.getMethod("extra").invoke(r);
                    assertThat(extra).containsKeys("x_future_field", "x_number", "x_null");
                    JsonNode back = Json.MAPPER.valueToTree(r);
                    for (String name : List.of("x_future_field", "x_number", "x_null")) {
                        assertThat(back.get(name))
                                .isEqualTo(Json.MAPPER.readTree(UNKNOWN).get(name));
                    }
                }));
    }

    @Test
    void nestedUnknownPropertiesSurviveAWholeEvent() {
        String json = """
                {"type":"activity","version":"2022-03-16","x_top":1,
                 "user":{"user_id":"u1","provider":"GARMIN","last_webhook_update":null,"scopes":null,
                         "reference_id":null,"active":true,"created_at":null,"x_user":"kept"},
                 "data":[{"metadata":{"start_time":"2022-10-28T09:00:00.000000+01:00",
                                      "end_time":"2022-10-28T10:00:00.000000+01:00","summary_id":"s1",
                                      "type":8,"upload_type":1,"x_meta":{"deep":[1,2]}},
                          "heart_rate_data":{"summary":{"avg_hr_bpm":140,"x_summary":true},
                                             "detailed":{"hr_samples":[{"timestamp":"2022-10-28T09:00:01.000000+01:00",
                                                                        "bpm":120,"x_sample":"s"}]}},
                          "x_activity":[{"a":1}]}]}
                """;
        ActivityEvent event = Json.MAPPER.readValue(json, ActivityEvent.class);
        assertThat(event.extra()).containsKey("x_top");
        assertThat(event.user().extra()).containsEntry("x_user", "kept");
        Activity a = event.data().get(0);
        assertThat(a.extra()).containsKey("x_activity");
        assertThat(a.metadata().extra()).containsKey("x_meta");
        assertThat(a.heartRateData().summary().extra()).containsEntry("x_summary", true);
        assertThat(Json.sameTree(Json.MAPPER.readTree(json), Json.MAPPER.valueToTree(event)))
                .isTrue();
    }

    @Test
    void extraIsNeverNullAndUnmodifiable() {
        TerraUser u = new TerraUser("u", "FITBIT", null, null, null, null, null, null);
        assertThat(u.extra()).isEmpty();
        // the user object always carries its seven fields, in Terra's order, nulls included (as Terra sends it)
        assertThat(Json.MAPPER.writeValueAsString(u))
                .isEqualTo(
                        "{\"user_id\":\"u\",\"provider\":\"FITBIT\",\"last_webhook_update\":null,\"scopes\":null,\"reference_id\":null,\"active\":null,\"created_at\":null}");
        TerraUser withExtra = u.toBuilder().putExtra("state", "active").build();
        assertThat(Json.MAPPER.writeValueAsString(withExtra))
                .isEqualTo(
                        "{\"user_id\":\"u\",\"provider\":\"FITBIT\",\"last_webhook_update\":null,\"scopes\":null,\"reference_id\":null,\"active\":null,\"created_at\":null,\"state\":\"active\"}");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> withExtra.extra().put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void timestampStringsAreKeptExactly() {
        String json = "{\"timestamp\":\"2022-10-28T10:00:00.123456+01:00\",\"bpm\":61}";
        var s = Json.MAPPER.readValue(json, io.tributary.model.nested.HeartRateDataSample.class);
        assertThat(s.timestamp()).isEqualTo("2022-10-28T10:00:00.123456+01:00");
        assertThat(Json.MAPPER.writeValueAsString(s)).contains("\"2022-10-28T10:00:00.123456+01:00\"");
    }
}
