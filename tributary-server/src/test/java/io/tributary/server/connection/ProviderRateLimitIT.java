package io.tributary.server.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.tributary.connectors.AuthKind;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.ProviderHttp;
import io.tributary.connectors.ProviderLimits;
import io.tributary.connectors.ProviderLimits.RateLimit;
import io.tributary.model.DataType;
import io.tributary.model.Timestamps;
import io.tributary.server.account.UserService;
import io.tributary.server.ingest.ScheduledPulls;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.ConnectionStore;
import io.tributary.server.storage.ConnectorStateStore;
import io.tributary.server.storage.ProviderQuotaStore;
import io.tributary.server.storage.User;
import io.tributary.server.support.QuotaConnector;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * Declared rate limits and 429 Retry-After enforced by the server against a WireMock provider: one app's quota is
 * shared by two nodes (two limiters over the one database), a spent short window queues requests until it opens, a
 * 429 pauses the app's calls on every node until its Retry-After, and a backfill that runs out of quota emits {@code
 * rate_limit_hit}, is rescheduled and later resumes with the windows it had not done.
 */
class ProviderRateLimitIT extends ConnectionTestSupport {
    static WireMockServer wm;

    @Autowired
    ProviderRateLimiter nodeA;

    @Autowired
    ProviderSettings providers;

    @Autowired
    TokenService tokens;

    @Autowired
    ProviderUrls urls;

    @Autowired
    ProviderConcurrency concurrency;

    @Autowired
    ProviderApps apps;

    @Autowired
    ProviderQuotaStore quotas;

    @Autowired
    PlatformTransactionManager txManager;

    @Autowired
    Clock clock;

    @Autowired
    UserService users;

    @Autowired
    ConnectionStore connections;

    @Autowired
    ConnectorStateStore state;

    @Autowired
    ScheduledPulls sync;

    @BeforeAll
    static void startWireMock() {
        wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        QuotaConnector.baseUrl = "http://127.0.0.1:" + wm.port();
    }

    @AfterAll
    static void stopWireMock() {
        wm.stop();
    }

