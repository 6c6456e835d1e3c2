package io.tributary.server.ingest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.tributary.model.Timestamps;
import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.account.UserService;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.ConnectionStore;
import io.tributary.server.storage.User;
import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.RateLimitedConnector;
import io.tributary.server.support.TestDestinations;
import io.tributary.server.support.TestHttp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A provider 429 during an asynchronous read: rate_limit_hit, then a retry at the Retry-After time. */
class RateLimitHitIT extends IntegrationTest {
    private static WireMockServer wm;

    @Autowired
    UserService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConnectionStore connections;

    @Autowired
    ScheduledPulls sync;

    @BeforeAll
    static void startWireMock() {
        wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
        RateLimitedConnector.baseUrl = "http://127.0.0.1:" + wm.port();
    }

    @AfterAll
    static void stopWireMock() {
        wm.stop();
    }

    private List<JsonNode> events(String reference) {
        return jdbc
                .sql("SELECT payload::text FROM events WHERE reference = ? ORDER BY id")
                .param(reference)
                .query(String.class)
                .list()
                .stream()
                .map(TestHttp.JSON::readTree)
                .toList();
    }

    @Test
    void providerRateLimitEmitsRateLimitHitAndRetriesAfterRetryAfter() throws Exception {
        wm.resetAll();
        wm.stubFor(get(urlPathEqualTo("/daily"))
                .inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3"))
                .willSetStateTo("open"));
        wm.stubFor(get(urlPathEqualTo("/daily"))
                .inScenario("limit")
                .whenScenarioStateIs("open")
                .willReturn(aResponse().withStatus(200).withBody("{}")));

        EnvironmentCredentials creds = env(newDeveloper(), "testing");
        EnvironmentRecord env = accounts.environmentByDevId(creds.devId()).orElseThrow();
        User user = users.createAuthenticated(env, RateLimitedConnector.PROVIDER, "rl-1", null, "rate-1");
        TestDestinations.add(env.id());

        Instant asked = Instant.now();
        TestHttp.Response r =
                as(creds).get("/v2/daily?user_id=" + user.id() + "&start_date=2024-03-01&end_date=2024-03-02");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String ref = r.json().get("reference").asString();

        // the 429 becomes a rate_limit_hit event with the documented fields and the request's reference
        JsonNode hit = await(ref, 1).get(0);
        assertThat(hit.get("type").asString()).isEqualTo("rate_limit_hit");
        assertThat(hit.get("user").get("user_id").asString())
                .isEqualTo(user.id().toString());
        assertThat(hit.get("start_date").asString()).isEqualTo("2024-03-01");
        assertThat(hit.get("end_date").asString()).isEqualTo("2024-03-02");
        assertThat(hit.get("message").asString()).isEqualTo("Rate limit reached whilst processing async query");
        Instant retryingAt = Timestamps.parse(hit.get("retrying_at").asString()).toInstant();
        assertThat(retryingAt).isBetween(asked.plusSeconds(2), Instant.now().plusSeconds(4));
        assertThat(jdbc.sql("SELECT type FROM events WHERE reference = ? ORDER BY id")
                        .param(ref)
                        .query(String.class)
                        .list())
                .containsExactly("rate_limit_hit");

        // the job is retried once the Retry-After time has passed, and the data is delivered with the reference
        List<JsonNode> all = await(ref, 2);
        assertThat(all.get(1).get("type").asString()).isEqualTo("daily");
        assertThat(all.get(1).get("data").size()).isEqualTo(2);
        assertThat(Instant.now()).isAfterOrEqualTo(retryingAt.minusMillis(500));
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/daily")))).hasSize(2);
        assertThat(jdbc.sql("SELECT status FROM read_jobs WHERE reference = ?")
                        .param(ref)
                        .query(String.class)
                        .single())
                .isEqualTo("done");
    }

    @Test
    void rateLimitDuringTheConnectionBackfillEmitsRateLimitHitAndReschedules() {
        wm.resetAll();
        wm.stubFor(get(urlPathEqualTo("/daily"))
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        EnvironmentCredentials creds = env(newDeveloper(), "testing");
        EnvironmentRecord env = accounts.environmentByDevId(creds.devId()).orElseThrow();
        User user = users.createAuthenticated(env, RateLimitedConnector.PROVIDER, "rl-2", null, "rate-2");
        Instant later = Instant.now().plus(Duration.ofDays(1)); // not due: only this test syncs it
        connections.insert(new ConnectionStore.ConnectionRecord(
                user.id(),
                env.id(),
                RateLimitedConnector.PROVIDER,
                "rate-2",
                null,
                null,
                null,
                null,
                null,
                null,
                ConnectionStore.ConnectionRecord.ACTIVE,
                null,
                null,
                later));
        Instant before = Instant.now();
        ScheduledPulls.SyncResult r = sync.syncOne(connections.find(user.id()).orElseThrow());
        assertThat(r.error()).isEqualTo("RATE_LIMITED");
        List<JsonNode> hits = jdbc
                .sql("SELECT payload::text FROM events WHERE user_id = ? AND type = 'rate_limit_hit'")
                .param(user.id())
                .query(String.class)
                .list()
                .stream()
                .map(TestHttp.JSON::readTree)
                .toList();
        assertThat(hits).hasSize(1);
        JsonNode hit = hits.get(0);
        assertThat(hit.get("user").get("user_id").asString())
                .isEqualTo(user.id().toString());
        Instant start = Timestamps.parse(hit.get("start_date").asString()).toInstant();
        Instant end = Timestamps.parse(hit.get("end_date").asString()).toInstant();
        assertThat(start).isBefore(end.minus(Duration.ofDays(1))); // the history window (configured days)
        assertThat(end).isBetween(before.minusSeconds(1), Instant.now());
        Instant retryingAt = Timestamps.parse(hit.get("retrying_at").asString()).toInstant();
        assertThat(retryingAt).isBetween(before.plusSeconds(119), Instant.now().plusSeconds(121));
        var c = connections.find(user.id()).orElseThrow();
        assertThat(c.backfilledAt()).isNull();
        assertThat(c.nextSyncAt())
                .isBetween(before.plusSeconds(119), Instant.now().plusSeconds(121));
    }

    private List<JsonNode> await(String ref, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<JsonNode> ev = events(ref);
        while (ev.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(100);
            ev = events(ref);
        }
        assertThat(ev).as("events of " + ref).hasSizeGreaterThanOrEqualTo(n);
        return ev;
    }
}
