package io.tributary.server.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.tributary.model.Activity;
import io.tributary.model.Athlete;
import io.tributary.model.DataType;
import io.tributary.model.TerraDataModel;
import io.tributary.model.testsupport.TerraSchemas;
import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.account.UserService;
import io.tributary.server.connection.ConnectionTestSupport;
import io.tributary.server.connection.TokenService;
import io.tributary.server.delivery.Healthchecks;
import io.tributary.server.delivery.Receiver;
import io.tributary.server.ingest.AsyncReadJobs;
import io.tributary.server.ingest.DataIngest;
import io.tributary.server.ingest.DataReads;
import io.tributary.server.ingest.ReadRequest;
import io.tributary.server.ingest.ScheduledPulls;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.ConnectionStore;
import io.tributary.server.storage.DataRange;
import io.tributary.server.storage.User;
import io.tributary.server.support.FakePullConnector;
import io.tributary.server.support.RateLimitedConnector;
import io.tributary.server.support.TestDestinations;
import io.tributary.server.support.TestHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pins the exact bytes of every event type the server produces (field order and nulls included) against golden
 * files in {@code src/test/resources/events/}, each event made by the production code that emits it, and checks
 * each against Terra's schema for its type (skipped, with a message, where the schemas are absent).
 *
 * <p>A golden file is the payload text with placeholders for what differs per run: {@code {{user_id}}} and
 * {@code {{old_user_id}}} stand for the ids of the users the test made (exactly), {@code {{timestamp}}} for a
 * time the server took from its clock or database (any instant in Terra's form, {@code
 * 2026-01-02T03:04:05.123456+00:00}). Everything else must match byte for byte. A missing or differing golden file
 * fails the test and leaves the actual payload, with its placeholders, in {@code target/events-actual/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventPayloadsGoldenIT extends ConnectionTestSupport {
    private static final Path GOLDEN = Path.of("src/test/resources/events");
    private static final Path ACTUAL = Path.of("target/events-actual");
    private static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}\\+00:00";
    private static final Pattern TOKEN = Pattern.compile("\\{\\{(user_id|old_user_id|timestamp)}}");

    /**
     * Terra's schema for each captured event; the classic auth failure event is checked against {@code
     * AuthErrorEvent} except for its {@code type} ({@code auth}, not the 2026 {@code auth_cancelled}: docs/events.md).
     * {@code rate_limit_hit} and {@code healthcheck} have no schema file in Terra's set.
     */
    private static final Map<String, String> SCHEMA = Map.ofEntries(
            Map.entry("activity", "ActivityEvent"),
            Map.entry("daily_read", "DailyEvent"),
            Map.entry("daily_read_empty", "DailyEvent"),
            Map.entry("athlete", "AthleteEvent"),
            Map.entry("athlete_read", "AthleteEvent"),
            Map.entry("large_request_processing", "LargeRequestProcessingEvent"),
            Map.entry("large_request_sending", "LargeRequestSendingEvent"),
            Map.entry("auth_success", "AuthSuccessEvent"),
            Map.entry("auth_success_no_reference", "AuthSuccessEvent"),
            Map.entry("auth_error", "AuthErrorEvent"),
            Map.entry("user_reauth", "UserReauthEvent"),
            Map.entry("deauth", "DeauthEvent"),
            Map.entry("access_revoked", "AccessRevokedEvent"),
            Map.entry("connection_error", "ConnectionErrorEvent"));

    private record Captured(String payload, Map<String, String> ids) {}

    private final Map<String, Captured> captured = new LinkedHashMap<>();
    private WireMockServer wm;

    @Autowired
    UserService users;

    @Autowired
    DataIngest ingest;

    @Autowired
    DataReads reads;

    @Autowired
    AsyncReadJobs readJobs;

    @Autowired
    TokenService tokens;

    @Autowired
    ConnectionStore connections;

    @Autowired
    ScheduledPulls sync;

    @Autowired
    Healthchecks healthchecks;

    @BeforeAll
    void produceEveryEventType() throws Exception {
        wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        RateLimitedConnector.baseUrl = "http://127.0.0.1:" + wm.port();
        dataEvents();
        connectionEvents();
        rateLimitEvents();
        healthcheckEvents();
    }

    @AfterAll
    void stop() {
        if (wm != null) wm.stop();
    }

    private void dataEvents() {
        EnvironmentCredentials creds = env(newDeveloper(), "testing");
        EnvironmentRecord env = environment(creds);
        User user = users.createAuthenticated(env, "GOLDEN", "golden-ref", "activity:read", "golden-1");
        Map<String, String> ids = Map.of("user_id", user.id().toString());

        ingest.ingest(env, user, List.of(activity()), "ref-activity");
        capture("activity", one(env, "activity"), ids);
        ingest.ingest(env, user, List.of(athlete()), "ref-athlete");
        capture("athlete", one(env, "athlete"), ids);

        // reads are sent from storage: the objects as PostgreSQL gives them back
        List<TerraDataModel> days = List.of(
                FakePullConnector.daily(LocalDate.of(2024, 3, 1), 101),
                FakePullConnector.daily(LocalDate.of(2024, 3, 2), 102));
        ingest.ingest(env, user, days, "ref-daily-ingest", false);
        reads.emit(env, user, new ReadRequest(DataType.DAILY, days(1, 3), true), "ref-daily-read");
        capture("daily_read", only(byReference(env, "ref-daily-read")), ids);
        reads.emit(env, user, new ReadRequest(DataType.DAILY, days(10, 12), true), "ref-daily-empty");
        capture("daily_read_empty", only(byReference(env, "ref-daily-empty")), ids);
        reads.emit(env, user, new ReadRequest(DataType.ATHLETE, days(1, 3), true), "ref-athlete-read");
        capture("athlete_read", only(byReference(env, "ref-athlete-read")), ids);

        // a range over a month boundary is a large request: processing, then sending, then the data
        ReadRequest large = new ReadRequest(
                DataType.DAILY,
                new DataRange(LocalDateTime.of(2024, 2, 28, 0, 0), null, LocalDateTime.of(2024, 3, 3, 0, 0), null),
                true);
        assertThat(large.large()).isTrue();
        reads.announceLarge(env, user, large, "ref-large");
        reads.emit(env, user, large, "ref-large");
        List<String> largeEvents = byReference(env, "ref-large");
        assertThat(largeEvents).hasSize(3);
        capture("large_request_processing", largeEvents.get(0), ids);
        capture("large_request_sending", largeEvents.get(1), ids);
    }

    private void connectionEvents() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        EnvironmentRecord env = environment(e);
        String account = "golden-" + UUID.randomUUID();
        String first = query(connectSandbox(e, "golden-ref", null, "approve", account)
                        .header("Location"))
                .get("user_id");
        capture("auth_success", only(payloads(environment(e), "auth")), Map.of("user_id", first));
        // the history pulled after the connection sets the old user's last_webhook_update; wait for it, so the
        // reauth payload is the same on every run (it raced the second connection before)
        for (int i = 0; i < 400 && lastWebhookUpdate(first) == null; i++) sleep(50);
        assertThat(lastWebhookUpdate(first))
                .as("backfill of the first connection")
                .isNotNull();
        String second = query(connectSandbox(e, "golden-ref-2", null, "approve", account)
                        .header("Location"))
                .get("user_id");
        capture(
                "user_reauth",
                only(payloads(environment(e), "user_reauth")),
                Map.of("user_id", second, "old_user_id", first));
        assertThat(as(e).delete("/v2/auth/deauthenticateUser?user_id=" + second).status())
                .isEqualTo(200);
        capture("deauth", only(payloads(environment(e), "deauth")), Map.of("user_id", second));

        EnvironmentCredentials e2 = env(newDeveloper(), "testing");
        String plain = query(connectSandbox(e2, null, null, "approve", null).header("Location"))
                .get("user_id");
        capture("auth_success_no_reference", only(payloads(environment(e2), "auth")), Map.of("user_id", plain));
        EnvironmentCredentials e3 = env(newDeveloper(), "testing");
        TestHttp.Response denied = connectSandbox(e3, "golden-denied", null, "deny", null);
        String deniedUser = query(denied.header("Location")).get("user_id");
        capture("auth_error", only(payloads(environment(e3), "auth")), Map.of("user_id", deniedUser));

        // a degraded connection and a revoked one (TokenService decides which from the provider's answer)
        User degraded = connectedUser(env, "golden-degraded");
        tokens.markFailed(degraded.id(), false, "provider answered 401");
        capture("connection_error", only(payloads(env, "connection_error")), Map.of("user_id", degraded.id() + ""));
        User revoked = connectedUser(env, "golden-revoked");
        tokens.markFailed(revoked.id(), true, "provider answered 401: revoked");
        capture("access_revoked", only(payloads(env, "access_revoked")), Map.of("user_id", revoked.id() + ""));
    }

    private void rateLimitEvents() {
        wm.stubFor(get(urlPathEqualTo("/daily"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        EnvironmentCredentials creds = env(newDeveloper(), "testing");
        EnvironmentRecord env = environment(creds);
        TestDestinations.add(env.id());

        // an asynchronous read answered 429 by the provider
        User reader = users.createAuthenticated(env, RateLimitedConnector.PROVIDER, "rl-read", null, "golden-rl-1");
        readJobs.submit(env, reader, new ReadRequest(DataType.DAILY, days(1, 3), true), "ref-rate-limited");
        for (int i = 0; i < 100 && byReference(env, "ref-rate-limited").isEmpty(); i++) {
            readJobs.drain();
            sleep(50);
        }
        capture(
                "rate_limit_hit_read",
                only(byReference(env, "ref-rate-limited")),
                Map.of("user_id", reader.id().toString()));

        // the history pulled right after a connection, answered 429
        User connected = connectedUser(env, "golden-rl-2");
        sync.syncOne(connections.find(connected.id()).orElseThrow());
        capture(
                "rate_limit_hit_backfill",
                only(payloads(env, "rate_limit_hit").stream()
                        .filter(p -> p.contains(connected.id().toString()))
                        .toList()),
                Map.of("user_id", connected.id().toString()));
    }

    private void healthcheckEvents() throws IOException {
        EnvironmentCredentials creds = env(newDeveloper(), "testing");
        EnvironmentRecord env = environment(creds);
        try (Receiver rx = new Receiver()) {
            TestHttp.Response made =
                    as(creds).post("/v2/dashboard/destinations", "{\"type\":\"webhook\",\"url\":\"" + rx.url() + "\"}");
            assertThat(made.status()).as(made.body()).isEqualTo(201);
            String id = made.json().get("id").asString();
            TestHttp.Response ping = as(creds).post("/v2/dashboard/destinations/ping", "{\"id\":\"" + id + "\"}");
            assertThat(ping.status()).as(ping.body()).isEqualTo(200);
            capture("healthcheck_ping", rx.requests().get(0).bodyString(), Map.of());
        }
        jdbc.sql("UPDATE destinations SET last_healthcheck_at = now() - interval '2 days' WHERE environment_id = ?")
                .param(env.id())
                .update();
        healthchecks.run();
        capture("healthcheck", only(payloads(env, "healthcheck")), Map.of());
    }

    @TestFactory
    Stream<DynamicTest> everyEventMatchesItsGoldenFileByteForByte() {
        assertThat(captured.keySet())
                .containsAll(SCHEMA.keySet())
                .contains("rate_limit_hit_read", "rate_limit_hit_backfill", "healthcheck", "healthcheck_ping");
        return captured.entrySet().stream()
                .map(c -> dynamicTest(c.getKey(), () -> {
                    Path file = GOLDEN.resolve(c.getKey() + ".json");
                    String actual = c.getValue().payload();
                    if (!Files.exists(file)
                            || !matches(read(file), actual, c.getValue().ids())) {
                        Files.createDirectories(ACTUAL);
                        Files.writeString(
                                ACTUAL.resolve(c.getKey() + ".json"),
                                tokenise(actual, c.getValue().ids()) + "\n");
                    }
                    assertThat(file)
                            .as("golden file (actual written to " + ACTUAL + ")")
                            .exists();
                    String golden = read(file);
                    assertThat(matches(golden, actual, c.getValue().ids()))
                            .as("%s%n golden: %s%n actual: %s", c.getKey(), golden, actual)
                            .isTrue();
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyEventValidatesAgainstTerrasSchema() {
        TerraSchemas schemas = TerraSchemas.require();
        return SCHEMA.entrySet().stream()
                .map(s -> dynamicTest(s.getKey(), () -> {
                    List<String> errors = new ArrayList<>(schemas.validate(
                            s.getValue(), captured.get(s.getKey()).payload()));
                    if (s.getKey().equals("auth_error")) errors.removeIf(m -> m.startsWith("/type:"));
                    assertThat(errors)
                            .as(s.getKey() + " against " + s.getValue())
                            .isEmpty();
                }));
    }

    /** Whether {@code actual} is {@code golden} with each placeholder standing for what it names. */
    static boolean matches(String golden, String actual, Map<String, String> ids) {
        StringBuilder regex = new StringBuilder();
        Matcher m = TOKEN.matcher(golden);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(golden.substring(at, m.start())));
            String name = m.group(1);
            regex.append(name.equals("timestamp") ? TIMESTAMP : Pattern.quote(ids.getOrDefault(name, "\u0000")));
            at = m.end();
        }
        regex.append(Pattern.quote(golden.substring(at)));
        return Pattern.compile(regex.toString()).matcher(actual).matches();
    }

    /** The golden form of a payload: the users' ids and the times of this run (not those of 2024) as placeholders. */
    private static String tokenise(String payload, Map<String, String> ids) {
        String out = payload;
        for (var id : ids.entrySet()) out = out.replace(id.getValue(), "{{" + id.getKey() + "}}");
        Matcher m = Pattern.compile(TIMESTAMP).matcher(out);
        StringBuilder b = new StringBuilder();
        while (m.find()) m.appendReplacement(b, m.group().startsWith("2024-") ? m.group() : "{{timestamp}}");
        m.appendTail(b);
        return b.toString();
    }

    private static String read(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private void capture(String name, String payload, Map<String, String> ids) {
        assertThat(captured).doesNotContainKey(name);
        captured.put(name, new Captured(payload, ids));
    }

    private EnvironmentRecord environment(EnvironmentCredentials creds) {
        return accounts.environmentByDevId(creds.devId()).orElseThrow();
    }

    /** An authenticated user with a connection that no scheduled pull picks up during the test. */
    private User connectedUser(EnvironmentRecord env, String providerUserId) {
        User u = users.createAuthenticated(env, RateLimitedConnector.PROVIDER, null, null, providerUserId);
        connections.insert(new ConnectionStore.ConnectionRecord(
                u.id(),
                env.id(),
                RateLimitedConnector.PROVIDER,
                providerUserId,
                null,
                null,
                null,
                null,
                null,
                null,
                ConnectionStore.ConnectionRecord.ACTIVE,
                null,
                null,
                Instant.now().plus(Duration.ofDays(1))));
        return u;
    }

    private static DataRange days(int from, int toExclusive) {
        return new DataRange(
                LocalDateTime.of(2024, 3, from, 0, 0), null, LocalDateTime.of(2024, 3, toExclusive, 0, 0), null);
    }

    private List<String> payloads(EnvironmentRecord env, String type) {
        return jdbc.sql("SELECT payload::text FROM events WHERE environment_id = ? AND type = ? ORDER BY seq")
                .params(env.id(), type)
                .query(String.class)
                .list();
    }

    private String one(EnvironmentRecord env, String type) {
        return only(payloads(env, type));
    }

    private List<String> byReference(EnvironmentRecord env, String reference) {
        return jdbc.sql("SELECT payload::text FROM events WHERE environment_id = ? AND reference = ? ORDER BY seq")
                .params(env.id(), reference)
                .query(String.class)
                .list();
    }

    private static String only(List<String> payloads) {
        assertThat(payloads).hasSize(1);
        return payloads.get(0);
    }

    private Object lastWebhookUpdate(String userId) {
        return jdbc.sql("SELECT last_webhook_update FROM users WHERE id = ?::uuid")
                .param(userId)
                .query()
                .optionalValue()
                .orElse(null);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Activity activity() {
        return TestHttp.JSON.readValue("""
                {"metadata":{"summary_id":"golden-run-1","start_time":"2024-03-01T07:00:00.000000+01:00",
                 "end_time":"2024-03-01T07:45:30.000000+01:00","type":8,"upload_type":1,"name":"Morning run"},
                 "distance_data":{"summary":{"distance_meters":8012.5,"steps":9120}},
                 "calories_data":{"total_burned_calories":612.0},
                 "heart_rate_data":{"summary":{"avg_hr_bpm":151.0,"max_hr_bpm":178.0},
                  "detailed":{"hr_samples":[{"timestamp":"2024-03-01T07:00:05.000000+01:00","bpm":98.0},
                   {"timestamp":"2024-03-01T07:00:10.000000+01:00","bpm":104.0}]}},
                 "device_data":{"name":"Golden Watch","manufacturer":"Tributary"}}
                """, Activity.class);
    }

    private static Athlete athlete() {
        return TestHttp.JSON.readValue("""
                {"first_name":"Ada","last_name":"Golden","sex":"female","date_of_birth":"1990-04-01",
                 "city":"Lisbon","country":"PT","email":"ada@example.com"}
                """, Athlete.class);
    }
}
