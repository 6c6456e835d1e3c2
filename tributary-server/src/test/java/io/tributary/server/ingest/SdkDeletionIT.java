package io.tributary.server.ingest;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.support.TestHttp;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Records deleted on the phone (HealthKit deleted objects, Health Connect deletion changes) reach stored data. */
class SdkDeletionIT extends SdkIntegrationTest {
    @Autowired
    JdbcClient jdbc;

    EnvironmentCredentials env;
    TestHttp api;

    @BeforeEach
    void setUp() {
        env = env(newDeveloper(), "testing");
        api = as(env);
    }

    private String[] connect(String provider) {
        return connect(api, provider);
    }

    private static String steps(String uuid, String start, String end, int value) {
        return "{\"uuid\":\"" + uuid + "\",\"type\":\"HKQuantityTypeIdentifierStepCount\",\"value\":" + value
                + ",\"unit\":\"count\",\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\"}";
    }

    private static String hr(String uuid, String at, int bpm) {
        return "{\"uuid\":\"" + uuid + "\",\"type\":\"HKQuantityTypeIdentifierHeartRate\",\"value\":" + bpm
                + ",\"unit\":\"count/min\",\"startDate\":\"" + at + "\",\"endDate\":\"" + at + "\"}";
    }

    private static String sleep(String uuid, String start, String end, String value) {
        return "{\"uuid\":\"" + uuid + "\",\"type\":\"HKCategoryTypeIdentifierSleepAnalysis\",\"value\":\"" + value
                + "\",\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\",\"sourceName\":\"Apple Watch\"}";
    }

