package io.tributary.server.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sun.net.httpserver.HttpServer;
import io.tributary.connectors.ProviderHttp;
import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.ingest.ScheduledPulls;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.ConnectionStore;
import io.tributary.server.support.TestHttp;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the server's {@link ProviderHttp} promises connectors, over real HTTP: the credentials a user typed into a
 * credentials form reach the connector's requests (ZZTEST_CREDS against WireMock), and requests to a provider are
 * held to its descriptor's {@code maxConcurrentRequests} per environment (ZZTEST_OAUTH2 against a counting server).
 */
class ProviderHttpIT extends ConnectionTestSupport {
    static WireMockServer wm;

    @Autowired
    ScheduledPulls pulls;

    @Autowired
    ConnectionStore connectionStore;

    @Autowired
    AccountStore accountStore;

    @Autowired
    ProviderSettings providers;

    @Autowired
    ConnectionHttpFactory httpFactory;

    @BeforeAll
    static void startWireMock() {
        wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        System.setProperty(TestConnectors.BASE_PROPERTY, "http://127.0.0.1:" + wm.port());
    }

    @AfterAll
    static void stopWireMock() {
        wm.stop();
    }

    @BeforeEach
    void reset() {
        wm.resetAll();
    }

    @Test
    void storedCredentialsReachTheConnectorsRequests() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8));
        wm.stubFor(get(urlEqualTo("/creds/daily"))
                .willReturn(aResponse().withStatus(401))
                .atPriority(9));
        wm.stubFor(get(urlEqualTo("/creds/daily"))
                .withHeader("Authorization", equalTo(basic))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"steps\":4321}"))
                .atPriority(1));
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        String state = query(as(e).post("/v2/auth/authenticateUser?resource=ZZTEST_CREDS", "{}")
                        .json()
                        .get("auth_url")
                        .asString())
                .get("state");
        TestHttp.Response ok = http().send(
                        "POST",
                        "/v2/auth/credentials/zztest_creds",
                        "state=" + state + "&username=alice&password=s3cret",
                        "application/x-www-form-urlencoded");
        assertThat(ok.status()).as(ok.body()).isEqualTo(302);
        UUID userId = UUID.fromString(query(ok.header("Location")).get("user_id"));

        ScheduledPulls.SyncResult r = pulls.syncOne(connectionStore.find(userId).orElseThrow());

        assertThat(r.error()).isNull();
        assertThat(r.items()).isEqualTo(1);
        wm.verify(getRequestedFor(urlEqualTo("/creds/daily")).withHeader("Authorization", equalTo(basic)));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        TestHttp.Response daily =
                as(e).get("/v2/daily?user_id=" + userId + "&start_date=" + today + "&to_webhook=false");
        assertThat(daily.status()).as(daily.body()).isEqualTo(200);
        assertThat(daily.json()
                        .get("data")
                        .get(0)
                        .get("distance_data")
                        .get("steps")
                        .asInt())
                .isEqualTo(4321);
    }

    @Test
    void requestsAreHeldToTheProvidersLimitPerEnvironment() throws Exception {
        Map<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> maxInFlight = new ConcurrentHashMap<>();
        AtomicInteger all = new AtomicInteger();
        AtomicInteger maxAll = new AtomicInteger();
        HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.setExecutor(Executors.newFixedThreadPool(20));
        api.createContext("/api/slow", x -> {
            String env = x.getRequestHeaders().getFirst("X-Test-Env");
            int now = inFlight.computeIfAbsent(env, k -> new AtomicInteger()).incrementAndGet();
            maxInFlight.computeIfAbsent(env, k -> new AtomicInteger()).accumulateAndGet(now, Math::max);
            maxAll.accumulateAndGet(all.incrementAndGet(), Math::max);
            try {
                Thread.sleep(250);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            inFlight.get(env).decrementAndGet();
            all.decrementAndGet();
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        api.start();
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            Map<String, ProviderHttp> httpByEnv = Map.of("a", oauth2Connection(), "b", oauth2Connection());
            String url = "http://127.0.0.1:" + api.getAddress().getPort() + "/api/slow";
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++)
                for (var h : httpByEnv.entrySet())
                    calls.add(callers.submit(() -> h.getValue()
                            .send(new ProviderHttp.Request("GET", url, Map.of("X-Test-Env", h.getKey()), null, null))
                            .status()));
            for (Future<Integer> f : calls) assertThat(f.get()).isEqualTo(200);
        } finally {
            callers.shutdownNow();
            api.stop(0);
        }
        assertThat(maxInFlight.get("a").get()).isEqualTo(TestConnectors.OAUTH2_MAX_CONCURRENT_REQUESTS);
        assertThat(maxInFlight.get("b").get()).isEqualTo(TestConnectors.OAUTH2_MAX_CONCURRENT_REQUESTS);
        assertThat(maxAll.get())
                .as("each environment (developer app) has its own slots")
                .isGreaterThan(TestConnectors.OAUTH2_MAX_CONCURRENT_REQUESTS);
    }

    /** A new environment with one user connected to ZZTEST_OAUTH2 through the real flow; its provider HTTP. */
    private ProviderHttp oauth2Connection() {
        EnvironmentCredentials e = env(newDeveloper(), "testing");
        assertThat(as(e).patch(
                                "/v2/dashboard/providerKeys",
                                "{\"resource\":\"ZZTEST_OAUTH2\",\"client_id\":\"cid\",\"client_secret\":\"csecret\"}")
                        .status())
                .isEqualTo(200);
        wm.stubFor(post(urlPathEqualTo("/oauth2/token"))
                .withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"at-" + UUID.randomUUID()
                                + "\",\"refresh_token\":\"rt\",\"expires_in\":3600}")));
        TestHttp.Response start = as(e).post("/v2/auth/authenticateUser", "{\"provider\":\"ZZTEST_OAUTH2\"}");
        assertThat(start.status()).as(start.body()).isEqualTo(200);
        String state = query(start.json().get("auth_url").asString()).get("state");
        TestHttp.Response cb = http().get("/v2/auth/callback/zztest_oauth2?code=c&state=" + state);
        assertThat(cb.status()).as(cb.body()).isEqualTo(302);
        UUID userId = UUID.fromString(query(cb.header("Location")).get("user_id"));
        var env = accountStore.findEnvironment(envId(e)).orElseThrow();
        return httpFactory.forConnection(
                env, userId, providers.require("ZZTEST_OAUTH2").descriptor());
    }
}
