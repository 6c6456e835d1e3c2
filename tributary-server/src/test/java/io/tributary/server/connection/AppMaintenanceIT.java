package io.tributary.server.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.tributary.connectors.Connectors;
import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.storage.AppMaintenanceStore;
import io.tributary.server.storage.ConnectorStateStore;
import io.tributary.server.storage.NodeHeartbeat;
import io.tributary.server.storage.NodeStore;
import io.tributary.server.support.ProviderStandIn;
import io.tributary.server.support.TestHttp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@link io.tributary.connectors.Connector#maintainApp} scheduled per developer app: Oura's webhook subscriptions
 * created against the provider stand-in by exactly one of two nodes ticking at once, renewed when they near expiry,
 * and a 429 answered by trying again after its Retry-After.
 */
class AppMaintenanceIT extends ConnectionTestSupport {
    private static final String SUBSCRIPTIONS = "/oura/api/v2/webhook/subscription";

    @Autowired
    AppMaintenance nodeA;

    @Autowired
    Connectors connectors;

    @Autowired
    ProviderApps apps;

    @Autowired
    AppContexts contexts;

    @Autowired
    AppMaintenanceStore store;

    @Autowired
    NodeStore nodes;

    @Autowired
    ConnectorStateStore state;

    @Autowired
    Clock clock;

    private final WireMockServer wm = ProviderStandIn.server();
    private final List<StubMapping> stubs = new ArrayList<>();

    @AfterEach
    void removeStubs() {
        stubs.forEach(wm::removeStub);
    }

    private String ouraKeys(EnvironmentCredentials e, String clientId) {
        TestHttp.Response r = as(e).patch(
                        "/v2/dashboard/providerKeys",
                        "{\"resource\":\"OURA\",\"client_id\":\"" + clientId + "\",\"client_secret\":\"s-" + clientId
                                + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return envId(e).toString();
    }

    private List<LoggedRequest> posts(String clientId) {
        return wm.findAll(postRequestedFor(urlPathEqualTo(SUBSCRIPTIONS)).withHeader("x-client-id", equalTo(clientId)));
    }

    @Test
    void oneOfTwoNodesCreatesTheSubscriptionsAndTheyAreRenewedBeforeExpiry() throws Exception {
        String clientId = "oura-maint-" + System.nanoTime();
        stubs.add(wm.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS))
                .withHeader("x-client-id", equalTo(clientId))
                .withHeader("x-client-secret", equalTo("s-" + clientId))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("[]"))));
        stubs.add(wm.stubFor(post(urlPathEqualTo(SUBSCRIPTIONS))
                .withHeader("x-client-id", equalTo(clientId))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"sub-" + clientId + "\"}"))));
        String ref = ouraKeys(env(newDeveloper(), "testing"), clientId);

        // two nodes tick at the same moment: the row is claimed by one of them
        AppMaintenance nodeB = new AppMaintenance(
                connectors,
                apps,
                contexts,
                store,
                new NodeHeartbeat(nodes, Duration.ofSeconds(3), Duration.ofSeconds(15)),
                clock,
                Duration.ofHours(1));
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(nodeA::tick);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(nodeB::tick);
        a.get();
        b.get();
        awaitPosts(clientId, 10);
        Thread.sleep(300);
        // 5 collections x create/update, each exactly once
        List<LoggedRequest> made = posts(clientId);
        assertThat(made).hasSize(10);
        List<String> pairs = new ArrayList<>();
        for (LoggedRequest r : made) {
            JsonNode body = TestHttp.JSON.readTree(r.getBodyAsString());
            assertThat(body.get("callback_url").asString()).endsWith("/v2/hooks/oura");
            assertThat(body.get("verification_token").asString()).isNotBlank();
            pairs.add(body.get("data_type").asString() + "/"
                    + body.get("event_type").asString());
        }
        assertThat(pairs)
                .containsExactlyInAnyOrder(
                        "daily_activity/create", "daily_activity/update",
                        "daily_readiness/create", "daily_readiness/update",
                        "daily_sleep/create", "daily_sleep/update",
                        "sleep/create", "sleep/update",
                        "workout/create", "workout/update");
        assertThat(state.forApp("OURA", ref).list("subscription:")).hasSize(10);
        var status = store.status("OURA", ref).orElseThrow();
        assertThat(status.heldBy()).isNull();
        assertThat(status.lastError()).isNull();
        assertThat(status.nextRunAt())
                .isCloseTo(Instant.now().plus(Duration.ofHours(1)), within(2, ChronoUnit.MINUTES));

        // not due again within the hour
        nodeA.tick();
        nodeB.tick();
        assertThat(posts(clientId)).hasSize(10);

        // an hour later Oura lists them, one day from expiry: each is renewed, none created again
        String callback = TestHttp.JSON
                .readTree(made.get(0).getBodyAsString())
                .get("callback_url")
                .asString();
        StringBuilder list = new StringBuilder("[");
        for (String p : pairs) {
            String[] dt = p.split("/");
            if (list.length() > 1) list.append(',');
            list.append("{\"id\":\"")
                    .append(p.replace('/', '-'))
                    .append("\",\"callback_url\":\"")
                    .append(callback)
                    .append("\",\"data_type\":\"")
                    .append(dt[0])
                    .append("\",\"event_type\":\"")
                    .append(dt[1])
                    .append("\",\"expiration_time\":\"")
                    .append(Instant.now().plus(Duration.ofDays(1)))
                    .append("\"}");
        }
        list.append(']');
        stubs.add(wm.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS))
                .atPriority(1)
                .withHeader("x-client-id", equalTo(clientId))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(list.toString()))));
        stubs.add(wm.stubFor(put(urlPathMatching(SUBSCRIPTIONS + "/renew/.*"))
                .withHeader("x-client-id", equalTo(clientId))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{}"))));
        store.makeDue("OURA", ref, Instant.now());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (renewals(clientId).size() < 10 && System.nanoTime() < deadline) {
            nodeA.tick(); // a no-op while the scheduled tick is running it
            Thread.sleep(100);
        }
        assertThat(renewals(clientId)).hasSize(10);
        assertThat(posts(clientId)).hasSize(10);
    }

    @Test
    void aRateLimitedRunIsTriedAgainAfterRetryAfter() {
        String clientId = "oura-maint-429-" + System.nanoTime();
        stubs.add(wm.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS))
                .withHeader("x-client-id", equalTo(clientId))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "900"))));
        String ref = ouraKeys(env(newDeveloper(), "testing"), clientId);
        Instant before = Instant.now();
        nodeA.tick();
        var status = awaitRun(ref);
        assertThat(status.lastError()).startsWith("RATE_LIMITED");
        assertThat(status.nextRunAt())
                .isBetween(before.plusSeconds(899), Instant.now().plusSeconds(901));
        assertThat(posts(clientId)).isEmpty();
    }

    private AppMaintenanceStore.Status awaitRun(String ref) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            var s = store.status("OURA", ref);
            if (s.isPresent() && s.get().lastRunAt() != null && s.get().heldBy() == null) return s.get();
            if (System.nanoTime() > deadline) throw new AssertionError("maintenance of " + ref + " never ran");
            nodeA.tick();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private List<LoggedRequest> renewals(String clientId) {
        return wm.findAll(putRequestedFor(urlPathMatching(SUBSCRIPTIONS + "/renew/.*"))
                .withHeader("x-client-id", equalTo(clientId)));
    }

    private void awaitPosts(String clientId, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (posts(clientId).size() < n && System.nanoTime() < deadline) Thread.sleep(100);
    }
}
