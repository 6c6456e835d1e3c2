package io.tributary.server.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.delivery.Receiver;
import io.tributary.server.ingest.ScheduledPulls;
import io.tributary.server.storage.ConnectionStore;
import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.ProviderStandIn;
import io.tributary.server.support.TestHttp;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Oura end to end against a WireMock stand-in of its OAuth and API v2 ({@link ProviderStandIn}, pointed at by
 * {@code TRIBUTARY_OURA_*_URL}): a user connects through {@code /v2/auth/authenticateUser} → authorize → callback,
 * is identified by {@code personal_info}, backfilled page by page ({@code next_token}) over Oura's day windows, a
 * signed webhook is verified and fetched (a forged one refused), the data is read through {@code GET /v2/*} and
 * arrives as events at a webhook destination. Error paths: 401 → one refresh → {@code connection_error}; 429 →
 * {@code rate_limit_hit} and rescheduled; 5xx → retried later; malformed JSON → skipped, nothing half-stored. The
 * stand-in answers only this test's tokens, so other tests' users never see its data.
 */
class OuraEndToEndIT extends IntegrationTest {
    static final Path FIXTURES = Path.of("..", "tributary-connectors", "src", "test", "resources", "oura");
    static final String API = "/oura/api/v2/usercollection/";
    static final List<String> COLLECTIONS =
            List.of("daily_activity", "daily_readiness", "daily_sleep", "sleep", "workout", "heartrate");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConnectionStore connections;

    @Autowired
    ScheduledPulls sync;

    private final WireMockServer wm = ProviderStandIn.server();
    private final List<StubMapping> stubs = new ArrayList<>();

    @AfterEach
    void removeStubs() {
        stubs.forEach(wm::removeStub);
    }

    private StubMapping stub(com.github.tomakehurst.wiremock.client.MappingBuilder b) {
        StubMapping s = wm.stubFor(b);
        stubs.add(s);
        return s;
    }

    static JsonNode fixture(String name) throws Exception {
        return TestHttp.JSON.readTree(Files.readString(FIXTURES.resolve(name + ".json")));
    }

    /** One developer environment with its own Oura app and a webhook destination. */
    record Setup(EnvironmentCredentials env, String clientId, String secret, Receiver receiver)
            implements AutoCloseable {
        @Override
        public void close() {
            receiver.close();
        }
    }

    private Setup setup() throws Exception {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        String clientId = "oura-e2e-" + UUID.randomUUID();
        String secret = "oura-secret-" + UUID.randomUUID();
        TestHttp.Response k = as(e).patch(
                        "/v2/dashboard/providerKeys",
                        "{\"resource\":\"OURA\",\"client_id\":\"" + clientId + "\",\"client_secret\":\"" + secret
                                + "\"}");
        assertThat(k.status()).as(k.body()).isEqualTo(200);
        Receiver rx = new Receiver();
        TestHttp.Response d =
                as(e).post("/v2/dashboard/destinations", "{\"type\":\"webhook\",\"url\":\"" + rx.url() + "\"}");
        assertThat(d.status()).as(d.body()).isBetween(200, 201);
        return new Setup(e, clientId, secret, rx);
    }

    /** The stand-in's token endpoint for one authorization code, and personal_info for its access token. */
    private void account(Setup s, String code, String token, String ouraUser) throws Exception {
        stub(post(urlPathEqualTo("/oura/token"))
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=" + code))
                .withRequestBody(containing("client_id=" + s.clientId()))
                .willReturn(json(
                        200,
                        "{\"access_token\":\"" + token + "\",\"refresh_token\":\"r-" + token
                                + "\",\"expires_in\":86400,\"token_type\":\"bearer\"}")));
        ObjectNode info = (ObjectNode) fixture("personal_info");
        info.put("id", ouraUser);
        stub(get(urlPathEqualTo(API + "personal_info"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(json(200, info.toString())));
    }

    /** Every collection answers its fixture for {@code token}; daily_activity in two pages. */
    private void data(String token) throws Exception {
        for (String c : COLLECTIONS) {
            if (c.equals("daily_activity")) continue;
            stub(get(urlPathEqualTo(API + c))
                    .withHeader("Authorization", equalTo("Bearer " + token))
                    .withQueryParam(c.equals("heartrate") ? "start_datetime" : "start_date", matching(".+"))
                    .withQueryParam(c.equals("heartrate") ? "end_datetime" : "end_date", matching(".+"))
                    .willReturn(json(200, fixture(c).toString())));
        }
        JsonNode first = fixture("daily_activity");
        ObjectNode second = (ObjectNode) first.deepCopy();
        ObjectNode next = (ObjectNode) second.path("data").get(0);
        next.put("id", "daily-activity-2").put("day", "2021-11-27").put("timestamp", "2021-11-27T04:00:00-08:00");
        next.put("steps", 4321);
        second.putNull("next_token");
        ((ObjectNode) first).put("next_token", "page-2");
        stub(get(urlPathEqualTo(API + "daily_activity"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withQueryParam("start_date", matching("\\d{4}-\\d{2}-\\d{2}"))
                .withQueryParam("next_token", absent())
                .willReturn(json(200, first.toString())));
        stub(get(urlPathEqualTo(API + "daily_activity"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withQueryParam("next_token", equalTo("page-2"))
                .willReturn(json(200, second.toString())));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    /** The real HTTP flow: authenticateUser → the stand-in's authorize page → Tributary's callback. */
    private String connect(Setup s, String code) {
        TestHttp.Response start =
                as(s.env()).post("/v2/auth/authenticateUser?resource=OURA", "{\"reference_id\":\"oura-" + code + "\"}");
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        String authUrl = start.json().get("auth_url").asString();
        assertThat(authUrl).startsWith(ProviderStandIn.base("OURA") + "/authorize?");
        Map<String, String> q = query(authUrl);
        assertThat(q).containsEntry("client_id", s.clientId()).containsEntry("response_type", "code");
        assertThat(q.get("scope")).contains("daily").contains("heartrate");
        TestHttp.Response cb =
                http().get(URI.create(q.get("redirect_uri")).getPath() + "?code=" + code + "&state=" + q.get("state"));
        assertThat(cb.status()).as(cb.body()).isEqualTo(302);
        Map<String, String> done = query(cb.header("Location"));
        assertThat(done).containsEntry("resource", "OURA");
        return done.get("user_id");
    }

    static Map<String, String> query(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        String raw = URI.create(url).getRawQuery();
        if (raw == null) return out;
        for (String p : raw.split("&")) {
            int i = p.indexOf('=');
            out.put(
                    URLDecoder.decode(i < 0 ? p : p.substring(0, i), StandardCharsets.UTF_8),
                    i < 0 ? "" : URLDecoder.decode(p.substring(i + 1), StandardCharsets.UTF_8));
        }
        return out;
    }

    private static List<JsonNode> ofType(List<Receiver.Request> got, String type) {
        return got.stream()
                .map(Receiver.Request::json)
                .filter(j -> type.equals(j.path("type").asString()))
                .toList();
    }

    private List<String> eventTypes(String userId) {
        return jdbc.sql("SELECT type FROM events WHERE user_id = ? ORDER BY seq")
                .param(UUID.fromString(userId))
                .query(String.class)
                .list();
    }

    private void await(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    static String sign(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void connectBackfillPushReadAndReceiveEvents() throws Exception {
        try (Setup s = setup()) {
            String token = "oura-at-" + UUID.randomUUID();
            String ouraUser = "oura-user-" + UUID.randomUUID();
            account(s, "code-main", token, ouraUser);
            data(token);
            String userId = connect(s, "code-main");

            // the backfill pulls every collection over Oura's windows (day collections by date, heart rate by time)
            // and follows next_token
            await(
                    "backfill",
                    () -> connections
                            .find(UUID.fromString(userId))
                            .map(c -> c.backfilledAt() != null)
                            .orElse(false));
            for (String c : COLLECTIONS)
                assertThat(wm.findAll(getRequestedFor(urlPathEqualTo(API + c))
                                .withHeader("Authorization", equalTo("Bearer " + token))))
                        .as(c)
                        .isNotEmpty();
            var pages = wm.findAll(getRequestedFor(urlPathEqualTo(API + "daily_activity"))
                    .withHeader("Authorization", equalTo("Bearer " + token)));
            assertThat(pages).hasSize(2);
            assertThat(pages.get(1).queryParameter("next_token").firstValue()).isEqualTo("page-2");
            assertThat(pages.get(1).queryParameter("start_date").firstValue())
                    .isEqualTo(pages.get(0).queryParameter("start_date").firstValue());
            assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/oura/token"))
                            .withRequestBody(containing("code=code-main"))))
                    .hasSize(1);

            // data events at the webhook destination: auth, then the history
            List<Receiver.Request> got = s.receiver()
                    .await(
                            60,
                            r -> List.of("daily", "sleep", "activity", "body").stream()
                                    .allMatch(t -> !ofType(r, t).isEmpty()));
            assertThat(ofType(got, "auth").get(0).get("user").get("user_id").asString())
                    .isEqualTo(userId);
            assertThat(ofType(got, "sleep")
                            .get(0)
                            .get("data")
                            .get(0)
                            .get("metadata")
                            .get("summary_id")
                            .asString())
                    .isEqualTo("cdbd9d6f-9b3a-4dd5-8b7a-0cf5c6c7f0a1");

            // reads: the two daily_activity pages and the readiness/sleep scores merged into Dailies
            TestHttp.Response daily = as(s.env())
                    .get("/v2/daily?user_id=" + userId + "&start_date=2021-11-26&end_date=2021-11-28&to_webhook=false");
            assertThat(daily.status()).as(daily.body()).isEqualTo(200);
            JsonNode days = daily.json().get("data");
            assertThat(days.size()).isEqualTo(2);
            assertThat(days.get(1).get("distance_data").get("steps").asInt()).isEqualTo(4321);
            assertThat(days.get(0).get("metadata").get("start_time").asString())
                    .startsWith("2021-11-26T00:00:00")
                    .endsWith("-08:00"); // Oura's local offset kept
            TestHttp.Response sleep = as(s.env())
                    .get("/v2/sleep?user_id=" + userId + "&start_date=2022-07-11&end_date=2022-07-13&to_webhook=false");
            assertThat(sleep.json().get("data").size()).isEqualTo(1);

            // a verified webhook: the announced workout is fetched by id and its new copy replaces the old one
            ObjectNode workout = (ObjectNode) fixture("workout").path("data").get(0);
            String wid = workout.get("id").asString();
            workout.put("calories", 999.5);
            stub(get(urlPathEqualTo(API + "workout/" + wid))
                    .withHeader("Authorization", equalTo("Bearer " + token))
                    .willReturn(json(200, workout.toString())));
            // as at Oura, the collection serves the updated document too (a read may pull the range meanwhile)
            ObjectNode updated = (ObjectNode) fixture("workout");
            ((ArrayNode) updated.path("data")).set(0, workout);
            stub(get(urlPathEqualTo(API + "workout"))
                    .atPriority(1)
                    .withHeader("Authorization", equalTo("Bearer " + token))
                    .willReturn(json(200, updated.toString())));
            String body = "{\"event_type\":\"update\",\"data_type\":\"workout\",\"object_id\":\"" + wid
                    + "\",\"event_time\":\"2021-01-01T10:00:00+01:00\",\"user_id\":\"" + ouraUser + "\"}";
            String ts = Long.toString(Instant.now().getEpochSecond());
            TestHttp.Response hook = http().withHeader("x-oura-signature", sign(s.secret(), ts, body))
                    .withHeader("x-oura-timestamp", ts)
                    .post("/v2/hooks/oura", body);
            assertThat(hook.status()).as(hook.body()).isEqualTo(200);
            // the event first: a read of the range would pull (and store, without events) the same new copy
            s.receiver()
                    .await(
                            60,
                            r -> ofType(r, "activity").stream()
                                    .anyMatch(j -> j.toString().contains("999.5")));
            await("the announced workout", () -> {
                TestHttp.Response a = as(s.env())
                        .get("/v2/activity?user_id=" + userId
                                + "&start_date=2020-12-31&end_date=2021-01-02&to_webhook=false");
                JsonNode d = a.json().path("data");
                return d.size() == 1
                        && d.get(0)
                                        .path("calories_data")
                                        .path("total_burned_calories")
                                        .asDouble()
                                == 999.5;
            });

            // a forged webhook is refused and fetches nothing
            TestHttp.Response forged = http().withHeader("x-oura-signature", sign("not-the-secret", ts, body))
                    .withHeader("x-oura-timestamp", ts)
                    .post("/v2/hooks/oura", body);
            assertThat(forged.status()).isEqualTo(401);
            assertThat(wm.findAll(getRequestedFor(urlPathEqualTo(API + "workout/" + wid))))
                    .hasSize(1);
        }
    }

    /** The same connection made by an end user in Chromium: the widget, Oura's consent page (the stand-in's), back. */
    @Test
    void connectThroughTheWidgetInChromium() throws Exception {
        java.io.File chromium = new java.io.File("/usr/bin/chromium");
        java.io.File driverBinary = new java.io.File("/usr/bin/chromedriver");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                chromium.canExecute() && driverBinary.canExecute(),
                "skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed (apt-get install -y chromium"
                        + " chromium-driver)");
        try (Setup s = setup()) {
            String token = "oura-browser-" + UUID.randomUUID();
            account(s, "code-browser", token, "oura-user-" + UUID.randomUUID());
            data(token);
            // Oura's consent page, as the stand-in serves it: "Accept" returns to the redirect_uri with code and state
            stub(get(urlPathEqualTo("/oura/authorize"))
                    .withQueryParam("client_id", equalTo(s.clientId()))
                    .willReturn(aResponse()
                            .withHeader("Content-Type", "text/html; charset=utf-8")
                            .withBody("<!doctype html><title>Oura authorization</title><h1>Allow access</h1>"
                                    + "<p>Scopes: {{request.query.scope}}</p><a id=\"accept\" href=\""
                                    + "{{request.query.redirect_uri}}?code=code-browser&state={{request.query.state}}"
                                    + "\">Accept</a>")
                            .withTransformers("response-template")));
            String success = http().base() + "/v2/auth/success?app=demo";
            String url = as(s.env())
                    .post(
                            "/v2/auth/generateWidgetSession",
                            "{\"providers\":\"OURA\",\"language\":\"en\",\"reference_id\":\"oura-browser\","
                                    + "\"auth_success_redirect_url\":\"" + success + "\"}")
                    .json()
                    .get("url")
                    .asString();
            Path profile = Files.createTempDirectory("tributary-chromium-");
            var options = new org.openqa.selenium.chrome.ChromeOptions();
            options.setBinary(chromium.getPath());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    "--window-size=390,844",
                    "--user-data-dir=" + profile);
            var driver = new org.openqa.selenium.chrome.ChromeDriver(
                    new org.openqa.selenium.chrome.ChromeDriverService.Builder()
                            .usingDriverExecutable(driverBinary)
                            .usingAnyFreePort()
                            .build(),
                    options);
            try {
                driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
                var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30));
                driver.get(url);
                wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                                org.openqa.selenium.By.id("provider-OURA")))
                        .click();
                var accept = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                        org.openqa.selenium.By.id("accept")));
                assertThat(driver.getCurrentUrl()).startsWith(ProviderStandIn.base("OURA") + "/authorize?");
                assertThat(driver.findElement(org.openqa.selenium.By.tagName("p"))
                                .getText())
                        .contains("heartrate");
                accept.click();
                wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/v2/auth/success"));
                Map<String, String> q = query(driver.getCurrentUrl());
                assertThat(q).containsEntry("resource", "OURA").containsEntry("reference_id", "oura-browser");
                String userId = q.get("user_id");
                await(
                        "backfill",
                        () -> connections
                                .find(UUID.fromString(userId))
                                .map(c -> c.backfilledAt() != null)
                                .orElse(false));
                assertThat(eventTypes(userId)).contains("auth", "daily", "sleep");
            } finally {
                driver.quit();
                try (var files = Files.walk(profile)) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    @Test
    void a401IsRefreshedOnceThenBecomesConnectionError() throws Exception {
        try (Setup s = setup()) {
            String token = "oura-401-" + UUID.randomUUID();
            account(s, "code-401", token, "oura-user-" + UUID.randomUUID());
            for (String c : COLLECTIONS)
                stub(get(urlPathEqualTo(API + c))
                        .withHeader("Authorization", matching("Bearer (" + token + "|fresh-" + token + ")"))
                        .willReturn(aResponse().withStatus(401)));
            stub(post(urlPathEqualTo("/oura/token"))
                    .withRequestBody(containing("grant_type=refresh_token"))
                    .withRequestBody(containing("refresh_token=r-" + token))
                    .willReturn(json(
                            200,
                            "{\"access_token\":\"fresh-" + token + "\",\"refresh_token\":\"r2-" + token
                                    + "\",\"expires_in\":86400}")));
            String userId = connect(s, "code-401");
            await("connection_error", () -> eventTypes(userId).contains("connection_error"));
            assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/oura/token"))
                            .withRequestBody(containing("refresh_token=r-" + token))))
                    .hasSize(1);
            assertThat(connections.find(UUID.fromString(userId)).orElseThrow().status())
                    .isEqualTo(ConnectionStore.ConnectionRecord.ERROR);
            assertThat(eventTypes(userId)).doesNotContain("daily", "sleep");
        }
    }

    @Test
    void a429BacksOffWithRateLimitHitAndA5xxIsRetriedLater() throws Exception {
        try (Setup s = setup()) {
            String token = "oura-429-" + UUID.randomUUID();
            account(s, "code-429", token, "oura-user-" + UUID.randomUUID());
            data(token);
            StubMapping limited = stub(get(urlPathEqualTo(API + "sleep"))
                    .atPriority(1)
                    .withHeader("Authorization", equalTo("Bearer " + token))
                    .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));
            Instant before = Instant.now();
            String userId = connect(s, "code-429");
            UUID uid = UUID.fromString(userId);
            await("rate_limit_hit", () -> eventTypes(userId).contains("rate_limit_hit"));
            var c = connections.find(uid).orElseThrow();
            assertThat(c.backfilledAt()).isNull();
            assertThat(c.nextSyncAt())
                    .isBetween(before.plusSeconds(590), Instant.now().plusSeconds(601));

            // the provider recovers but answers 503 first: retried later, not lost
            wm.removeStub(limited);
            StubMapping down = stub(get(urlPathEqualTo(API + "sleep"))
                    .atPriority(1)
                    .withHeader("Authorization", equalTo("Bearer " + token))
                    .willReturn(aResponse().withStatus(503)));
            jdbc.sql("DELETE FROM provider_pauses WHERE provider = 'OURA'").update(); // the Retry-After has passed
            Instant retried = Instant.now();
            ScheduledPulls.SyncResult r = sync.syncOne(connections.find(uid).orElseThrow());
            assertThat(r.error()).isEqualTo("TRANSIENT");
            assertThat(connections.find(uid).orElseThrow().nextSyncAt())
                    .isBetween(retried.plusSeconds(29), Instant.now().plusSeconds(31));
            wm.removeStub(down);
            assertThat(sync.syncOne(connections.find(uid).orElseThrow()).error())
                    .isNull();
            assertThat(connections.find(uid).orElseThrow().backfilledAt()).isNotNull();
            assertThat(eventTypes(userId)).contains("sleep", "daily");
            // one rate_limit_hit (the 429), none for the 503
            assertThat(eventTypes(userId).stream().filter("rate_limit_hit"::equals))
                    .hasSize(1);
        }
    }

    @Test
    void malformedJsonIsLoggedAndSkippedWithNothingHalfStored() throws Exception {
        try (Setup s = setup()) {
            String token = "oura-bad-" + UUID.randomUUID();
            String ouraUser = "oura-user-" + UUID.randomUUID();
            account(s, "code-bad", token, ouraUser);
            data(token);
            // the second page of daily_activity is broken: the first page must not be stored alone either
            stub(get(urlPathEqualTo(API + "daily_activity"))
                    .atPriority(1)
                    .withHeader("Authorization", equalTo("Bearer " + token))
                    .withQueryParam("next_token", equalTo("page-2"))
                    .willReturn(json(200, "{\"data\": [ {\"id\": ")));
            stub(get(urlPathEqualTo(API + "workout"))
                    .atPriority(1)
                    .withHeader("Authorization", equalTo("Bearer " + token))
                    .willReturn(json(200, "not json at all")));
            String userId = connect(s, "code-bad");
            UUID uid = UUID.fromString(userId);
            await(
                    "backfill",
                    () -> connections
                            .find(uid)
                            .map(c -> c.backfilledAt() != null)
                            .orElse(false));
            Predicate<String> stored =
                    type -> jdbc.sql("SELECT count(*) FROM data_objects WHERE user_id = ? AND type = ?")
                                    .params(uid, type)
                                    .query(Long.class)
                                    .single()
                            > 0;
            assertThat(stored.test("sleep")).isTrue(); // the rest of the backfill went on
            assertThat(stored.test("body")).isTrue();
            assertThat(stored.test("activity")).isFalse();
            // no Daily from daily_activity's first page (readiness and daily sleep days do exist)
            assertThat(jdbc.sql("SELECT count(*) FROM data_objects WHERE user_id = ? AND type = 'daily'"
                                    + " AND start_local >= '2021-11-26' AND start_local < '2021-11-28'")
                            .param(uid)
                            .query(Long.class)
                            .single())
                    .isZero();
            // the Daily window is one fetch of its three collections: it is skipped whole, readiness included
            assertThat(stored.test("daily")).isFalse();

            // a webhook whose document is malformed: nothing stored for it
            stub(get(urlPathEqualTo(API + "workout/w-broken"))
                    .withHeader("Authorization", equalTo("Bearer " + token))
                    .willReturn(json(200, "{\"id\": \"w-broken\", \"start_datetime\": ")));
            String body = "{\"event_type\":\"create\",\"data_type\":\"workout\",\"object_id\":\"w-broken\","
                    + "\"event_time\":\"2021-01-01T10:00:00+01:00\",\"user_id\":\"" + ouraUser + "\"}";
            String ts = Long.toString(Instant.now().getEpochSecond());
            assertThat(http().withHeader("x-oura-signature", sign(s.secret(), ts, body))
                            .withHeader("x-oura-timestamp", ts)
                            .post("/v2/hooks/oura", body)
                            .status())
                    .isEqualTo(200);
            await(
                    "the webhook's fetch",
                    () -> !wm.findAll(getRequestedFor(urlPathEqualTo(API + "workout/w-broken")))
                            .isEmpty());
            Thread.sleep(500);
            assertThat(stored.test("activity")).isFalse();
        }
    }
}
