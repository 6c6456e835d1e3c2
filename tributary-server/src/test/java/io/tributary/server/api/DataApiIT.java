package io.tributary.server.api;

import static io.tributary.server.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.model.Activity;
import io.tributary.model.Athlete;
import io.tributary.model.Daily;
import io.tributary.model.Sleep;
import io.tributary.model.TerraDataModel;
import io.tributary.server.account.DeveloperCredentials;
import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.account.UserService;
import io.tributary.server.ingest.AsyncReadJobs;
import io.tributary.server.ingest.DataIngest;
import io.tributary.server.ingest.DataIngest.IngestResult;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import io.tributary.server.support.FakePullConnector;
import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.TestDestinations;
import io.tributary.server.support.TestHttp;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DataApiIT extends IntegrationTest {
    static final String DAY_27 = daily("2022-10-27", 1000);
    static final String DAY_28 = daily("2022-10-28", 1234);
    static final String DAY_29 = daily("2022-10-29", 2000);

    @Autowired
    DataIngest ingest;

    @Autowired
    UserService users;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AsyncReadJobs jobs;

    EnvironmentCredentials creds;
    EnvironmentRecord env;
    User user;
    TestHttp api;

    @BeforeEach
    void setUp() {
        DeveloperCredentials dev = newDeveloper();
        creds = env(dev, "testing");
        env = accounts.environmentByDevId(creds.devId()).orElseThrow();
        user = users.createAuthenticated(env, "GARMIN", "ref-42", "ACTIVITY_EXPORT", "garmin-1");
        api = as(creds);
    }

    /** A daily at local midnight +01:00 with one heart-rate and one calorie sample. */
    static String daily(String date, int steps) {
        return """
                {"metadata":{"start_time":"%1$sT00:00:00.000000+01:00","end_time":"%1$sT23:59:59.000000+01:00",\
                "upload_type":1,"timestamp_localization":1},\
                "distance_data":{"steps":%2$d,"distance_meters":812.5},\
                "heart_rate_data":{"summary":{"avg_hr_bpm":61.5},\
                "detailed":{"hr_samples":[{"timestamp":"%1$sT08:00:00.000000+01:00","bpm":60.5}]}},\
                "calories_data":{"total_burned_calories":2100.5,\
                "calorie_samples":[{"timestamp":"%1$sT08:00:00.000000+01:00","calories":1.5}]}}""".formatted(date, steps);
    }

    static String withoutSamples(String date, int steps) {
        return """
                {"metadata":{"start_time":"%1$sT00:00:00.000000+01:00","end_time":"%1$sT23:59:59.000000+01:00",\
                "upload_type":1,"timestamp_localization":1},\
                "distance_data":{"steps":%2$d,"distance_meters":812.5},\
                "heart_rate_data":{"summary":{"avg_hr_bpm":61.5},"detailed":{}},\
                "calories_data":{"total_burned_calories":2100.5}}""".formatted(date, steps);
    }

    <T extends TerraDataModel> T model(String text, Class<T> c) {
        return json.readValue(text, c);
    }

    IngestResult put(String... dailies) {
        return ingest.ingest(
                env,
                user,
                java.util.Arrays.stream(dailies).map(d -> model(d, Daily.class)).toList(),
                UUID.randomUUID().toString());
    }

    JsonNode tree(String s) {
        return json.readTree(s);
    }

    JsonNode userJson() {
        return api.get("/v2/userInfo?user_id=" + user.id()).json().get("user");
    }

    String read(String query) {
        return "/v2/daily?user_id=" + user.id() + "&" + query;
    }

    @Test
    void syncReadReturnsExactlyTheDaysOfTheRangeWithAndWithoutSamples() {
        put(DAY_27, DAY_28, DAY_29);
        TestHttp.Response r =
                api.get(read("start_date=2022-10-28&end_date=2022-10-28&to_webhook=false&with_samples=true"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(UUID.fromString(r.header("terra-reference"))).isNotNull();
        JsonNode expected = tree("{\"user\":" + userJson() + ",\"data\":[" + DAY_28 + "],\"type\":\"daily\"}");
        assertThat(r.json()).isEqualTo(expected);

        // with_samples=false strips the sample arrays; the default (environment setting false) does the same
        JsonNode stripped = tree("{\"user\":" + userJson() + ",\"data\":[" + withoutSamples("2022-10-28", 1234)
                + "],\"type\":\"daily\"}");
        assertThat(api.get(read("start_date=2022-10-28&end_date=2022-10-28&to_webhook=false&with_samples=false"))
                        .json())
                .isEqualTo(stripped);
        assertThat(api.get(read("start_date=2022-10-28&end_date=2022-10-28&to_webhook=false"))
                        .json())
                .isEqualTo(stripped);

        // two days, in start order
        JsonNode two = api.get(read("start_date=2022-10-28&end_date=2022-10-29&to_webhook=false&with_samples=true"))
                .json();
        assertThat(two.get("data")).isEqualTo(tree("[" + DAY_28 + "," + DAY_29 + "]"));

        // the environment's samples default applies when with_samples is absent
        api.patch("/v2/dashboard/settings/data-types", "{\"samples\":true}");
        assertThat(api.get(read("start_date=2022-10-28&end_date=2022-10-28&to_webhook=false"))
                        .json())
                .isEqualTo(expected);
    }

    @Test
    void syncReadsCopyNonAsciiTextUnchangedInShortAndLongRanges() {
        String name = "Z\u00fcrich L\u00e4ufer \u2713 \ud83d\ude00 \u65e5\u672c";
        String day = DAY_28.replace(
                "\"distance_data\"",
                "\"device_data\":{\"name\":\"" + name + "\",\"manufacturer\":\"\u00c9cole\"},\"distance_data\"");
        put(day);
        // a few days of a once-a-day type (built in memory, with Content-Length) and a long range (streamed)
        for (String q : List.of(
                "start_date=2022-10-28&end_date=2022-10-28&to_webhook=false&with_samples=true",
                "start_date=2022-01-01&end_date=2022-12-31&to_webhook=false&with_samples=true")) {
            TestHttp.Response r = api.get(read(q));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.header("content-type")).contains("application/json");
            assertThat(r.json().get("data")).as(q).isEqualTo(tree("[" + day + "]"));
            assertThat(r.json()
                            .get("data")
                            .get(0)
                            .get("device_data")
                            .get("name")
                            .asString())
                    .isEqualTo(name);
        }
        JsonNode stripped = api.get(read("start_date=2022-10-28&end_date=2022-10-28&to_webhook=false"))
                .json()
                .get("data")
                .get(0);
        assertThat(stripped.get("device_data").get("name").asString()).isEqualTo(name);
    }

    @Test
    void eachReadPathReadsItsOwnTypeUnderBothBasePaths() {
        put(DAY_28);
        String q = "?to_webhook=false&start_date=2022-10-28&end_date=2022-10-28&user_id=" + user.id();
        Map<String, String> types = Map.of(
                "activity", "activity",
                "sleep", "sleep",
                "body", "body",
                "daily", "daily",
                "nutrition", "nutrition",
                "menstruation", "menstruation",
                "plannedWorkout", "planned_workout");
        types.forEach((path, type) -> {
            for (String base : List.of("/v2/", "/api/v2/")) {
                TestHttp.Response r = api.get(base + path + q);
                assertThat(r.status()).as(base + path + ": " + r.body()).isEqualTo(200);
                assertThat(r.json().get("type").asString()).as(base + path).isEqualTo(type);
                assertThat(r.json().get("user")).isEqualTo(userJson());
                assertThat(r.json().get("data")).as(base + path).hasSize(type.equals("daily") ? 1 : 0);
            }
        });
        // the short read's body, whole and exact (the objects as PostgreSQL prints them), with its length
        String stored = jdbc.sql("SELECT payload::text FROM data_objects WHERE user_id = ? AND type = 'daily'")
                .param(user.id())
                .query(String.class)
                .single();
        TestHttp.Response r = api.get("/api/v2/daily" + q + "&with_samples=true");
        assertThat(r.body()).isEqualTo("{\"user\":" + userJson() + ",\"data\":[" + stored + "],\"type\":\"daily\"}");
        assertThat(r.header("content-length"))
                .isEqualTo(String.valueOf(r.body().getBytes(StandardCharsets.UTF_8).length));
        assertThat(api.get(read("start_date=2022-11-01&end_date=2022-11-02&to_webhook=false"))
                        .body())
                .isEqualTo("{\"user\":" + userJson() + ",\"data\":[],\"type\":\"daily\"}");
    }

    @Test
    void dateBoundsAreLocalDaysUnixSecondsAreInstantsAndEndDefaultsToNow() {
        put(DAY_27, DAY_28, DAY_29);
        // 2022-10-28T00:00+01:00 = 1666911600; an instant range around it selects only the 28th
        JsonNode r = api.get(read("start_date=1666911600&end_date=1666911600&to_webhook=false&with_samples=true"))
                .json();
        assertThat(r.get("data")).isEqualTo(tree("[" + DAY_28 + "]"));
        // one second later excludes it
        assertThat(api.get(read("start_date=1666911601&end_date=1666997999&to_webhook=false"))
                        .json()
                        .get("data"))
                .isEmpty();
        // bounds far from today (year 0, BC, five-digit years) are an empty result, not an error
        for (String range : List.of(
                "start_date=0000-01-01&end_date=0000-01-02",
                "start_date=9999-12-30&end_date=9999-12-31",
                "start_date=-99999999999&end_date=-99999999000",
                "start_date=999999999000&end_date=999999999999")) {
            TestHttp.Response far = api.get(read(range + "&to_webhook=false"));
            assertThat(far.status()).as(range + ": " + far.body()).isEqualTo(200);
            assertThat(far.json().get("data")).as(range).isEmpty();
        }
        // no end_date: up to now, so every day from the start
        assertThat(api.get(read("start_date=2022-10-28&to_webhook=false"))
                        .json()
                        .get("data"))
                .hasSize(2);
        // a local day means that day in the object's own offset: a sleep starting 23:30 at -05:00 on the 28th
        // (04:30 UTC on the 29th) belongs to the 28th
        Sleep sleep = model("""
                {"metadata":{"start_time":"2022-10-28T23:30:00.000000-05:00","end_time":"2022-10-29T07:00:00.000000-05:00",\
                "summary_id":"s-1","upload_type":1,"is_nap":false}}""", Sleep.class);
        ingest.ingest(env, user, List.of(sleep), "r");
        String q = "/v2/sleep?user_id=" + user.id() + "&to_webhook=false&start_date=";
        assertThat(api.get(q + "2022-10-28&end_date=2022-10-28").json().get("data"))
                .hasSize(1);
        assertThat(api.get(q + "2022-10-29&end_date=2022-10-29").json().get("data"))
                .isEmpty();
    }

    @Test
    void sameIdentityKeyReplacesAndReEmitsIdenticalPayloadEmitsNothing() {
        String ref = UUID.randomUUID().toString();
        Activity a1 = model(activity("run-1", 5000.5), Activity.class);
        IngestResult r1 = ingest.ingest(env, user, List.of(a1), ref);
        assertThat(r1).isEqualTo(new IngestResult(1, 0, 0, 1));
        IngestResult r2 = ingest.ingest(env, user, List.of(model(activity("run-1", 6000.5), Activity.class)), ref);
        assertThat(r2).isEqualTo(new IngestResult(0, 1, 0, 1));
        IngestResult r3 = ingest.ingest(env, user, List.of(model(activity("run-1", 6000.5), Activity.class)), ref);
        assertThat(r3).isEqualTo(new IngestResult(0, 0, 1, 0));
        Map<String, Object> row = jdbc.sql("SELECT count(*) AS n, max(version) AS v FROM data_objects WHERE user_id = ?"
                        + " AND type = 'activity'")
                .param(user.id())
                .query()
                .singleRow();
        assertThat(((Number) row.get("n")).intValue()).isEqualTo(1);
        assertThat(((Number) row.get("v")).intValue()).isEqualTo(2);
        List<String> payloads = jdbc.sql("SELECT payload::text FROM events WHERE reference = ? ORDER BY seq")
                .param(ref)
                .query(String.class)
                .list();
        assertThat(payloads).hasSize(2);
        JsonNode second = tree(payloads.get(1));
        assertThat(second.get("type").asString()).isEqualTo("activity");
        assertThat(second.get("version").asString()).isEqualTo("2022-03-16");
        assertThat(second.get("user").get("user_id").asString())
                .isEqualTo(user.id().toString());
        assertThat(second.get("data")).isEqualTo(tree("[" + activity("run-1", 6000.5) + "]"));
        assertThat(api.get("/v2/userInfo?user_id=" + user.id())
                        .json()
                        .get("user")
                        .get("last_webhook_update")
                        .isNull())
                .isFalse();
    }

    static String activity(String id, double meters) {
        return """
                {"metadata":{"summary_id":"%s","start_time":"2022-10-28T07:00:00.000000+01:00",\
                "end_time":"2022-10-28T08:00:00.000000+01:00","type":8,"upload_type":1,"name":"Morning run"},\
                "distance_data":{"summary":{"distance_meters":%s}},\
                "position_data":{"position_samples":[{"timestamp":"2022-10-28T07:00:00.000000+01:00",\
                "coords_lat_lng_deg":[51.5,-0.1]}]}}""".formatted(id, meters);
    }

    @Test
    void ingestChunksEventsByTenObjects() {
        String ref = UUID.randomUUID().toString();
        List<Daily> days = new java.util.ArrayList<>();
        for (int i = 1; i <= 23; i++) days.add(model(daily("2022-01-%02d".formatted(i), i), Daily.class));
        assertThat(ingest.ingest(env, user, days, ref).eventsEmitted()).isEqualTo(3);
        List<Integer> sizes = jdbc.sql(
                        "SELECT json_array_length(payload->'data') FROM events WHERE reference = ?" + " ORDER BY seq")
                .param(ref)
                .query(Integer.class)
                .list();
        assertThat(sizes).containsExactly(10, 10, 3);
    }

    @Test
    void asyncReadEmitsTheDataWithTheReference() throws Exception {
        put(DAY_27, DAY_28, DAY_29);
        // no destination: 400 naming both ways out
        JsonNode p = assertProblem(api.get(read("start_date=2022-10-28&end_date=2022-10-29")), 400);
        assertThat(p.get("detail").asString()).contains("destination").contains("to_webhook=false");

        TestDestinations.add(env.id());
        TestHttp.Response r = api.get(read("start_date=2022-10-28&end_date=2022-10-29&with_samples=true"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode ack = r.json();
        String ref = ack.get("reference").asString();
        assertThat(r.header("terra-reference")).isEqualTo(ref);
        assertThat(ack.get("status").asString()).isEqualTo("success");
        assertThat(ack.get("type").asString()).isEqualTo("daily");
        assertThat(ack.get("trace_id").asString()).isEqualTo(ref);
        assertThat(ack.has("message")).isFalse();
        assertThat(ack.get("user").get("user_id").asString())
                .isEqualTo(user.id().toString());

        List<JsonNode> events = awaitEvents(ref, 1);
        assertThat(events).hasSize(1);
        JsonNode e = events.get(0);
        assertThat(e.get("type").asString()).isEqualTo("daily");
        assertThat(e.get("version").asString()).isEqualTo("2022-03-16");
        assertThat(e.get("data")).isEqualTo(tree("[" + DAY_28 + "," + DAY_29 + "]"));
        assertThat(e.get("user").get("user_id").asString()).isEqualTo(user.id().toString());
    }

    @Test
    void largeRequestEmitsProcessingSendingAndChunks() throws Exception {
        TestDestinations.add(env.id());
        List<Daily> days = new java.util.ArrayList<>();
        LocalDate d = LocalDate.of(2022, 9, 25);
        for (int i = 0; i < 12; i++) days.add(model(daily(d.plusDays(i).toString(), i), Daily.class));
        ingest.ingest(env, user, days, "setup");
        TestHttp.Response r = api.get(read("start_date=2022-09-25&end_date=2022-10-06&to_webhook=true"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode ack = r.json();
        assertThat(ack.get("message").asString())
                .isEqualTo("Large request submitted. The data is being processed and will be sent to your destination"
                        + " in chunks");
        String ref = ack.get("reference").asString();
        List<JsonNode> events = awaitEvents(ref, 4);
        assertThat(events.stream().map(e -> e.get("type").asString()))
                .containsExactly("large_request_processing", "large_request_sending", "daily", "daily");
        JsonNode processing = events.get(0);
        assertThat(processing.get("status").asString()).isEqualTo("processing");
        assertThat(processing.get("message").asString()).isEqualTo("Large request is processing");
        assertThat(processing.get("reference").asString()).isEqualTo(ref);
        assertThat(processing.get("user").get("user_id").asString())
                .isEqualTo(user.id().toString());
        JsonNode sending = events.get(1);
        assertThat(sending.get("expected_payloads").asInt()).isEqualTo(2);
        assertThat(sending.get("message").asString()).isEqualTo("Large request is being sent");
        assertThat(sending.get("reference").asString()).isEqualTo(ref);
        assertThat(events.get(2).get("data")).hasSize(10);
        assertThat(events.get(3).get("data")).hasSize(2);
        // without samples by default
        assertThat(events.get(2).get("data").get(0).get("calories_data").has("calorie_samples"))
                .isFalse();
        List<String> refs = jdbc.sql("SELECT DISTINCT reference FROM events WHERE reference = ?")
                .param(ref)
                .query(String.class)
                .list();
        assertThat(refs).containsExactly(ref);
    }

    List<JsonNode> awaitEvents(String reference, int n) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        List<String> payloads = List.of();
        while (Instant.now().isBefore(deadline)) {
            jobs.drain();
            payloads = jdbc.sql("SELECT payload::text FROM events WHERE reference = ? ORDER BY seq")
                    .param(reference)
                    .query(String.class)
                    .list();
            if (payloads.size() >= n) break;
            Thread.sleep(100);
        }
        Thread.sleep(200); // nothing more arrives
        payloads = jdbc.sql("SELECT payload::text FROM events WHERE reference = ? ORDER BY seq")
                .param(reference)
                .query(String.class)
                .list();
        return payloads.stream().map(this::tree).toList();
    }

    @Test
    void athleteSyncAndAsync() throws Exception {
        ingest.ingest(
                env,
                user,
                List.of(model(
                        "{\"first_name\":\"Grace\",\"age\":36,\"provider_user_id\":\"garmin-1\"}", Athlete.class)),
                "r");
        TestHttp.Response r = api.get("/v2/athlete?to_webhook=false&user_id=" + user.id());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("terra-reference")).isNotBlank();
        assertThat(r.json())
                .isEqualTo(tree("{\"user\":" + userJson()
                        + ",\"athlete\":{\"first_name\":\"Grace\",\"age\":36,\"provider_user_id\":\"garmin-1\"},"
                        + "\"type\":\"athlete\"}"));
        TestDestinations.add(env.id());
        JsonNode ack = api.get("/v2/athlete?user_id=" + user.id()).json();
        assertThat(ack.get("type").asString()).isEqualTo("athlete");
        List<JsonNode> events = awaitEvents(ack.get("reference").asString(), 1);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("type").asString()).isEqualTo("athlete");
        assertThat(events.get(0).get("athlete").get("first_name").asString()).isEqualTo("Grace");
        assertThat(events.get(0).get("version").asString()).isEqualTo("2022-03-16");
    }

    @Test
    void disabledTypesAreNeitherStoredNorReadable() {
        JsonNode s = api.patch("/v2/dashboard/settings/data-types", "{\"sleep\":false}")
                .json();
        assertThat(s)
                .isEqualTo(tree("{\"activity\":true,\"daily\":true,\"body\":true,\"sleep\":false,\"nutrition\":true,"
                        + "\"menstruation\":true,\"athlete\":true,\"samples\":false}"));
        assertThat(api.get("/v2/dashboard/settings/data-types").json()).isEqualTo(s);
        Sleep sleep = model(
                "{\"metadata\":{\"start_time\":\"2022-10-28T23:30:00.000000+00:00\",\"end_time\":"
                        + "\"2022-10-29T07:00:00.000000+00:00\",\"summary_id\":\"s-9\",\"upload_type\":1}}",
                Sleep.class);
        assertThat(ingest.ingest(env, user, List.of(sleep), "r")).isEqualTo(IngestResult.EMPTY);
        JsonNode p =
                assertProblem(api.get("/v2/sleep?to_webhook=false&start_date=2022-10-28&user_id=" + user.id()), 400);
        assertThat(p.get("detail").asString()).contains("sleep").contains("disabled for this environment");
        // an unknown user is a 404 whether or not the type is enabled
        assertProblem(api.get("/v2/sleep?to_webhook=false&start_date=2022-10-28&user_id=" + UUID.randomUUID()), 404);
        assertProblem(api.patch("/v2/dashboard/settings/data-types", "{\"sleep\":\"no\"}"), 400);
        assertProblem(api.patch("/v2/dashboard/settings/data-types", "{\"steps\":true}"), 400);
    }

    @Test
    void badInputNamesTheParameter() {
        String base = "/v2/daily?to_webhook=false&user_id=" + user.id();
        assertThat(assertProblem(api.get(base), 400).get("detail").asString()).contains("start_date");
        assertThat(assertProblem(api.get(base + "&start_date=2022-13-40"), 400)
                        .get("detail")
                        .asString())
                .contains("start_date");
        assertThat(assertProblem(api.get(base + "&start_date=yesterday"), 400)
                        .get("detail")
                        .asString())
                .contains("start_date");
        assertThat(assertProblem(api.get(base + "&start_date=2022-10-28&end_date=2022-10-xx"), 400)
                        .get("detail")
                        .asString())
                .contains("end_date");
        assertThat(assertProblem(api.get(base + "&start_date=2022-10-29&end_date=2022-10-28"), 400)
                        .get("detail")
                        .asString())
                .contains("start_date")
                .contains("after");
        assertThat(assertProblem(api.get(base + "&start_date=2022-10-28&with_samples=maybe"), 400)
                        .get("detail")
                        .asString())
                .contains("with_samples");
        assertThat(assertProblem(
                                api.get("/v2/daily?to_webhook=perhaps&start_date=2022-10-28&user_id=" + user.id()), 400)
                        .get("detail")
                        .asString())
                .contains("to_webhook");
        assertProblem(api.get("/v2/daily?to_webhook=false&start_date=2022-10-28&user_id=" + UUID.randomUUID()), 404);
        assertProblem(api.get("/v2/daily?to_webhook=false&start_date=2022-10-28&user_id=not-a-uuid"), 404);
        assertProblem(api.get("/v2/athlete?to_webhook=false&user_id=" + UUID.randomUUID()), 404);
    }

    @Test
    void usersOfAnotherEnvironmentAreNotFound() {
        put(DAY_28);
        DeveloperCredentials other = newDeveloper();
        TestHttp otherApi = as(env(other, "testing"));
        assertProblem(otherApi.get("/v2/daily?to_webhook=false&start_date=2022-10-28&user_id=" + user.id()), 404);
        // same developer, another environment
        assertProblem(
                as(env(developerOf(), "staging"))
                        .get("/v2/daily?to_webhook=false&start_date=2022-10-28&user_id=" + user.id()),
                404);
    }

    DeveloperCredentials developerOf() {
        // a fresh developer's staging environment stands in for "another environment" as well
        return newDeveloper();
    }

    @Test
    void deauthenticationDeletesTheData() {
        put(DAY_28);
        assertThat(jdbc.sql("SELECT count(*) FROM data_objects WHERE user_id = ?")
                        .param(user.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(api.delete("/v2/auth/deauthenticateUser?user_id=" + user.id())
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM data_objects WHERE user_id = ?")
                        .param(user.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertProblem(api.get("/v2/daily?to_webhook=false&start_date=2022-10-28&user_id=" + user.id()), 404);
    }

    @Test
    void missingRangesArePulledFromTheProviderOnce() {
        User pulled = users.createAuthenticated(env, FakePullConnector.PROVIDER, null, null, "p-1");
        FakePullConnector.CALLS.removeIf(c -> c.userId().equals(pulled.id().toString()));
        String q = "/v2/daily?to_webhook=false&user_id=" + pulled.id() + "&start_date=2022-10-01&end_date=2022-10-03";
        JsonNode r = api.get(q).json();
        assertThat(r.get("data")).hasSize(3);
        assertThat(r.get("data").get(0).get("distance_data").get("steps").asInt())
                .isEqualTo(1);
        assertThat(r.get("data").get(2).get("distance_data").get("steps").asInt())
                .isEqualTo(3);
        long calls = FakePullConnector.CALLS.stream()
                .filter(c -> c.userId().equals(pulled.id().toString()))
                .count();
        assertThat(calls).isEqualTo(1);
        // the same range again: served from the store
        assertThat(api.get(q).json().get("data")).hasSize(3);
        assertThat(FakePullConnector.CALLS.stream()
                        .filter(c -> c.userId().equals(pulled.id().toString()))
                        .count())
                .isEqualTo(1);
        // a wider range pulls only the missing part
        api.get("/v2/daily?to_webhook=false&user_id=" + pulled.id() + "&start_date=2022-10-01&end_date=2022-10-05");
        var last = FakePullConnector.CALLS.stream()
                .filter(c -> c.userId().equals(pulled.id().toString()))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(last.start()).isAfterOrEqualTo(Instant.parse("2022-10-03T12:00:00Z"));
        // pulled data emits no unsolicited events
        assertThat(jdbc.sql("SELECT count(*) FROM events WHERE user_id = ? AND type = 'daily'")
                        .param(pulled.id())
                        .query(Long.class)
                        .single())
                .isZero();
        // the athlete comes from the provider too
        JsonNode a =
                api.get("/v2/athlete?to_webhook=false&user_id=" + pulled.id()).json();
        assertThat(a.get("athlete").get("first_name").asString()).isEqualTo("Ada");
    }

    @Test
    void integrationsListRegisteredConnectors() {
        JsonNode all = http().get("/v2/integrations").json();
        assertThat(all.get("status").asString()).isEqualTo("success");
        assertThat(all.get("providers").toString()).contains(FakePullConnector.PROVIDER);
        assertThat(all.has("sdk_providers")).isTrue();
        List<String> sdk = new java.util.ArrayList<>();
        all.get("sdk_providers").forEach(n -> sdk.add(n.asString()));
        assertThat(sdk).contains("APPLE", "HEALTH_CONNECT", "SAMSUNG");
        assertThat(all.get("providers").toString()).doesNotContain("\"APPLE\"");
        assertThat(http().get("/v2/integrations/detailed").body()).doesNotContain("\"APPLE\"");
        assertThat(http().get("/v2/integrations/detailed?sdk=true").body()).contains("\"provider\":\"APPLE\"");
        JsonNode detailed = http().get("/v2/integrations/detailed").json();
        JsonNode p = null;
        for (JsonNode n : detailed.get("providers"))
            if (n.get("provider").asString().equals(FakePullConnector.PROVIDER)) p = n;
        assertThat(p).isNotNull();
        assertThat(p.get("name").asString()).isEqualTo("Test Pull");
        assertThat(p.get("icon").asString()).startsWith("http://").endsWith("/v2/static/icons/testpull.svg");
        assertThat(p.get("setup").asString()).isEqualTo("API_KEYS_MANAGED");
        assertThat(p.get("enabled").asBoolean()).isTrue();
        assertThat(p.get("types"))
                .isEqualTo(tree("{\"activity\":false,\"body\":false,\"nutrition\":false,\"daily\":true,"
                        + "\"sleep\":false,\"menstruation\":false}"));
        JsonNode withDevId = http().withHeader("dev-id", creds.devId())
                .get("/v2/integrations/detailed?sdk=true")
                .json();
        assertThat(withDevId.get("status").asString()).isEqualTo("success");
        assertProblem(http().get("/v2/integrations/detailed?sdk=perhaps"), 400);
    }

    @Test
    void classicPlannedWorkoutsAreReadByPlannedDate() {
        io.tributary.model.ClassicPlannedWorkout w = model(
                "{\"metadata\":{\"id\":\"pw-1\",\"name\":\"Intervals\",\"type\":8,\"planned_date\":\"2022-10-28\"},"
                        + "\"steps\":[]}",
                io.tributary.model.ClassicPlannedWorkout.class);
        ingest.ingest(env, user, List.of(w), "r");
        JsonNode r = api.get("/v2/plannedWorkout?to_webhook=false&start_date=2022-10-28&end_date=2022-10-28&user_id="
                        + user.id())
                .json();
        assertThat(r.get("data")).hasSize(1);
        assertThat(r.get("data").get(0).get("metadata").get("id").asString()).isEqualTo("pw-1");
        assertThat(api.get("/v2/plannedWorkout?to_webhook=false&start_date=2022-10-29&user_id=" + user.id())
                        .json()
                        .get("data"))
                .isEmpty();
    }

    @Test
    void aRealActiveDestinationAllowsAsyncReadsADeletedOneDoesNot() {
        put(DAY_28);
        String q = read("start_date=2022-10-28&end_date=2022-10-28");
        assertProblem(api.get(q), 400);
        TestHttp.Response created = api.post(
                "/v2/dashboard/destinations",
                "{\"type\":\"webhook\",\"url\":\"http://127.0.0.1:9/hook\",\"healthcheck_enabled\":false}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(api.get(q).status()).isEqualTo(200);
        String id = created.json().get("id").asString();
        assertThat(api.delete("/v2/dashboard/destinations/" + id).status()).isLessThan(300);
        assertProblem(api.get(q), 400);
    }
}