    @BeforeEach
    void reset() {
        wm.resetAll();
        wm.stubFor(get(urlPathEqualTo("/ok"))
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        wm.stubFor(get(urlPathEqualTo("/quota/daily"))
                .willReturn(aResponse().withStatus(200).withBody("{}")));
    }

    /** A second node: its own limiter (nothing shared in memory), the same database. */
    private ProviderRateLimiter nodeB(Duration maxWait) {
        return new ProviderRateLimiter(quotas, txManager, clock, maxWait);
    }

    /** A connection's HTTP as ConnectionHttpFactory makes it, on the node whose limiter is {@code node}. */
    private ProviderHttp http(ProviderRateLimiter node, EnvironmentRecord env, UUID userId, ConnectorDescriptor d) {
        io.tributary.connectors.Connector connector = () -> d; // descriptors of this test only, not registered
        return new ConnectionHttp(
                userId,
                env.id(),
                connector,
                providers.client(env, d),
                tokens,
                urls,
                concurrency,
                node,
                apps.of(env, d).ref(),
                clock);
    }

    private static ConnectorDescriptor descriptor(String provider, List<RateLimit> limits) {
        return new ConnectorDescriptor(
                provider,
                provider,
                "x.svg",
                "API_KEYS_MANAGED",
                AuthKind.NONE,
                null,
                null,
                List.of(),
                Set.of(DataType.DAILY),
                Set.of(),
                false,
                false,
                null,
                new ProviderLimits(16, limits),
                null);
    }

    private EnvironmentRecord newEnvironment() {
        return accounts.environmentByDevId(env(newDeveloper(), "testing").devId())
                .orElseThrow();
    }

    private String ok() {
        return "http://127.0.0.1:" + wm.port() + "/ok";
    }

    private int okRequests() {
        return wm.findAll(getRequestedFor(urlPathEqualTo("/ok"))).size();
    }

    @Test
    void oneAppsQuotaIsSharedByEveryNodeAndOtherAppsKeepTheirOwn() throws Exception {
        ConnectorDescriptor d = descriptor(
                "TESTQUOTA_APP", List.of(RateLimit.requests(ProviderLimits.Scope.APP, 5, Duration.ofDays(1), "t")));
        EnvironmentRecord env = newEnvironment();
        ProviderRateLimiter b = nodeB(Duration.ofSeconds(10));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ProviderRateLimiter node = i % 2 == 0 ? nodeA : b;
            calls.add(pool.submit(() -> {
                try {
                    return http(node, env, UUID.randomUUID(), d)
                            .get(ok(), Map.of())
                            .status();
                } catch (ConnectorException e) {
                    return e;
                }
            }));
        }
        int passed = 0;
        List<ConnectorException> limited = new ArrayList<>();
        for (Future<Object> f : calls) {
            Object r = f.get();
            if (r instanceof ConnectorException e) limited.add(e);
            else {
                assertThat(r).isEqualTo(200);
                passed++;
            }
        }
        pool.shutdown();
        assertThat(passed).isEqualTo(5);
        assertThat(okRequests()).isEqualTo(5);
        assertThat(limited).hasSize(5).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(ConnectorException.Kind.RATE_LIMITED);
            // deferred to the next daily window, not retried in a loop
            assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofDays(1));
        });

        // another environment is another developer app at the provider: its own quota
        EnvironmentRecord other = newEnvironment();
        assertThat(http(nodeA, other, UUID.randomUUID(), d).get(ok(), Map.of()).status())
                .isEqualTo(200);
        assertThat(okRequests()).isEqualTo(6);
    }

    @Test
    void aSpentShortWindowQueuesRequestsUntilTheNextOpens() throws Exception {
        ConnectorDescriptor d = descriptor(
                "TESTQUOTA_USER",
                List.of(RateLimit.requests(ProviderLimits.Scope.USER, 2, Duration.ofSeconds(1), "t")));
        EnvironmentRecord env = newEnvironment();
        UUID user = UUID.randomUUID();
        ProviderHttp http = http(nodeA, env, user, d);
        long t0 = System.nanoTime();
        for (int i = 0; i < 6; i++)
            assertThat(http.get(ok(), Map.of()).status()).isEqualTo(200);
        long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
        // 6 requests at 2 per second-window need three windows: at least the two boundaries after the first
        assertThat(elapsedMs).isGreaterThanOrEqualTo(1000);
        assertThat(okRequests()).isEqualTo(6);
        // the limit is per user: another user of the same app is not held back by this one's windows
        long t1 = System.nanoTime();
        ProviderHttp other = http(nodeA, env, UUID.randomUUID(), d);
        for (int i = 0; i < 2; i++)
            assertThat(other.get(ok(), Map.of()).status()).isEqualTo(200);
        assertThat((System.nanoTime() - t1) / 1_000_000).isLessThan(900);
    }

    @Test
    void a429PausesThatAppsCallsOnEveryNodeUntilRetryAfter() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/busy"))
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3"))
                .willSetStateTo("open"));
        wm.stubFor(get(urlPathEqualTo("/busy"))
                .inScenario("busy")
                .whenScenarioStateIs("open")
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        String busy = "http://127.0.0.1:" + wm.port() + "/busy";
        ConnectorDescriptor d = descriptor("TESTQUOTA_PAUSE", List.of());
        EnvironmentRecord env = newEnvironment();

        Instant before = Instant.now();
        assertThatThrownBy(() -> http(nodeA, env, UUID.randomUUID(), d).get(busy, Map.of()))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConnectorException.Kind.RATE_LIMITED);
                    assertThat(e.retryAfterSeconds()).isEqualTo(3);
                });
        // node B, which never saw the 429, holds the app's calls too: deferred without reaching the provider
        assertThatThrownBy(() ->
                        http(nodeB(Duration.ZERO), env, UUID.randomUUID(), d).get(ok(), Map.of()))
                .isInstanceOfSatisfying(ConnectorException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConnectorException.Kind.RATE_LIMITED);
                    assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(3));
                });
        assertThat(okRequests()).isZero();
        // another app of the same provider is not paused
        assertThat(http(nodeB(Duration.ZERO), newEnvironment(), UUID.randomUUID(), d)
                        .get(ok(), Map.of())
                        .status())
                .isEqualTo(200);
        // node A waits the pause out (within TRIBUTARY_PROVIDER_RATE_WAIT) and then goes through
        assertThat(http(nodeA, env, UUID.randomUUID(), d).get(busy, Map.of()).status())
                .isEqualTo(200);
        assertThat(Duration.between(before, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(2500));
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/busy")))).hasSize(2);
    }

    @Test
    void aBackfillOutOfQuotaEmitsRateLimitHitIsRescheduledAndResumesWhereItStopped() {
        var creds = env(newDeveloper(), "testing");
        EnvironmentRecord env = accounts.environmentByDevId(creds.devId()).orElseThrow();
        User user = users.createAuthenticated(env, QuotaConnector.PROVIDER, "q-1", null, "quota-1");
        connections.insert(new ConnectionStore.ConnectionRecord(
                user.id(),
                env.id(),
                QuotaConnector.PROVIDER,
                "quota-1",
                null,
                null,
                null,
                null,
                null,
                null,
                ConnectionStore.ConnectionRecord.ACTIVE,
                null,
                null,
                Instant.now().plus(Duration.ofDays(1)))); // not due: only this test syncs it
        Instant before = Instant.now();
        ScheduledPulls.SyncResult r = sync.syncOne(connections.find(user.id()).orElseThrow());

        // 90 days in 30-day windows = 3 requests; the quota allows 2 a day
        assertThat(r.error()).isEqualTo("RATE_LIMITED");
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/quota/daily"))))
                .hasSize(QuotaConnector.REQUESTS_PER_DAY);
        List<Event> hits = events(creds, "rate_limit_hit");
        assertThat(hits).hasSize(1);
        JsonNode hit = hits.get(0).payload();
        assertThat(hit.get("user").get("user_id").asString())
                .isEqualTo(user.id().toString());
        assertThat(hit.get("message").asString()).isEqualTo("Rate limit reached whilst processing async query");
        Instant start = Timestamps.parse(hit.get("start_date").asString()).toInstant();
        Instant end = Timestamps.parse(hit.get("end_date").asString()).toInstant();
        assertThat(Duration.between(start, end)).isEqualTo(Duration.ofDays(90));
        Instant retryingAt = Timestamps.parse(hit.get("retrying_at").asString()).toInstant();
        Instant nextDay = before.truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofDays(1));
        assertThat(retryingAt).isBetween(nextDay.minusSeconds(1), nextDay.plusSeconds(31));
        var c = connections.find(user.id()).orElseThrow();
        assertThat(c.backfilledAt()).isNull();
        assertThat(c.nextSyncAt())
                .isCloseTo(
                        retryingAt, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));
        // what was pulled is stored (two windows of days), with data events
        assertThat(jdbc.sql("SELECT count(*) FROM data_objects WHERE user_id = ?")
                        .param(user.id())
                        .query(Long.class)
                        .single())
                .isBetween(59L, 62L);
        assertThat(state.forConnection(user.id()).list("~backfill/")).hasSize(3); // anchor + 2 windows done

        // the next day's window: the sync resumes with the one window it had not done, and completes
        jdbc.sql("DELETE FROM provider_quota_windows WHERE provider = ?")
                .param(QuotaConnector.PROVIDER)
                .update();
        assertThat(sync.syncOne(connections.find(user.id()).orElseThrow()).error())
                .isNull();
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/quota/daily"))))
                .hasSize(QuotaConnector.REQUESTS_PER_DAY + 1);
        assertThat(connections.find(user.id()).orElseThrow().backfilledAt()).isNotNull();
        assertThat(state.forConnection(user.id()).list("~backfill/")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM data_objects WHERE user_id = ?")
                        .param(user.id())
                        .query(Long.class)
                        .single())
                .isBetween(89L, 92L);
    }
}