    private static TestHttp.Response post(TestHttp s, String body) {
        TestHttp.Response r = s.post("/v2/sdk/records", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r;
    }

    private JsonNode get(String type, String userId, String from, String to) {
        TestHttp.Response r = api.get("/v2/" + type + "?user_id=" + userId + "&start_date=" + from + "&end_date=" + to
                + "&to_webhook=false&with_samples=true");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("data");
    }

    /** Payloads of the user's data events of this type, oldest first. */
    private List<JsonNode> events(String userId, String type) {
        return jdbc
                .sql("SELECT payload::text FROM events WHERE user_id = ? AND type = ? ORDER BY id")
                .params(UUID.fromString(userId), type)
                .query(String.class)
                .list()
                .stream()
                .map(TestHttp.JSON::readTree)
                .toList();
    }

    @Test
    void deletingOneOfADaysRecordsRecomputesTheDailyAndEmitsIt() {
        String[] c = connect("APPLE");
        TestHttp s = http().withHeader("Authorization", "Bearer " + c[1]);
        post(
                s,
                "{\"records\":[" + steps("a", "2026-06-01T08:00:00Z", "2026-06-01T08:10:00Z", 1000) + ","
                        + steps("b", "2026-06-01T12:00:00Z", "2026-06-01T12:10:00Z", 500) + "]}");
        TestHttp.Response r = post(s, "{\"deleted\":[{\"uuid\":\"b\"},\"never-sent\"]}");
        assertThat(r.json().get("deleted").asInt()).isEqualTo(1);
        assertThat(r.json().get("accepted").asInt()).isZero();
        JsonNode days = get("daily", c[0], "2026-06-01", "2026-06-02");
        assertThat(days.size()).isEqualTo(1);
        assertThat(days.get(0).get("distance_data").get("steps").asInt()).isEqualTo(1000);
        List<JsonNode> ev = events(c[0], "daily");
        assertThat(ev).hasSize(2);
        assertThat(ev.get(1)
                        .get("data")
                        .get(0)
                        .get("distance_data")
                        .get("steps")
                        .asInt())
                .isEqualTo(1000);
        // deleting again is a no-op: nothing removed, no event
        assertThat(post(s, "{\"deleted\":[\"b\"]}").json().get("deleted").asInt())
                .isZero();
        assertThat(events(c[0], "daily")).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM sdk_records WHERE user_id = ?")
                        .param(UUID.fromString(c[0]))
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void deletingTheLastRecordOfADayRemovesTheDailyWithADeleteTombstone() {
        String[] c = connect("APPLE");
        TestHttp s = http().withHeader("Authorization", "Bearer " + c[1]);
        post(s, "{\"records\":[" + steps("only", "2026-06-03T08:00:00+02:00", "2026-06-03T08:10:00+02:00", 42) + "]}");
        assertThat(get("daily", c[0], "2026-06-03", "2026-06-04").size()).isEqualTo(1);
        post(s, "{\"deleted\":[\"only\"]}");
        assertThat(get("daily", c[0], "2026-06-03", "2026-06-04").size()).isZero();
        List<JsonNode> ev = events(c[0], "daily");
        assertThat(ev).hasSize(2);
        JsonNode tomb = ev.get(1).get("data").get(0);
        assertThat(tomb.get("metadata").get("upload_type").asInt()).isEqualTo(4); // UploadType Delete
        assertThat(tomb.get("metadata").get("start_time").asString()).startsWith("2026-06-03T00:00:00");
        assertThat(tomb.has("distance_data")).isFalse();
    }

    @Test
    void deletingAWorkoutRemovesTheActivityAndDeletingHeartRateUpdatesIt() {
        String[] c = connect("APPLE");
        TestHttp s = http().withHeader("Authorization", "Bearer " + c[1]);
        String workout =
                "{\"uuid\":\"wk-1\",\"type\":\"HKWorkout\",\"workoutActivityType\":\"HKWorkoutActivityTypeRunning\","
                        + "\"startDate\":\"2026-06-05T10:00:00Z\",\"endDate\":\"2026-06-05T11:00:00Z\"}";
        post(
                s,
                "{\"records\":[" + hr("h1", "2026-06-05T10:10:00Z", 120) + "," + hr("h2", "2026-06-05T10:20:00Z", 160)
                        + "," + workout + "]}");
        JsonNode a = get("activity", c[0], "2026-06-05", "2026-06-06");
        assertThat(a.get(0)
                        .get("heart_rate_data")
                        .get("summary")
                        .get("max_hr_bpm")
                        .asDouble())
                .isEqualTo(160.0);
        // a deleted HR sample leaves the workout: the activity is recomputed and emitted again
        post(s, "{\"deleted\":[{\"uuid\":\"h2\"}]}");
        a = get("activity", c[0], "2026-06-05", "2026-06-06");
        assertThat(a.get(0)
                        .get("heart_rate_data")
                        .get("summary")
                        .get("max_hr_bpm")
                        .asDouble())
                .isEqualTo(120.0);
        assertThat(events(c[0], "activity")).hasSize(2);
        // the workout deleted: the activity goes, with a Delete tombstone carrying its summary_id
        post(s, "{\"deleted\":[\"wk-1\"]}");
        assertThat(get("activity", c[0], "2026-06-05", "2026-06-06").size()).isZero();
        List<JsonNode> ev = events(c[0], "activity");
        assertThat(ev).hasSize(3);
        JsonNode md = ev.get(2).get("data").get(0).get("metadata");
        assertThat(md.get("summary_id").asString()).isEqualTo("wk-1");
        assertThat(md.get("upload_type").asInt()).isEqualTo(4);
    }

    @Test
    void healthKitSleepLosesADeletedSegmentAndGoesWhenAllAreDeleted() {
        String[] c = connect("APPLE");
        TestHttp s = http().withHeader("Authorization", "Bearer " + c[1]);
        post(
                s,
                "{\"records\":[" + sleep("s1", "2026-06-06T22:00:00Z", "2026-06-07T02:00:00Z", "asleepCore") + ","
                        + sleep("s2", "2026-06-07T02:00:00Z", "2026-06-07T06:00:00Z", "asleepDeep") + "]}");
        JsonNode sl = get("sleep", c[0], "2026-06-06", "2026-06-08");
        assertThat(sl.size()).isEqualTo(1);
        assertThat(sl.get(0).get("metadata").get("summary_id").asString()).isEqualTo("hk-sleep-2026-06-07");
        // the later segment deleted: the night ends at 02:00 now; still 4 h, same wake-up date
        post(s, "{\"deleted\":[\"s2\"]}");
        sl = get("sleep", c[0], "2026-06-06", "2026-06-08");
        assertThat(sl.size()).isEqualTo(1);
        assertThat(sl.get(0).get("metadata").get("end_time").asString()).startsWith("2026-06-07T02:00:00");
        assertThat(sl.get(0)
                        .get("sleep_durations_data")
                        .get("asleep")
                        .get("duration_deep_sleep_state_seconds")
                        .asDouble())
                .isZero();
        post(s, "{\"deleted\":[\"s1\"]}");
        assertThat(get("sleep", c[0], "2026-06-06", "2026-06-08").size()).isZero();
        List<JsonNode> ev = events(c[0], "sleep");
        assertThat(ev).hasSize(3);
        assertThat(ev.get(2)
                        .get("data")
                        .get(0)
                        .get("metadata")
                        .get("summary_id")
                        .asString())
                .isEqualTo("hk-sleep-2026-06-07");
    }

    @Test
    void healthConnectDeletionChangesAndBadInput() {
        String[] c = connect("HEALTH_CONNECT");
        TestHttp s = http().withHeader("Authorization", "Bearer " + c[1]);
        post(
                s,
                "{\"records\":[{\"recordType\":\"SleepSession\",\"metadata\":{\"id\":\"hc-sleep\"},"
                        + "\"startTime\":\"2026-06-08T21:00:00Z\",\"endTime\":\"2026-06-09T05:00:00Z\","
                        + "\"startZoneOffset\":\"+02:00\"},"
                        + "{\"recordType\":\"Weight\",\"metadata\":{\"clientRecordId\":\"w-9\"},"
                        + "\"time\":\"2026-06-09T06:00:00Z\",\"zoneOffset\":\"+02:00\",\"weight\":{\"inKilograms\":70}}]}");
        assertThat(get("sleep", c[0], "2026-06-08", "2026-06-10").size()).isEqualTo(1);
        assertThat(get("body", c[0], "2026-06-09", "2026-06-10").size()).isEqualTo(1);
        // Health Connect DeletionChange carries recordId; a client id deletes by clientRecordId
        TestHttp.Response r =
                post(s, "{\"deleted\":[{\"recordId\":\"hc-sleep\"},{\"clientRecordId\":\"w-9\"}],\"records\":[]}");
        assertThat(r.json().get("deleted").asInt()).isEqualTo(2);
        assertThat(get("sleep", c[0], "2026-06-08", "2026-06-10").size()).isZero();
        assertThat(get("body", c[0], "2026-06-09", "2026-06-10").size()).isZero();
        JsonNode bodyTomb = events(c[0], "body").get(1).get("data").get(0);
        assertThat(bodyTomb.has("measurements_data")).isFalse();
        assertThat(bodyTomb.get("metadata").get("start_time").asString()).startsWith("2026-06-09");
        assertProblem(s.post("/v2/sdk/records", "{\"deleted\":[42]}"), 400);
        assertProblem(s.post("/v2/sdk/records", "{\"deleted\":\"hc-sleep\"}"), 400);
        assertProblem(s.post("/v2/sdk/records", "{}"), 400);
    }
}
