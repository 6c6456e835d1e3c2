package io.tributary.server.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.connection.ConnectionTestSupport;
import io.tributary.server.delivery.Receiver;
import io.tributary.server.delivery.SignatureVerifier;
import io.tributary.server.support.ProviderStandIn;
import io.tributary.server.support.TestHttp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * WHOOP end to end on the real server against a WireMock WHOOP (the shared {@link ProviderStandIn}, which the
 * {@code TRIBUTARY_WHOOP_*_URL} settings point at): a user connects through the HTTP flow (authenticateUser →
 * WHOOP's authorize URL → callback → token exchange with the client credentials in the body → identify by the basic
 * profile), the history is pulled page by page with {@code nextToken}, a signed webhook is verified and its record
 * fetched, a badly signed one refused, the data is read back through {@code GET /v2/...} and arrives as signed
 * events at the developer's webhook; deauthentication revokes at WHOOP. Error paths: 401 after one refresh →
 * {@code connection_error}; 429 and 5xx → retried later; malformed JSON → nothing stored.
 */
class WhoopEndToEndIT extends ConnectionTestSupport {
    static final String FIXTURES = "../tributary-connectors/src/test/resources/whoop/";
    static final String SLEEP_ID = "123e4567-e89b-12d3-a456-426614174000";
    static final String WORKOUT_ID = "ecfc6a15-4661-442f-a9a4-f160dd7afae8";

    final WireMockServer wm = ProviderStandIn.server();

    @org.springframework.beans.factory.annotation.Autowired
    io.tributary.server.storage.ConnectionStore connections;

    final List<StubMapping> stubs = new ArrayList<>();
    final String day = LocalDate.now(ZoneOffset.UTC).minusDays(3).toString();
    final String dayBefore = LocalDate.now(ZoneOffset.UTC).minusDays(4).toString();
    EnvironmentCredentials e;
    Receiver rx;
    String whoopUser;
    String clientId;
    String secret;

    @BeforeEach
    void setUp() throws IOException {
        e = env(newDeveloper(), "testing");
        long n = System.nanoTime() % 1_000_000_000L;
        whoopUser = Long.toString(20_000_000_000L + n);
        clientId = "whoop-client-" + n;
        secret = "whoop-secret-" + n;
        TestHttp.Response k = as(e).patch(
                        "/v2/dashboard/providerKeys",
                        "{\"resource\":\"WHOOP\",\"client_id\":\"" + clientId + "\",\"client_secret\":\"" + secret
                                + "\"}");
        assertThat(k.status()).as(k.body()).isEqualTo(200);
        rx = new Receiver();
        TestHttp.Response d = as(e).post(
                        "/v2/dashboard/destinations",
                        "{\"type\":\"webhook\",\"url\":\"" + rx.url() + "\",\"retry_schedule\":[1,1,1]}");
        assertThat(d.status()).as(d.body()).isEqualTo(201);
    }

    @AfterEach
    void tearDown() {
        stubs.forEach(wm::removeStub);
        rx.close();
    }

