package io.tributary.server.connectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import io.tributary.server.shared.SecretBox;
import io.tributary.server.storage.ConnectionStore;
import io.tributary.server.support.ProviderStandIn;
import io.tributary.server.support.TestHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Withings end to end on the real server against a WireMock Withings (the shared {@link ProviderStandIn}, which the
 * {@code TRIBUTARY_WITHINGS_*_URL} settings point at), answering as Withings does: HTTP 200 with {@code {status,
 * body}}, form-encoded POSTs, {@code more}/{@code offset} pages. A user connects through the HTTP flow
 * (authenticateUser → authorize URL → callback → signed requesttoken with a fresh nonce, no client secret on the
 * wire), notifications are subscribed per category, 30 days are backfilled, a notification with the app's callback
 * token is verified and its window fetched, one with a wrong token refused, Withings' HEAD check answered, data read
 * through {@code GET /v2/...} and received as signed events at the developer's webhook; deauthentication revokes the
 * subscriptions and the access at Withings. Error paths: {@code status: 401} after one refresh (whose rotated refresh
 * token is stored) → {@code connection_error}; {@code status: 601} and HTTP 503 → retried later; malformed JSON →
 * nothing stored.
 */
class WithingsEndToEndIT extends ConnectionTestSupport {
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    final WireMockServer wm = ProviderStandIn.server();
    final List<StubMapping> stubs = new ArrayList<>();

    @Autowired
    ConnectionStore connections;

    @Autowired
    SecretBox secrets;

    /** Three days ago in Paris, inside the backfilled month. */
    final LocalDate day = LocalDate.now(PARIS).minusDays(3);
    /** 08:00 on {@link #day} in Paris. */
    final long morning = day.atTime(8, 0).atZone(PARIS).toEpochSecond();

    EnvironmentCredentials e;
    Receiver rx;
    String withingsUser;
    String clientId;
    String secret;

    @BeforeEach
    void setUp() throws IOException {
        e = env(newDeveloper(), "testing");
        long n = System.nanoTime() % 1_000_000_000L;
        withingsUser = Long.toString(30_000_000_000L + n);
        clientId = "withings-client-" + n;
        secret = "withings-secret-" + n;
        TestHttp.Response k = as(e).patch(
                        "/v2/dashboard/providerKeys",
                        "{\"resource\":\"WITHINGS\",\"client_id\":\"" + clientId + "\",\"client_secret\":\"" + secret
                                + "\"}");
        assertThat(k.status()).as(k.body()).isEqualTo(200);
        rx = new Receiver();
        TestHttp.Response d = as(e).post(
                        "/v2/dashboard/destinations",
                        "{\"type\":\"webhook\",\"url\":\"" + rx.url() + "\",\"retry_schedule\":[1,1,1]}");
        assertThat(d.status()).as(d.body()).isEqualTo(201);
        stub(post(urlPathEqualTo("/withings/api/v2/signature"))
                .withRequestBody(containing("action=getnonce"))
                .withRequestBody(containing("client_id=" + clientId))
                .willReturn(ok("{\"nonce\":\"nonce-" + n + "\"}")));
        stub(post(urlPathEqualTo("/withings/api/notify"))
                .withRequestBody(containing("callbackurl="))
                .willReturn(ok("{}")));
        // everything not stubbed by a test is an empty answer, as Withings gives for a window without data
        for (String path : List.of("/withings/api/measure", "/withings/api/v2/measure", "/withings/api/v2/sleep"))
            stub(post(urlPathEqualTo(path))
                    .atPriority(10)
                    .willReturn(
                            ok("{\"measuregrps\":[],\"activities\":[],\"series\":[],\"more\":false,\"offset\":0}")));
    }

    @AfterEach
    void tearDown() {
        stubs.forEach(wm::removeStub);
        rx.close();
    }

