package io.tributary.server.ingest;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.account.UserService;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.TestHttp;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class SdkIngestIT extends IntegrationTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserService users;

    EnvironmentCredentials env;
    TestHttp api;

    @BeforeEach
    void setUp() {
        env = env(newDeveloper(), "testing");
        api = as(env);
    }

    private String token(TestHttp a) {
        TestHttp.Response r = a.post("/v2/auth/generateAuthToken", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("token").asString();
    }

    /** Connects a new SDK user; returns [user_id, sdk_secret]. */
    private String[] connect(String provider, String deviceId) {
        String body = "{\"token\":\"" + token(api) + "\",\"provider\":\"" + provider + "\",\"reference_id\":\"ref-1\""
                + (deviceId == null ? "" : ",\"device_id\":\"" + deviceId + "\"") + "}";
        TestHttp.Response r = http().post("/v2/sdk/connect", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("status").asString()).isEqualTo("success");
        return new String[] {
            r.json().get("user_id").asString(), r.json().get("sdk_secret").asString()
        };
    }

    private TestHttp bearer(String secret) {
        return http().withHeader("Authorization", "Bearer " + secret);
    }

    private static String hkSteps(String uuid, String start, String end, double value) {
        return "{\"uuid\":\"" + uuid + "\",\"type\":\"HKQuantityTypeIdentifierStepCount\",\"value\":" + value
                + ",\"unit\":\"count\",\"startDate\":\"" + start + "\",\"endDate\":\"" + end
                + "\",\"sourceName\":\"iPhone\"}";
    }

    private static String batch(String... records) {
        return "{\"records\":[" + String.join(",", records) + "]}";
    }

    private long events(String userId, String type) {
        return jdbc.sql("SELECT count(*) FROM events WHERE user_id = ? AND type = ?")
                .params(UUID.fromString(userId), type)
                .query(Long.class)
                .single();
    }

    private JsonNode daily(String userId, String day) {
        TestHttp.Response r = api.get("/v2/daily?user_id=" + userId + "&start_date=" + day + "&end_date="
                + java.time.LocalDate.parse(day).plusDays(1) + "&to_webhook=false&with_samples=true");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().has("data")).as(r.body()).isTrue();
        return r.json().get("data");
    }

    @Test
    void connectIsSingleUseAndEmitsAuth() {
        String token = token(api);
        String body = "{\"token\":\"" + token + "\",\"provider\":\"APPLE\",\"reference_id\":\"abc\"}";
        TestHttp.Response r = http().post("/v2/sdk/connect", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String userId = r.json().get("user_id").asString();
        assertThat(r.json().get("sdk_secret").asString()).hasSizeGreaterThan(40);
        assertProblem(http().post("/v2/sdk/connect", body), 401);
        assertThat(events(userId, "auth")).isEqualTo(1);
        String payload = jdbc.sql("SELECT payload::text FROM events WHERE user_id = ? AND type = 'auth'")
                .param(UUID.fromString(userId))
                .query(String.class)
                .single();
        JsonNode p = TestHttp.JSON.readTree(payload);
        assertThat(p.get("status").asString()).isEqualTo("success");
        assertThat(p.get("reference_id").asString()).isEqualTo("abc");
        assertThat(p.get("widget_session_id").isNull()).isTrue();
        assertThat(p.get("user").get("provider").asString()).isEqualTo("APPLE");
        assertThat(p.get("message").asString()).isEqualTo("User has successfully authenticated");
        // the secret is stored hashed only
        String secret = r.json().get("sdk_secret").asString();
        Long plain = jdbc.sql("SELECT count(*) FROM sdk_connections WHERE encode(secret_hash, 'escape') LIKE ?")
                .param("%" + secret + "%")
                .query(Long.class)
                .single();
        assertThat(plain).isZero();
        assertProblem(
                http().post("/v2/sdk/connect", "{\"token\":\"" + token(api) + "\",\"provider\":\"GARMIN\"}"), 400);
        assertProblem(
                http().post("/v2/sdk/connect", "{\"token\":\"" + "ab".repeat(32) + "\",\"provider\":\"APPLE\"}"), 401);
    }

    @Test
    void sameDeviceReconnectReplacesTheOldUser() {
        String[] first = connect("HEALTH_CONNECT", "pixel-1");
        String[] second = connect("HEALTH_CONNECT", "pixel-1");
        assertThat(second[0]).isNotEqualTo(first[0]);
        assertThat(events(second[0], "user_reauth")).isEqualTo(1);
        assertProblem(bearer(first[1]).post("/v2/sdk/records", batch()), 401);
        TestHttp.Response ok = bearer(second[1]).post("/v2/sdk/records", batch());
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    }

    @Test
    void healthKitBatchIsIdempotentAndMappedExactly() {
        String[] c = connect("APPLE", null);
        String b = batch(
                hkSteps("s1", "2026-03-01T08:00:00+01:00", "2026-03-01T08:10:00+01:00", 1200),
                hkSteps("s2", "2026-03-01 12:00:00 +0100", "2026-03-01 12:30:00 +0100", 800),
                "{\"uuid\":\"d1\",\"type\":\"HKQuantityTypeIdentifierDistanceWalkingRunning\",\"value\":1.5,"
                        + "\"unit\":\"km\",\"startDate\":\"2026-03-01T08:00:00+01:00\",\"endDate\":\"2026-03-01T08:10:00+01:00\"}",
                "{\"uuid\":\"e1\",\"type\":\"HKQuantityTypeIdentifierActiveEnergyBurned\",\"value\":418.4,"
                        + "\"unit\":\"kJ\",\"startDate\":\"2026-03-01T08:00:00+01:00\",\"endDate\":\"2026-03-01T08:10:00+01:00\"}",
                "{\"uuid\":\"h1\",\"type\":\"HKQuantityTypeIdentifierHeartRate\",\"value\":60,\"unit\":\"count/min\","
                        + "\"startDate\":\"2026-03-01T09:00:00+01:00\",\"endDate\":\"2026-03-01T09:00:00+01:00\"}",
                "{\"uuid\":\"h2\",\"type\":\"HKQuantityTypeIdentifierHeartRate\",\"value\":90,\"unit\":\"count/min\","
                        + "\"startDate\":\"2026-03-01T10:00:00+01:00\",\"endDate\":\"2026-03-01T10:00:00+01:00\"}",
                "{\"uuid\":\"r1\",\"type\":\"HKQuantityTypeIdentifierRestingHeartRate\",\"value\":52,\"unit\":\"count/min\","
                        + "\"startDate\":\"2026-03-01T07:00:00+01:00\",\"endDate\":\"2026-03-01T07:00:00+01:00\"}",
                "{\"uuid\":\"v1\",\"type\":\"HKQuantityTypeIdentifierHeartRateVariabilitySDNN\",\"value\":45,"
                        + "\"unit\":\"ms\",\"startDate\":\"2026-03-01T07:00:00+01:00\",\"endDate\":\"2026-03-01T07:00:00+01:00\"}",
                "{\"uuid\":\"x1\",\"type\":\"HKQuantityTypeIdentifierUVExposure\",\"value\":3,\"unit\":\"count\","
                        + "\"startDate\":\"2026-03-01T07:00:00+01:00\",\"endDate\":\"2026-03-01T07:00:00+01:00\"}",
                // sleep on the night to 2 March: 30 min in bed, core 2h, deep 1h, REM 1h30, awake 15 min
                sleep("sl0", "inBed", "2026-03-01T22:30:00+01:00", "2026-03-02T06:45:00+01:00"),
                sleep("sl1", "asleepCore", "2026-03-01T23:00:00+01:00", "2026-03-02T01:00:00+01:00"),
                sleep("sl2", "asleepDeep", "2026-03-02T01:00:00+01:00", "2026-03-02T02:00:00+01:00"),
                sleep("sl3", "awake", "2026-03-02T02:00:00+01:00", "2026-03-02T02:15:00+01:00"),
                sleep("sl4", "asleepREM", "2026-03-02T02:15:00+01:00", "2026-03-02T03:45:00+01:00"),
                "{\"uuid\":\"w1\",\"type\":\"HKWorkout\",\"workoutActivityType\":\"HKWorkoutActivityTypeRunning\","
                        + "\"duration\":1800,\"totalEnergyBurned\":{\"value\":300,\"unit\":\"kcal\"},"
                        + "\"totalDistance\":{\"value\":5,\"unit\":\"km\"},"
                        + "\"startDate\":\"2026-03-01T09:00:00+01:00\",\"endDate\":\"2026-03-01T09:35:00+01:00\"}");
        TestHttp.Response r = bearer(c[1]).post("/v2/sdk/records", b);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(14);
        assertThat(r.json().get("ignored").asInt()).isEqualTo(1);
        assertThat(r.json().get("duplicates").asInt()).isZero();
        long dailyEvents = events(c[0], "daily"),
                sleepEvents = events(c[0], "sleep"),
                actEvents = events(c[0], "activity");
        assertThat(dailyEvents).isEqualTo(1);
        assertThat(sleepEvents).isEqualTo(1);
        assertThat(actEvents).isEqualTo(1);

        TestHttp.Response again = bearer(c[1]).post("/v2/sdk/records", b);
        assertThat(again.json().get("duplicates").asInt()).isEqualTo(15);
        assertThat(again.json().get("accepted").asInt()).isZero();
        assertThat(events(c[0], "daily")).isEqualTo(dailyEvents);
        assertThat(events(c[0], "sleep")).isEqualTo(sleepEvents);
        assertThat(events(c[0], "activity")).isEqualTo(actEvents);
        assertThat(jdbc.sql("SELECT count(*) FROM sdk_records WHERE user_id = ?")
                        .param(UUID.fromString(c[0]))
                        .query(Long.class)
                        .single())
                .isEqualTo(15);

        JsonNode days = daily(c[0], "2026-03-01");
        assertThat(days.size()).isEqualTo(1);
        JsonNode d = days.get(0);
        assertThat(d.get("metadata").get("start_time").asString())
                .startsWith("2026-03-01T00:00:00")
                .endsWith("+01:00");
        assertThat(d.get("distance_data").get("steps").asInt()).isEqualTo(2000);
        assertThat(d.get("distance_data").get("distance_meters").asDouble()).isEqualTo(1500.0);
        assertThat(d.get("calories_data").get("net_activity_calories").asDouble())
                .isEqualTo(100.0);
        JsonNode hr = d.get("heart_rate_data").get("summary");
        assertThat(hr.get("avg_hr_bpm").asDouble()).isEqualTo(75.0);
        assertThat(hr.get("min_hr_bpm").asDouble()).isEqualTo(60.0);
        assertThat(hr.get("max_hr_bpm").asDouble()).isEqualTo(90.0);
        assertThat(hr.get("resting_hr_bpm").asDouble()).isEqualTo(52.0);
        assertThat(hr.get("avg_hrv_sdnn").asDouble()).isEqualTo(45.0);
        assertThat(d.get("heart_rate_data").get("detailed").get("hr_samples").size())
                .isEqualTo(2);

        TestHttp.Response sl = api.get("/v2/sleep?user_id=" + c[0]
                + "&start_date=2026-03-01&end_date=2026-03-03&to_webhook=false&with_samples=true");
        JsonNode s = sl.json().get("data").get(0);
        JsonNode asleep = s.get("sleep_durations_data").get("asleep");
        assertThat(asleep.get("duration_light_sleep_state_seconds").asDouble()).isEqualTo(7200.0);
        assertThat(asleep.get("duration_deep_sleep_state_seconds").asDouble()).isEqualTo(3600.0);
        assertThat(asleep.get("duration_REM_sleep_state_seconds").asDouble()).isEqualTo(5400.0);
        assertThat(asleep.get("duration_asleep_state_seconds").asDouble()).isEqualTo(16200.0);
        assertThat(s.get("sleep_durations_data")
                        .get("awake")
                        .get("duration_awake_state_seconds")
                        .asDouble())
                .isEqualTo(900.0);
        assertThat(s.get("sleep_durations_data")
                        .get("other")
                        .get("duration_in_bed_seconds")
                        .asDouble())
                .isEqualTo(29700.0);

        TestHttp.Response ac = api.get("/v2/activity?user_id=" + c[0]
                + "&start_date=2026-03-01&end_date=2026-03-02&to_webhook=false&with_samples=true");
        JsonNode a = ac.json().get("data").get(0);
        assertThat(a.get("metadata").get("type").asInt()).isEqualTo(8); // RUNNING
        assertThat(a.get("metadata").get("summary_id").asString()).isEqualTo("w1");
        assertThat(a.get("calories_data").get("total_burned_calories").asDouble())
                .isEqualTo(300.0);
        assertThat(a.get("distance_data").get("summary").get("distance_meters").asDouble())
                .isEqualTo(5000.0);
        assertThat(a.get("active_durations_data").get("activity_seconds").asDouble())
                .isEqualTo(1800.0);
        assertThat(a.get("heart_rate_data").get("summary").get("avg_hr_bpm").asDouble())
                .isEqualTo(60.0);
    }

    private static String sleep(String uuid, String value, String start, String end) {
        return "{\"uuid\":\"" + uuid + "\",\"type\":\"HKCategoryTypeIdentifierSleepAnalysis\",\"value\":\"" + value
                + "\",\"startDate\":\"" + start + "\",\"endDate\":\"" + end + "\"}";
    }

    @Test
    void twoPartialBatchesForTheSameDaySumBoth() {
        String[] c = connect("APPLE", null);
        TestHttp s = bearer(c[1]);
        assertThat(s.post("/v2/sdk/records", batch(hkSteps("a", "2026-04-02T08:00:00Z", "2026-04-02T08:05:00Z", 300)))
                        .status())
                .isEqualTo(200);
        assertThat(s.post("/v2/sdk/records", batch(hkSteps("b", "2026-04-02T18:00:00Z", "2026-04-02T18:05:00Z", 450)))
                        .status())
                .isEqualTo(200);
        JsonNode days = daily(c[0], "2026-04-02");
        assertThat(days.size()).isEqualTo(1);
        assertThat(days.get(0).get("distance_data").get("steps").asInt()).isEqualTo(750);
        assertThat(events(c[0], "daily")).isEqualTo(2);
    }

    @Test
    void heartRateArrivingAfterItsWorkoutIsAddedToTheActivity() {
        String[] c = connect("APPLE", null);
        TestHttp s = bearer(c[1]);
        assertThat(s.post(
                                "/v2/sdk/records",
                                batch(
                                        "{\"uuid\":\"wk\",\"type\":\"HKWorkout\",\"workoutActivityType\":\"HKWorkoutActivityTypeWalking\","
                                                + "\"startDate\":\"2026-08-01T10:00:00Z\",\"endDate\":\"2026-08-01T11:00:00Z\"}"))
                        .status())
                .isEqualTo(200);
        assertThat(s.post(
                                "/v2/sdk/records",
                                batch("{\"uuid\":\"hr\",\"type\":\"HKQuantityTypeIdentifierHeartRate\",\"value\":2,"
                                        + "\"unit\":\"count/s\",\"startDate\":\"2026-08-01T10:30:00Z\"}"))
                        .status())
                .isEqualTo(200);
        JsonNode a = api.get("/v2/activity?user_id=" + c[0]
                        + "&start_date=2026-08-01&end_date=2026-08-02&to_webhook=false&with_samples=true")
                .json()
                .get("data");
        assertThat(a.size()).isEqualTo(1);
        assertThat(a.get(0).get("metadata").get("type").asInt()).isEqualTo(7); // WALKING
        assertThat(a.get(0)
                        .get("heart_rate_data")
                        .get("summary")
                        .get("avg_hr_bpm")
                        .asDouble())
                .isEqualTo(120.0);
        assertThat(events(c[0], "activity")).isEqualTo(2);
    }

    @Test
    void healthConnectRecordsWithApiKeyAuthentication() {
        String[] c = connect("HEALTH_CONNECT", "phone-9");
        String b = "{\"user_id\":\"" + c[0] + "\",\"records\":["
                + "{\"recordType\":\"Steps\",\"metadata\":{\"id\":\"hc-1\",\"clientRecordId\":null,"
                + "\"dataOrigin\":\"com.google.android.apps.fitness\",\"lastModifiedTime\":\"2026-05-01T10:00:00Z\"},"
                + "\"startTime\":\"2026-05-01T07:00:00Z\",\"endTime\":\"2026-05-01T08:00:00Z\",\"startZoneOffset\":\"+02:00\","
                + "\"endZoneOffset\":\"+02:00\",\"count\":4321},"
                + "{\"recordType\":\"HeartRate\",\"metadata\":{\"id\":\"hc-2\"},\"startTime\":\"2026-05-01T07:00:00Z\","
                + "\"endTime\":\"2026-05-01T07:02:00Z\",\"startZoneOffset\":\"+02:00\",\"samples\":["
                + "{\"time\":\"2026-05-01T07:00:00Z\",\"beatsPerMinute\":70},{\"time\":\"2026-05-01T07:01:00Z\",\"beatsPerMinute\":80}]},"
                + "{\"recordType\":\"Weight\",\"metadata\":{\"id\":\"hc-3\"},\"time\":\"2026-05-01T06:00:00Z\","
                + "\"zoneOffset\":\"+02:00\",\"weight\":{\"inKilograms\":72.5}},"
                + "{\"recordType\":\"ExerciseSession\",\"metadata\":{\"id\":\"hc-4\"},\"startTime\":\"2026-05-01T16:00:00Z\","
                + "\"endTime\":\"2026-05-01T17:00:00Z\",\"startZoneOffset\":\"+02:00\",\"exerciseType\":8,\"title\":\"Evening ride\"},"
                + "{\"recordType\":\"SleepSession\",\"metadata\":{\"id\":\"hc-5\"},\"startTime\":\"2026-04-30T21:00:00Z\","
                + "\"endTime\":\"2026-05-01T05:00:00Z\",\"startZoneOffset\":\"+02:00\",\"stages\":["
                + "{\"startTime\":\"2026-04-30T21:00:00Z\",\"endTime\":\"2026-04-30T23:00:00Z\",\"stage\":4},"
                + "{\"startTime\":\"2026-04-30T23:00:00Z\",\"endTime\":\"2026-05-01T01:00:00Z\",\"stage\":5},"
                + "{\"startTime\":\"2026-05-01T01:00:00Z\",\"endTime\":\"2026-05-01T05:00:00Z\",\"stage\":\"STAGE_TYPE_REM\"}]},"
                + "{\"recordType\":\"Nutrition\",\"metadata\":{\"id\":\"hc-6\"},\"startTime\":\"2026-05-01T10:00:00Z\","
                + "\"endTime\":\"2026-05-01T10:10:00Z\",\"startZoneOffset\":\"+02:00\",\"energy\":{\"inKilocalories\":650},"
                + "\"protein\":{\"inGrams\":30}},"
                + "{\"recordType\":\"MenstruationFlow\",\"metadata\":{\"id\":\"hc-7\"},\"time\":\"2026-05-01T08:00:00Z\","
                + "\"zoneOffset\":\"+02:00\",\"flow\":2},"
                + "{\"recordType\":\"MindfulnessSession\",\"metadata\":{\"id\":\"hc-8\"},\"startTime\":\"2026-05-01T08:00:00Z\","
                + "\"endTime\":\"2026-05-01T08:10:00Z\"}"
                + "]}";
        TestHttp.Response r = api.post("/v2/sdk/records", b);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("accepted").asInt()).isEqualTo(7);
        assertThat(r.json().get("ignored").asInt()).isEqualTo(1);
        JsonNode d = daily(c[0], "2026-05-01").get(0);
        assertThat(d.get("metadata").get("start_time").asString()).endsWith("+02:00");
        assertThat(d.get("distance_data").get("steps").asInt()).isEqualTo(4321);
        assertThat(d.get("heart_rate_data").get("summary").get("avg_hr_bpm").asDouble())
                .isEqualTo(75.0);
        JsonNode body = api.get("/v2/body?user_id=" + c[0]
                        + "&start_date=2026-05-01&end_date=2026-05-02&to_webhook=false&with_samples=true")
                .json()
                .get("data")
                .get(0);
        assertThat(body.get("measurements_data")
                        .get("measurements")
                        .get(0)
                        .get("weight_kg")
                        .asDouble())
                .isEqualTo(72.5);
        JsonNode act = api.get("/v2/activity?user_id=" + c[0]
                        + "&start_date=2026-05-01&end_date=2026-05-02&to_webhook=false&with_samples=true")
                .json()
                .get("data")
                .get(0);
        assertThat(act.get("metadata").get("type").asInt()).isEqualTo(1); // BIKING
        assertThat(act.get("metadata").get("name").asString()).isEqualTo("Evening ride");
        JsonNode sl = api.get("/v2/sleep?user_id=" + c[0]
                        + "&start_date=2026-04-30&end_date=2026-05-02&to_webhook=false&with_samples=true")
                .json()
                .get("data")
                .get(0);
        JsonNode asleep = sl.get("sleep_durations_data").get("asleep");
        assertThat(asleep.get("duration_light_sleep_state_seconds").asDouble()).isEqualTo(7200.0);
        assertThat(asleep.get("duration_deep_sleep_state_seconds").asDouble()).isEqualTo(7200.0);
        assertThat(asleep.get("duration_REM_sleep_state_seconds").asDouble()).isEqualTo(14400.0);
        JsonNode nut = api.get("/v2/nutrition?user_id=" + c[0]
                        + "&start_date=2026-05-01&end_date=2026-05-02&to_webhook=false&with_samples=true")
                .json()
                .get("data")
                .get(0);
        assertThat(nut.get("summary").get("macros").get("calories").asDouble()).isEqualTo(650.0);
        assertThat(nut.get("summary").get("macros").get("protein_g").asDouble()).isEqualTo(30.0);
        JsonNode men = api.get("/v2/menstruation?user_id=" + c[0]
                        + "&start_date=2026-05-01&end_date=2026-05-02&to_webhook=false&with_samples=true")
                .json()
                .get("data")
                .get(0);
        assertThat(men.get("menstruation_data")
                        .get("menstruation_flow")
                        .get(0)
                        .get("flow")
                        .asInt())
                .isEqualTo(3);
    }

    @Test
    void authenticationErrorsAndIsolation() {
        String[] c = connect("APPLE", null);
        assertProblem(bearer("sdk_wrong").post("/v2/sdk/records", batch()), 401);
        assertProblem(http().post("/v2/sdk/records", batch()), 401);
        // another environment's API key cannot write to this user
        EnvironmentCredentials other = env(newDeveloper(), "testing");
        assertProblem(as(other).post("/v2/sdk/records", "{\"user_id\":\"" + c[0] + "\",\"records\":[]}"), 404);
        // and cannot read the data
        bearer(c[1]).post("/v2/sdk/records", batch(hkSteps("iso", "2026-06-01T08:00:00Z", "2026-06-01T08:05:00Z", 10)));
        assertProblem(
                as(other)
                        .get("/v2/daily?user_id=" + c[0] + "&start_date=2026-06-01&to_webhook=false&with_samples=true"),
                404);
        // a wrong user_id with a secret is refused
        assertProblem(
                bearer(c[1]).post("/v2/sdk/records", "{\"user_id\":\"" + UUID.randomUUID() + "\",\"records\":[]}"),
                403);
    }

    @Test
    void badInputNamesTheRecordAndField() {
        String[] c = connect("APPLE", null);
        TestHttp.Response r = bearer(c[1])
                .post(
                        "/v2/sdk/records",
                        batch(
                                hkSteps("ok", "2026-07-01T08:00:00Z", "2026-07-01T08:05:00Z", 1),
                                "{\"uuid\":\"bad\",\"type\":\"HKQuantityTypeIdentifierStepCount\",\"value\":\"many\","
                                        + "\"startDate\":\"2026-07-01T08:00:00Z\"}"));
        assertProblem(r, 400);
        assertThat(r.json().get("detail").asString()).contains("records[1].value");
        TestHttp.Response t = bearer(c[1])
                .post(
                        "/v2/sdk/records",
                        batch("{\"uuid\":\"t\",\"type\":\"HKQuantityTypeIdentifierStepCount\","
                                + "\"value\":1,\"startDate\":\"yesterday\"}"));
        assertProblem(t, 400);
        assertThat(t.json().get("detail").asString()).contains("records[0].startDate");
        assertProblem(bearer(c[1]).post("/v2/sdk/records", "not json"), 400);
        // over TRIBUTARY_SDK_MAX_BATCH_BYTES (10 MiB by default)
        String big = "{\"records\":[],\"pad\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";
        assertProblem(bearer(c[1]).post("/v2/sdk/records", big), 413);
        assertProblem(bearer(c[1]).post("/v2/sdk/records", "{\"records\":{}}"), 400);
        // nothing of the failed batch was stored
        assertThat(jdbc.sql("SELECT count(*) FROM sdk_records WHERE user_id = ?")
                        .param(UUID.fromString(c[0]))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void userCapIsEnforcedOnConnect() {
        EnvironmentRecord e = accounts.environmentByDevId(env.devId()).orElseThrow();
        String token = token(api);
        int n = users.countAuthenticated(e);
        for (int i = n; i < e.userCap(); i++) users.createAuthenticated(e, "APPLE", "filler-" + i, null, null);
        assertProblem(http().post("/v2/sdk/connect", "{\"token\":\"" + token + "\",\"provider\":\"APPLE\"}"), 403);
    }
}