    @Test
    void connectBackfillPushReadAndDeauth() {
        stubHistory();
        String token = "at-" + clientId;
        String userId = connect(token, 3600);

        // the history: every page of each collection, with limit=25 and the same window on each page
        awaitEvents(r -> has(r, "daily") && has(r, "sleep") && has(r, "activity"));
        List<LoggedRequest> cycles = wm.findAll(getRequestedFor(urlPathEqualTo("/whoop/api/v2/cycle"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
        assertThat(cycles).hasSizeGreaterThanOrEqualTo(2);
        assertThat(cycles).allMatch(r -> "25".equals(r.queryParameter("limit").firstValue()));
        assertThat(cycles)
                .anyMatch(r -> r.queryParameter("nextToken").isPresent()
                        && r.queryParameter("nextToken").firstValue().equals("page-2"));
        assertThat(cycles)
                .allMatch(r -> r.queryParameter("start").isPresent()
                        && r.queryParameter("end").isPresent());

        JsonNode daily = read("daily", userId, day);
        assertThat(daily.size()).isEqualTo(1);
        assertThat(daily.get(0).at("/strain_data/strain_level").asDouble()).isEqualTo(5.2951527);
        assertThat(daily.get(0).at("/scores/recovery").asDouble()).isEqualTo(44.0);
        assertThat(daily.get(0).at("/metadata/start_time").asString()).isEqualTo(day + "T00:00:00.000000-05:00");
        assertThat(read("daily", userId, dayBefore)
                        .get(0)
                        .at("/strain_data/strain_level")
                        .asDouble())
                .as("the second page")
                .isEqualTo(7.5);
        JsonNode body = read("body", userId, day);
        assertThat(body.get(0)
                        .at("/temperature_data/day_avg_skin_temperature_celsius")
                        .asDouble())
                .isEqualTo(33.7);
        assertThat(body.get(0)
                        .at("/heart_data/heart_rate_data/summary/avg_hrv_rmssd")
                        .asDouble())
                .isEqualTo(31.813562);
        JsonNode athlete =
                as(e).get("/v2/athlete?user_id=" + userId + "&to_webhook=false").json();
        assertThat(athlete.toString()).contains("\"weight_kg\":90.7185");
        JsonNode sleep = read("sleep", userId, dayBefore);
        assertThat(sleep).anySatisfy(s -> {
            assertThat(s.at("/metadata/summary_id").asString()).isEqualTo(SLEEP_ID);
            assertThat(s.at("/readiness_data/readiness").asDouble()).isEqualTo(44.0);
        });

        // a verified webhook: its workout is fetched and delivered
        String pushed = UUID.randomUUID().toString();
        stub(get(urlPathEqualTo("/whoop/api/v2/activity/workout/" + pushed))
                .willReturn(json(record("workout").replace(WORKOUT_ID, pushed))));
        TestHttp.Response ok = hook(event("workout.updated", pushed), secret);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        awaitEvents(r -> r.stream().anyMatch(x -> x.bodyString().contains(pushed)));
        assertThat(read("activity", userId, dayBefore))
                .anySatisfy(
                        a -> assertThat(a.at("/metadata/summary_id").asString()).isEqualTo(pushed));

        // a badly signed one is refused and fetches nothing
        String forged = UUID.randomUUID().toString();
        TestHttp.Response refused = hook(event("workout.updated", forged), "not-the-secret");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/whoop/api/v2/activity/workout/" + forged))))
                .isEmpty();

        // every data event reached the webhook signed with the environment's signing secret
        for (Receiver.Request r : rx.requests())
            assertThat(SignatureVerifier.verify(
                            r.header("terra-signature"),
                            r.body(),
                            e.signingSecret(),
                            System.currentTimeMillis() / 1000))
                    .isTrue();

        // deauthentication revokes at WHOOP
        stub(com.github.tomakehurst.wiremock.client.WireMock.delete(urlPathEqualTo("/whoop/api/v2/user/access"))
                .willReturn(aResponse().withStatus(204)));
        TestHttp.Response gone = as(e).delete("/v2/auth/deauthenticateUser?user_id=" + userId);
        assertThat(gone.status()).as(gone.body()).isEqualTo(200);
        assertThat(wm.findAll(deleteRequestedFor(urlPathEqualTo("/whoop/api/v2/user/access"))))
                .hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void unauthorizedAfterOneRefreshBecomesConnectionError() {
        stubHistory();
        String userId = connect("at-old-" + clientId, 3600);
        String w = UUID.randomUUID().toString();
        stub(get(urlPathEqualTo("/whoop/api/v2/activity/workout/" + w))
                .willReturn(aResponse().withStatus(401)));
        stub(post(urlPathEqualTo("/whoop/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_grant\"}")));
        assertThat(hook(event("workout.updated", w), secret).status()).isEqualTo(200);
        await(() -> !events(e, "connection_error").isEmpty(), "connection_error");
        assertThat(events(e, "connection_error").get(0).userId()).isEqualTo(UUID.fromString(userId));
        List<LoggedRequest> refreshes = wm.findAll(postRequestedFor(urlPathEqualTo("/whoop/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(matching("(.*&)?client_id=" + clientId + "(&.*)?")));
        assertThat(refreshes).hasSize(1);
        assertThat(refreshes.get(0).getBodyAsString()).contains("client_secret=" + secret);
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedLaterAndMalformedAnswersStoreNothing() {
        stubHistory();
        String userId = connect("at-r-" + clientId, 3600);
        String limited = UUID.randomUUID().toString();
        String failing = UUID.randomUUID().toString();
        String broken = UUID.randomUUID().toString();
        flaky(limited, aResponse().withStatus(429).withHeader("Retry-After", "1"));
        flaky(failing, aResponse().withStatus(503));
        stub(get(urlPathEqualTo("/whoop/api/v2/activity/workout/" + broken))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": \"")));
        // a sleep whose recovery answers garbage: the sleep is not stored half-way without it
        String halfSleep = UUID.randomUUID().toString();
        stub(get(urlPathEqualTo("/whoop/api/v2/activity/sleep/" + halfSleep))
                .willReturn(json(record("sleep").replace(SLEEP_ID, halfSleep).replace("93845", "77777"))));
        stub(get(urlPathEqualTo("/whoop/api/v2/cycle/77777/recovery")).willReturn(json("[{")));
        for (String id : List.of(limited, failing, broken))
            assertThat(hook(event("workout.updated", id), secret).status()).isEqualTo(200);
        assertThat(hook(event("sleep.updated", halfSleep), secret).status()).isEqualTo(200);

        awaitEvents(r -> r.stream().anyMatch(x -> x.bodyString().contains(limited))
                && r.stream().anyMatch(x -> x.bodyString().contains(failing)));
        JsonNode activities = read("activity", userId, dayBefore);
        assertThat(activities)
                .extracting(a -> a.at("/metadata/summary_id").asString())
                .contains(limited, failing)
                .doesNotContain(broken);
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/whoop/api/v2/activity/workout/" + broken))))
                .as("a malformed answer is not retried")
                .hasSize(1);
        assertThat(read("sleep", userId, dayBefore))
                .noneSatisfy(
                        s -> assertThat(s.at("/metadata/summary_id").asString()).isEqualTo(halfSleep));
        assertThat(rx.requests())
                .noneMatch(
                        r -> r.bodyString().contains(broken) || r.bodyString().contains(halfSleep));
    }

    // --- the stand-in ---

    /** The OAuth flow over HTTP; the token endpoint answers {@code accessToken}. Returns Tributary's user id. */
    private String connect(String accessToken, int expiresIn) {
        stub(post(urlPathEqualTo("/whoop/token"))
                .withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(json("{\"access_token\":\"" + accessToken + "\",\"refresh_token\":\"rt-" + accessToken
                        + "\",\"expires_in\":" + expiresIn + ",\"token_type\":\"bearer\",\"scope\":\"offline"
                        + " read:recovery read:cycles read:sleep read:workout read:profile read:body_measurement\"}")));
        stub(get(urlPathEqualTo("/whoop/api/v2/user/profile/basic"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken))
                .willReturn(json(fixture("profile"))));
        stub(get(urlPathEqualTo("/whoop/api/v2/user/measurement/body")).willReturn(json(fixture("body_measurement"))));
        TestHttp.Response start = as(e).post("/v2/auth/authenticateUser", "{\"provider\":\"WHOOP\"}");
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        String authUrl = start.json().get("auth_url").asString();
        assertThat(authUrl).startsWith(ProviderStandIn.base("WHOOP") + "/authorize?");
        Map<String, String> q = query(authUrl);
        assertThat(q).containsEntry("client_id", clientId).containsEntry("response_type", "code");
        assertThat(q.get("scope"))
                .startsWith("offline ")
                .contains("read:cycles")
                .contains("read:body_measurement");
        assertThat(q.get("state")).hasSizeGreaterThanOrEqualTo(8); // WHOOP wants at least 8 characters
        assertThat(q.get("redirect_uri")).endsWith("/v2/auth/callback/whoop");
        // the member approves at WHOOP, which redirects the browser back to Tributary with a code and the state
        stub(get(urlPathEqualTo("/whoop/authorize"))
                .withQueryParam("client_id", equalTo(clientId))
                .willReturn(aResponse()
                        .withStatus(302)
                        .withHeader(
                                "Location",
                                "{{request.query.redirect_uri}}?code=whoop-code&state={{request.query.state}}")
                        .withTransformers("response-template")));
        TestHttp.Response atWhoop = new TestHttp("http://127.0.0.1:" + wm.port())
                .get(authUrl.substring(("http://127.0.0.1:" + wm.port()).length()));
        assertThat(atWhoop.status()).as(atWhoop.body()).isEqualTo(302);
        String back = atWhoop.header("Location");
        assertThat(back).startsWith(q.get("redirect_uri") + "?code=whoop-code&state=");
        TestHttp.Response cb = http().get(back.substring(back.indexOf("/v2/auth/callback/whoop")));
        assertThat(cb.status()).as(cb.body()).isEqualTo(302);
        String userId = query(cb.header("Location")).get("user_id");
        assertThat(userId).as(cb.header("Location")).isNotNull();
        List<LoggedRequest> exchanges = wm.findAll(postRequestedFor(urlPathEqualTo("/whoop/token"))
                .withRequestBody(matching("(.*&)?client_id=" + clientId + "(&.*)?"))
                .withRequestBody(containing("code=whoop-code")));
        assertThat(exchanges).hasSize(1);
        LoggedRequest exchange = exchanges.get(0);
        Map<String, String> form = query("http://x/?" + exchange.getBodyAsString());
        assertThat(form).containsEntry("client_id", clientId).containsEntry("client_secret", secret);
        var user = as(e).get("/v2/userInfo?user_id=" + userId).json().get("user");
        assertThat(user.get("provider").asString()).isEqualTo("WHOOP");
        assertThat(connections.find(UUID.fromString(userId)).orElseThrow().providerUserId())
                .isEqualTo(whoopUser);
        return userId;
    }

    /** Two pages of cycles and workouts, one of recoveries and sleeps, for {@link #day} and the day before. */
    private void stubHistory() {
        String cycle2 = record("cycle")
                .replace("93845", "93844")
                .replace(day, dayBefore)
                .replace("5.2951527", "7.5");
        collection("cycle", page(record("cycle"), "page-2"), page(cycle2, null));
        String workout2 = record("workout").replace(WORKOUT_ID, "0b1f2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        collection("activity/workout", page(record("workout"), "page-2"), page(workout2, null));
        collection("recovery", page(record("recovery"), null), null);
        collection("activity/sleep", page(record("sleep"), null), null);
    }

    private void collection(String path, String first, String second) {
        stub(get(urlPathEqualTo("/whoop/api/v2/" + path))
                .withQueryParam("nextToken", absent())
                .withQueryParam("limit", equalTo("25"))
                .withQueryParam("start", matching(".+"))
                .willReturn(json(first)));
        if (second != null)
            stub(get(urlPathEqualTo("/whoop/api/v2/" + path))
                    .withQueryParam("nextToken", equalTo("page-2"))
                    .withQueryParam("start", matching(".+"))
                    .willReturn(json(second)));
    }

    /** The workout answers {@code first} once, then the record. */
    private void flaky(String id, ResponseDefinitionBuilder first) {
        String scenario = "whoop-" + id;
        stub(get(urlPathEqualTo("/whoop/api/v2/activity/workout/" + id))
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first)
                .willSetStateTo("recovered"));
        stub(get(urlPathEqualTo("/whoop/api/v2/activity/workout/" + id))
                .inScenario(scenario)
                .whenScenarioStateIs("recovered")
                .willReturn(json(record("workout").replace(WORKOUT_ID, id))));
    }

    private void stub(MappingBuilder m) {
        stubs.add(wm.stubFor(m));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String page(String record, String next) {
        return "{\"records\":[" + record + "],\"next_token\":" + (next == null ? "null" : "\"" + next + "\"") + "}";
    }

    /** The connector's fixture, with this test's WHOOP user and dates in the backfilled window. */
    private String fixture(String name) {
        try {
            return Files.readString(Path.of(FIXTURES + name + ".json"), StandardCharsets.UTF_8)
                    .replace("10129", whoopUser)
                    .replace("9012", whoopUser)
                    .replace("2022-04-24", day)
                    .replace("2022-04-23", dayBefore);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private String record(String name) {
        return TestHttp.JSON.readTree(fixture(name)).get("records").get(0).toString();
    }

    // --- Tributary's side ---

    private String event(String type, String id) {
        return "{\"user_id\":" + whoopUser + ",\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"trace_id\":\""
                + UUID.randomUUID() + "\"}";
    }

    private TestHttp.Response hook(String body, String key) {
        String ts = Long.toString(System.currentTimeMillis());
        return http().withHeader("X-WHOOP-Signature", sign(key, ts, body))
                .withHeader("X-WHOOP-Signature-Timestamp", ts)
                .send("POST", "/v2/hooks/whoop", body, "application/json");
    }

    private static String sign(String key, String ts, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal((ts + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** {@code GET /v2/<type>} from {@code from} to {@link #day} + 1, as stored. */
    private JsonNode read(String type, String userId, String from) {
        TestHttp.Response r = as(e).get("/v2/" + type + "?user_id=" + userId + "&start_date=" + from + "&end_date="
                + LocalDate.parse(day).plusDays(1) + "&to_webhook=false");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("data");
    }

    private static boolean has(List<Receiver.Request> rs, String type) {
        return rs.stream().anyMatch(r -> type.equals(r.json().path("type").asString()));
    }

    private void awaitEvents(java.util.function.Predicate<List<Receiver.Request>> done) {
        rx.await(90, done);
        assertThat(done.test(rx.requests()))
                .as("webhook events: " + rx.requests().size())
                .isTrue();
    }

    private static void await(BooleanSupplier done, String what) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(until);
            try {
                Thread.sleep(200);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