    @Test
    void connectBackfillNotifyReadAndDeauth() {
        stubHistory();
        String userId = connect("at-1");

        // notifications subscribed per category (after connect, off the request thread), with this app's token
        await(() -> subscribes().size() >= 6, "six subscriptions");
        List<LoggedRequest> subscribes = subscribes();
        assertThat(subscribes)
                .extracting(r -> form(r).get("appli"))
                .containsExactlyInAnyOrder("1", "2", "4", "16", "44", "46");
        String callback = form(subscribes.get(0)).get("callbackurl");
        assertThat(callback).contains("/v2/hooks/withings?t=" + token(secret));

        // the history: both pages of measures, the day's activity and intraday, workouts, the night and its series
        awaitEvents(r -> has(r, "body") && has(r, "daily") && has(r, "sleep") && has(r, "activity"));
        List<LoggedRequest> meas = calls("/withings/api/measure", "getmeas");
        assertThat(meas).anyMatch(r -> "1".equals(form(r).get("offset")));
        assertThat(meas).allMatch(r -> "Bearer at-1".equals(r.getHeader("Authorization")));
        assertThat(meas).allMatch(r -> "1".equals(form(r).get("category")));

        JsonNode body = await(
                "body with both pages",
                () -> stored("body", userId),
                // page 1 is a weigh-in, page 2 a blood-pressure reading: one Body of the day with both
                b -> b.size() == 1
                        && b.get(0).at("/measurements_data/measurements").size() == 1
                        && b.get(0)
                                        .at("/blood_pressure_data/blood_pressure_samples")
                                        .size()
                                == 1);
        // the day in Paris, at Paris' offset (never forced to UTC)
        String offset = day.atStartOfDay(PARIS).getOffset().getId();
        assertThat(body.get(0).at("/metadata/start_time").asString()).isEqualTo(day + "T00:00:00.000000" + offset);
        assertThat(body.get(0).at("/measurements_data/measurements"))
                .anySatisfy(m -> assertThat(m.at("/weight_kg").asDouble()).isEqualTo(74.126));
        assertThat(body.get(0)
                        .at("/blood_pressure_data/blood_pressure_samples/0/systolic_bp")
                        .asDouble())
                .isEqualTo(121.0);

        JsonNode daily = await(
                "daily with intraday",
                () -> stored("daily", userId),
                x -> x.size() == 1
                        && x.get(0).at("/distance_data/detailed/step_samples").size() == 2);
        assertThat(daily.get(0).at("/distance_data/steps").asInt()).isEqualTo(6200);
        assertThat(daily.get(0).at("/heart_rate_data/detailed/hr_samples/0/bpm").asDouble())
                .isEqualTo(88.0);

        JsonNode workouts = await("the workout", () -> stored("activity", userId), a -> a.size() == 1);
        assertThat(workouts).anySatisfy(a -> {
            assertThat(a.at("/metadata/summary_id").asString()).isEqualTo("777001");
            assertThat(a.at("/metadata/type").asInt()).isEqualTo(1); // biking
            assertThat(a.at("/calories_data/net_activity_calories").asDouble()).isEqualTo(512.0);
        });
        JsonNode sleep = await(
                "sleep with its series",
                () -> stored("sleep", userId),
                s -> s.size() == 1
                        && s.get(0)
                                        .at("/sleep_durations_data/hypnogram_samples")
                                        .size()
                                == 2);
        assertThat(sleep.get(0).at("/metadata/summary_id").asString()).isEqualTo("888001");
        assertThat(sleep.get(0).at("/scores/sleep").asDouble()).isEqualTo(84.0);
        assertThat(sleep.get(0).at("/heart_rate_data/detailed/hr_samples/0/bpm").asDouble())
                .isEqualTo(55.0);

        // the same objects through GET /v2/...
        for (String type : List.of("body", "daily", "activity", "sleep"))
            assertThat(readWhenCovered(type, userId)).as(type).hasSize(1);
        assertThat(readWhenCovered("body", userId)
                        .get(0)
                        .at("/measurements_data/measurements/0/weight_kg")
                        .asDouble())
                .isEqualTo(74.126);

        // Withings' HEAD check of the callback URL
        String t = token(secret);
        assertThat(http().send("HEAD", "/v2/hooks/withings?t=" + t, null, null).status())
                .isEqualTo(200);
        assertThat(http().send("HEAD", "/v2/hooks/withings?t=nope", null, null).status())
                .isEqualTo(401);

        // a notification with the app's callback token: its window is fetched and delivered
        long pushed = morning + 3600;
        stub(post(urlPathEqualTo("/withings/api/measure"))
                .atPriority(1)
                .withRequestBody(containing("startdate=" + pushed))
                .willReturn(ok(measures(group(900001, pushed, "{\"value\":80500,\"type\":1,\"unit\":-3}"), 0))));
        TestHttp.Response accepted =
                notify(t, "userid=" + withingsUser + "&appli=1&startdate=" + pushed + "&enddate=" + pushed);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        await(
                "the pushed weigh-in",
                () -> stored("body", userId),
                b -> b.get(0).at("/measurements_data/measurements").size() == 2);
        awaitEvents(r -> r.stream().anyMatch(x -> x.bodyString().contains("80.5")));

        // a wrong token is refused and fetches nothing
        long forged = pushed + 60;
        TestHttp.Response refused = notify(
                "not-the-token", "userid=" + withingsUser + "&appli=1&startdate=" + forged + "&enddate=" + forged);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/withings/api/measure"))
                        .withRequestBody(containing("startdate=" + forged))))
                .isEmpty();

        // every data event reached the webhook signed with the environment's signing secret
        for (Receiver.Request r : rx.requests())
            assertThat(SignatureVerifier.verify(
                            r.header("terra-signature"),
                            r.body(),
                            e.signingSecret(),
                            System.currentTimeMillis() / 1000))
                    .isTrue();

        // deauthentication revokes the subscriptions and the access (signed, with the user id)
        stub(post(urlPathEqualTo("/withings/token"))
                .withRequestBody(containing("action=revoke"))
                .willReturn(ok("{}")));
        TestHttp.Response gone = as(e).delete("/v2/auth/deauthenticateUser?user_id=" + userId);
        assertThat(gone.status()).as(gone.body()).isEqualTo(200);
        await(
                () -> !wm.findAll(postRequestedFor(urlPathEqualTo("/withings/token"))
                                .withRequestBody(containing("action=revoke"))
                                .withRequestBody(containing("userid=" + withingsUser)))
                        .isEmpty(),
                "the signed revoke");
        LoggedRequest revoke = wm.findAll(postRequestedFor(urlPathEqualTo("/withings/token"))
                        .withRequestBody(containing("userid=" + withingsUser)))
                .get(0);
        Map<String, String> rf = form(revoke);
        assertThat(rf.get("signature")).isEqualTo(hmac(secret, "revoke," + clientId + "," + rf.get("nonce")));
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/withings/api/notify"))
                        .withRequestBody(containing("action=revoke"))
                        .withRequestBody(containing("callbackurl="))))
                .hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void status401AfterOneRefreshBecomesConnectionErrorAndTheRotatedRefreshTokenIsKept() {
        String userId = connect("at-old");
        long night = LocalDate.of(2025, 1, 10).atTime(23, 0).atZone(PARIS).toEpochSecond();
        stub(post(urlPathEqualTo("/withings/api/v2/sleep"))
                .atPriority(1)
                .withRequestBody(containing("startdateymd=2025-01-"))
                .willReturn(json("{\"status\":401,\"body\":{},\"error\":\"XRequestID: Not provided invalid_token\"}")));
        stub(post(urlPathEqualTo("/withings/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .willReturn(ok("{\"userid\":" + withingsUser + ",\"access_token\":\"at-new\",\"refresh_token\":"
                        + "\"rt-rotated\",\"expires_in\":10800,\"scope\":\"user.info,user.metrics,user.activity\","
                        + "\"token_type\":\"Bearer\"}")));
        assertThat(notify(
                                token(secret),
                                "userid=" + withingsUser + "&appli=44&startdate=" + night + "&enddate="
                                        + (night + 28800))
                        .status())
                .isEqualTo(200);
        await(() -> !events(e, "connection_error").isEmpty(), "connection_error");
        assertThat(events(e, "connection_error").get(0).userId()).isEqualTo(UUID.fromString(userId));
        List<LoggedRequest> refreshes = wm.findAll(postRequestedFor(urlPathEqualTo("/withings/token"))
                .withRequestBody(containing("grant_type=refresh_token"))
                .withRequestBody(containing("client_id=" + clientId)));
        assertThat(refreshes).hasSize(1);
        Map<String, String> f = form(refreshes.get(0));
        assertThat(f).containsEntry("action", "requesttoken").containsEntry("refresh_token", "rt-at-old");
        assertThat(f).doesNotContainKey("client_secret");
        assertThat(f.get("signature")).isEqualTo(hmac(secret, "requesttoken," + clientId + "," + f.get("nonce")));
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/withings/api/v2/sleep"))
                        .withHeader("Authorization", equalTo("Bearer at-new"))))
                .as("retried once with the new token")
                .isNotEmpty();
        var c = connections.find(UUID.fromString(userId)).orElseThrow();
        assertThat(secrets.decrypt(c.refreshTokenEnc())).isEqualTo("rt-rotated");
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedLaterAndMalformedAnswersStoreNothing() {
        String userId = connect("at-r");
        long limited = nightOf(LocalDate.of(2025, 2, 10));
        long failing = nightOf(LocalDate.of(2025, 3, 10));
        long broken = nightOf(LocalDate.of(2025, 4, 10));
        // 601 is Withings' "too many requests" in the envelope (the stand-in adds a short Retry-After)
        flaky("2025-02-09", json("{\"status\":601,\"body\":{}}").withHeader("Retry-After", "1"), "888601", limited);
        flaky("2025-03-09", aResponse().withStatus(503), "888503", failing);
        stub(post(urlPathEqualTo("/withings/api/v2/sleep"))
                .atPriority(1)
                .withRequestBody(containing("startdateymd=2025-04-09"))
                .willReturn(json("{\"status\":0,\"body\":{\"series\":[{\"id\":888999,")));
        for (long night : List.of(limited, failing, broken))
            assertThat(notify(
                                    token(secret),
                                    "userid=" + withingsUser + "&appli=44&startdate=" + night + "&enddate="
                                            + (night + 28800))
                            .status())
                    .isEqualTo(200);
        awaitEvents(r -> r.stream().anyMatch(x -> x.bodyString().contains("888601"))
                && r.stream().anyMatch(x -> x.bodyString().contains("888503")));
        // read from the store: a GET of these old windows would pull them again
        List<String> stored = jdbc.sql("SELECT identity_key FROM data_objects WHERE user_id = ? AND type = 'sleep'")
                .param(UUID.fromString(userId))
                .query(String.class)
                .list();
        assertThat(stored).contains("888601", "888503").doesNotContain("888999");
        assertThat(wm.findAll(postRequestedFor(urlPathEqualTo("/withings/api/v2/sleep"))
                        .withRequestBody(containing("startdateymd=2025-04-09"))))
                .as("a malformed answer is not retried")
                .hasSize(1);
        assertThat(rx.requests()).noneMatch(x -> x.bodyString().contains("888999"));
    }

    // --- the stand-in ---

    /** The OAuth flow over HTTP; requesttoken answers {@code accessToken}. Returns Tributary's user id. */
    private String connect(String accessToken) {
        stub(post(urlPathEqualTo("/withings/token"))
                .withRequestBody(containing("action=requesttoken"))
                .withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(ok("{\"userid\":" + withingsUser + ",\"access_token\":\"" + accessToken
                        + "\",\"refresh_token\":\"rt-" + accessToken + "\",\"expires_in\":10800,"
                        + "\"scope\":\"user.info,user.metrics,user.activity\",\"csrf_token\":\"x\","
                        + "\"token_type\":\"Bearer\"}")));
        TestHttp.Response start = as(e).post("/v2/auth/authenticateUser", "{\"provider\":\"WITHINGS\"}");
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        String authUrl = start.json().get("auth_url").asString();
        assertThat(authUrl).startsWith(ProviderStandIn.base("WITHINGS") + "/authorize?");
        Map<String, String> q = query(authUrl);
        assertThat(q)
                .containsEntry("client_id", clientId)
                .containsEntry("response_type", "code")
                .containsEntry("scope", "user.info,user.metrics,user.activity");
        assertThat(q.get("redirect_uri")).endsWith("/v2/auth/callback/withings");
        TestHttp.Response cb = http().get("/v2/auth/callback/withings?code=withings-code&state=" + q.get("state"));
        assertThat(cb.status()).as(cb.body()).isEqualTo(302);
        String userId = query(cb.header("Location")).get("user_id");
        assertThat(userId).as(cb.header("Location")).isNotNull();

        // the signed variant of requesttoken: a fresh nonce, then client_id + nonce + signature, no secret
        List<LoggedRequest> exchanges = wm.findAll(postRequestedFor(urlPathEqualTo("/withings/token"))
                .withRequestBody(containing("client_id=" + clientId))
                .withRequestBody(containing("code=withings-code")));
        assertThat(exchanges).hasSize(1);
        Map<String, String> f = form(exchanges.get(0));
        assertThat(f).containsEntry("action", "requesttoken").containsEntry("grant_type", "authorization_code");
        assertThat(f).doesNotContainKey("client_secret");
        assertThat(f.get("signature")).isEqualTo(hmac(secret, "requesttoken," + clientId + "," + f.get("nonce")));
        LoggedRequest nonce = wm.findAll(postRequestedFor(urlPathEqualTo("/withings/api/v2/signature"))
                        .withRequestBody(containing("client_id=" + clientId)))
                .get(0);
        Map<String, String> nf = form(nonce);
        assertThat(nf.get("signature")).isEqualTo(hmac(secret, "getnonce," + clientId + "," + nf.get("timestamp")));

        var user = as(e).get("/v2/userInfo?user_id=" + userId).json().get("user");
        assertThat(user.get("provider").asString()).isEqualTo("WITHINGS");
        assertThat(connections.find(UUID.fromString(userId)).orElseThrow().providerUserId())
                .isEqualTo(withingsUser);
        return userId;
    }

    /** Two pages of measures, one day of activity and intraday, a workout, a night and its series. */
    private void stubHistory() {
        long bp = morning + 600;
        stub(post(urlPathEqualTo("/withings/api/measure"))
                .atPriority(5)
                .withRequestBody(containing("action=getmeas"))
                .willReturn(ok(measures(
                        group(
                                700001,
                                morning,
                                "{\"value\":74126,\"type\":1,\"unit\":-3},"
                                        + "{\"value\":2358,\"type\":6,\"unit\":-2}"),
                        1))));
        stub(post(urlPathEqualTo("/withings/api/measure"))
                .atPriority(4)
                .withRequestBody(containing("action=getmeas"))
                .withRequestBody(containing("offset=1"))
                .willReturn(ok(measures(
                        group(
                                700002,
                                bp,
                                "{\"value\":79,\"type\":9,\"unit\":0}," + "{\"value\":121,\"type\":10,\"unit\":0}"),
                        0))));
        stub(post(urlPathEqualTo("/withings/api/v2/measure"))
                .atPriority(5)
                .withRequestBody(containing("action=getactivity"))
                .willReturn(ok("{\"activities\":[{\"date\":\"" + day + "\",\"timezone\":\"Europe/Paris\","
                        + "\"steps\":6200,\"distance\":3000,\"elevation\":10,\"soft\":800,\"moderate\":1000,"
                        + "\"intense\":700,\"active\":1700,\"calories\":420,\"totalcalories\":2100,"
                        + "\"hr_average\":71,\"model\":\"ScanWatch\"}],\"more\":false,\"offset\":0}")));
        stub(post(urlPathEqualTo("/withings/api/v2/measure"))
                .atPriority(5)
                .withRequestBody(containing("action=getintradayactivity"))
                .willReturn(ok("{\"series\":{\"" + morning + "\":{\"steps\":57,\"duration\":60,\"heart_rate\":88},\""
                        + (morning + 60) + "\":{\"steps\":12,\"duration\":60,\"heart_rate\":84}}}")));
        stub(post(urlPathEqualTo("/withings/api/v2/measure"))
                .atPriority(5)
                .withRequestBody(containing("action=getworkouts"))
                .willReturn(ok("{\"series\":[{\"id\":777001,\"category\":6,\"timezone\":\"Europe/Paris\","
                        + "\"model\":59,\"attrib\":0,\"startdate\":" + (morning + 7200) + ",\"enddate\":"
                        + (morning + 10800) + ",\"date\":\"" + day + "\",\"data\":{\"calories\":512,"
                        + "\"distance\":25400,\"hr_average\":132}}],\"more\":false,\"offset\":0}")));
        long night = morning - 8 * 3600;
        stub(post(urlPathEqualTo("/withings/api/v2/sleep"))
                .atPriority(5)
                .withRequestBody(containing("action=getsummary"))
                .willReturn(ok(summary("888001", night))));
        stub(post(urlPathEqualTo("/withings/api/v2/sleep"))
                .atPriority(5)
                .withRequestBody(containing("action=get&"))
                .willReturn(ok("{\"series\":[{\"startdate\":" + night + ",\"enddate\":" + (night + 3600)
                        + ",\"state\":1,\"hr\":{\"" + (night + 60) + "\":55}},{\"startdate\":" + (night + 3600)
                        + ",\"enddate\":" + (night + 25200) + ",\"state\":2}]}")));
    }

    /** The night's summary answers {@code first} once, then the summary. */
    private void flaky(String startYmd, ResponseDefinitionBuilder first, String id, long night) {
        String scenario = "withings-" + id + "-" + withingsUser;
        stub(post(urlPathEqualTo("/withings/api/v2/sleep"))
                .atPriority(1)
                .withRequestBody(containing("startdateymd=" + startYmd))
                .inScenario(scenario)
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first)
                .willSetStateTo("recovered"));
        stub(post(urlPathEqualTo("/withings/api/v2/sleep"))
                .atPriority(1)
                .withRequestBody(containing("startdateymd=" + startYmd))
                .inScenario(scenario)
                .whenScenarioStateIs("recovered")
                .willReturn(ok(summary(id, night))));
    }

    private static long nightOf(LocalDate d) {
        return d.atTime(23, 0).atZone(PARIS).toEpochSecond();
    }

    private static String summary(String id, long start) {
        return "{\"series\":[{\"id\":" + id + ",\"timezone\":\"Europe/Paris\",\"model\":32,\"model_id\":63,"
                + "\"startdate\":" + start + ",\"enddate\":" + (start + 28800) + ",\"data\":{\"total_sleep_time\":"
                + "25200,\"sleep_efficiency\":0.875,\"sleep_score\":84,\"hr_average\":56}}],\"more\":false,"
                + "\"offset\":0}";
    }

    private static String group(long grpid, long date, String measures) {
        return "{\"grpid\":" + grpid + ",\"attrib\":0,\"date\":" + date + ",\"category\":1,\"model\":\"Body Cardio\","
                + "\"measures\":[" + measures + "]}";
    }

    private static String measures(String group, int more) {
        return "{\"updatetime\":1594257300,\"timezone\":\"Europe/Paris\",\"measuregrps\":[" + group + "],\"more\":"
                + more + ",\"offset\":" + more + "}";
    }

    private void stub(MappingBuilder m) {
        stubs.add(wm.stubFor(m));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }

    /** Withings' success envelope around {@code body}. */
    private static ResponseDefinitionBuilder ok(String body) {
        return json("{\"status\":0,\"body\":" + body + "}");
    }

    private List<LoggedRequest> subscribes() {
        return wm.findAll(postRequestedFor(urlPathEqualTo("/withings/api/notify"))
                .withRequestBody(containing("action=subscribe"))
                .withHeader("Authorization", equalTo("Bearer at-1")));
    }

    private List<LoggedRequest> calls(String path, String action) {
        return wm
                .findAll(postRequestedFor(urlPathEqualTo(path)).withRequestBody(containing("action=" + action)))
                .stream()
                .filter(r -> ("Bearer at-1").equals(r.getHeader("Authorization")))
                .toList();
    }

    private static Map<String, String> form(LoggedRequest r) {
        return query("http://x/?" + r.getBodyAsString());
    }

    // --- Tributary's side ---

    private static String hmac(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The callback token the connector puts on the subscribed URL. */
    private static String token(String secret) {
        return hmac(secret, "tributary-withings-notify");
    }

    private TestHttp.Response notify(String token, String form) {
        return http().send("POST", "/v2/hooks/withings?t=" + token, form, "application/x-www-form-urlencoded");
    }

    /**
     * The stored objects of a type, straight from the store (polling {@code GET /v2/...} would pull windows the
     * backfill has not covered yet, spending Withings' 120/min quota).
     */
    private JsonNode stored(String type, String userId) {
        var out = TestHttp.JSON.createArrayNode();
        jdbc.sql("SELECT payload::text FROM data_objects WHERE user_id = ? AND type = ? ORDER BY start_time")
                .param(UUID.fromString(userId))
                .param(type)
                .query(String.class)
                .list()
                .forEach(p -> out.add(TestHttp.JSON.readTree(p)));
        return out;
    }

    /** {@code GET /v2/<type>} over the backfilled month, once the backfill has covered it (502 until then). */
    private JsonNode readWhenCovered(String type, String userId) {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            TestHttp.Response r = as(e).get("/v2/" + type + "?user_id=" + userId + "&start_date=" + day.minusDays(1)
                    + "&end_date=" + day.plusDays(1) + "&to_webhook=false");
            if (r.status() == 200) return r.json().get("data");
            assertThat(r.status()).as(r.body()).isEqualTo(502);
            assertThat(System.nanoTime())
                    .as("GET /v2/" + type + ": " + r.body())
                    .isLessThan(until);
            try {
                Thread.sleep(3000);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    private static boolean has(List<Receiver.Request> rs, String type) {
        return rs.stream().anyMatch(r -> type.equals(r.json().path("type").asString()));
    }

    private void awaitEvents(Predicate<List<Receiver.Request>> done) {
        rx.await(120, done);
        assertThat(done.test(rx.requests()))
                .as("webhook events: " + rx.requests().size())
                .isTrue();
    }

    private static JsonNode await(String what, java.util.function.Supplier<JsonNode> read, Predicate<JsonNode> done) {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode last = read.get();
        while (!done.test(last)) {
            assertThat(System.nanoTime())
                    .as("waiting for " + what + "; last: " + last)
                    .isLessThan(until);
            sleep();
            last = read.get();
        }
        return last;
    }

    private static void await(BooleanSupplier done, String what) {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(until);
            sleep();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
