package io.tributary.server.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** How each kind of receiver answer is handled (docs/decisions.md#12), against WireMock. */
class WebhookOutcomesIT extends DeliveryTestSupport {
    private static WireMockServer wm;

    @BeforeAll
    static void startWireMock() {
        wm = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wm.start();
    }

    @AfterAll
    static void stopWireMock() {
        wm.stop();
    }

    private static String path() {
        return "/hook-" + UUID.randomUUID();
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + wm.port() + path;
    }

    private static List<LoggedRequest> awaitRequests(String path, int n, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<LoggedRequest> rs;
        do {
            rs = wm.findAll(postRequestedFor(urlEqualTo(path)));
            if (rs.size() >= n)
                return rs.stream()
                        .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                        .toList();
            sleep(20);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("expected " + n + " requests to " + path + ", got " + rs.size());
    }

    private JsonNode awaitDelivery(Env e, String status) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        JsonNode h;
        do {
            h = e.api().get("/v2/dashboard/webhooks?status=" + status).json().get("webhooks");
            if (!h.isEmpty()) return h.get(0);
            sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no delivery reached status " + status);
    }

    @Test
    void serverErrorIsRetriedWithTheSameTraceId() {
        Env e = newEnv();
        String p = path();
        wm.stubFor(post(p).inScenario(p)
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500).withBody("oops"))
                .willSetStateTo("up"));
        wm.stubFor(post(p).inScenario(p)
                .whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        webhook(e, url(p), "\"retry_schedule\":[1,1]");
        emit(e, UUID.randomUUID(), "activity", 1);
        List<LoggedRequest> rs = awaitRequests(p, 2, 10);
        assertThat(rs.get(1).getHeader("X-Terra-Trace-Id")).isEqualTo(rs.get(0).getHeader("X-Terra-Trace-Id"));
        long gap =
                rs.get(1).getLoggedDate().getTime() - rs.get(0).getLoggedDate().getTime();
        assertThat(gap).isBetween(700L, 3000L); // 1 s ± 20 % jitter, plus polling
        JsonNode d = awaitDelivery(e, "delivered");
        assertThat(d.get("attempts")).hasSize(2);
        assertThat(d.get("attempts").get(0).get("status_code").asInt()).isEqualTo(500);
        assertThat(d.get("attempts").get(0).get("response").asString()).isEqualTo("oops");
        assertThat(d.get("attempts").get(1).get("status_code").asInt()).isEqualTo(200);
    }

    @Test
    void slowReceiverPastTheTimeoutIsRetried() {
        Env e = newEnv();
        String p = path();
        wm.stubFor(post(p).inScenario(p)
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(200).withFixedDelay(2500))
                .willSetStateTo("fast"));
        wm.stubFor(post(p).inScenario(p)
                .whenScenarioStateIs("fast")
                .willReturn(aResponse().withStatus(200)));
        webhook(e, url(p), "\"timeout_seconds\":0.5,\"retry_schedule\":[1]");
        emit(e, UUID.randomUUID(), "sleep", 1);
        awaitRequests(p, 2, 10);
        JsonNode d = awaitDelivery(e, "delivered");
        assertThat(d.get("attempts")).hasSize(2);
        JsonNode first = d.get("attempts").get(0);
        assertThat(first.get("error").asString()).contains("timeout");
        assertThat(first.get("status_code").isNull()).isTrue();
        assertThat(first.get("duration_ms").asInt()).isBetween(400, 2400);
    }

    @Test
    void redirectsAreNotFollowed() {
        Env e = newEnv();
        String p = path(), target = path();
        wm.stubFor(post(p).willReturn(aResponse().withStatus(307).withHeader("Location", url(target))));
        wm.stubFor(post(target).willReturn(aResponse().withStatus(200)));
        webhook(e, url(p), "\"retry_schedule\":[]");
        emit(e, UUID.randomUUID(), "body", 1);
        awaitRequests(p, 1, 10);
        JsonNode d = awaitDelivery(e, "failed");
        assertThat(d.get("attempts").get(0).get("status_code").asInt()).isEqualTo(307);
        assertThat(d.get("attempts").get(0).get("error").asString()).contains("redirect");
        assertThat(wm.findAll(postRequestedFor(urlEqualTo(target)))).isEmpty();
    }

    @Test
    void goneDisablesTheDestination() {
        Env e = newEnv();
        String p = path();
        wm.stubFor(post(p).willReturn(aResponse().withStatus(410)));
        String id = webhook(e, url(p), "\"retry_schedule\":[1,1,1]");
        UUID u = UUID.randomUUID();
        emit(e, u, "daily", 1);
        awaitRequests(p, 1, 10);
        JsonNode d = awaitDelivery(e, "failed");
        assertThat(d.get("attempts")).hasSize(1); // not retried
        JsonNode dest = e.api().get("/v2/dashboard/destinations/" + id).json().get("destination");
        assertThat(dest.get("active").asBoolean()).isFalse();
        assertThat(dest.get("disabled_reason").asString()).contains("410");
        emit(e, u, "daily", 2);
        sleep(2500);
        assertThat(wm.findAll(postRequestedFor(urlEqualTo(p)))).hasSize(1); // nothing more sent
        // re-enabling resumes delivery
        wm.stubFor(post(p).willReturn(aResponse().withStatus(200)));
        e.api().patch("/v2/dashboard/destinations/" + id, "{\"active\":true}");
        emit(e, u, "daily", 3);
        awaitRequests(p, 2, 10);
    }

    @Test
    void retryAfterIsHonoured() {
        Env e = newEnv();
        String p = path();
        wm.stubFor(post(p).inScenario(p)
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3"))
                .willSetStateTo("ok"));
        wm.stubFor(post(p).inScenario(p)
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200)));
        webhook(e, url(p), "\"retry_schedule\":[0,0,0]"); // the schedule alone would retry at once
        emit(e, UUID.randomUUID(), "nutrition", 1);
        List<LoggedRequest> rs = awaitRequests(p, 2, 10);
        long gap =
                rs.get(1).getLoggedDate().getTime() - rs.get(0).getLoggedDate().getTime();
        assertThat(gap).isGreaterThanOrEqualTo(2900L);
        JsonNode d = awaitDelivery(e, "delivered");
        assertThat(d.get("attempts").get(0).get("status_code").asInt()).isEqualTo(429);
    }

    @Test
    void serviceUnavailableWithHttpDateRetryAfter() {
        Env e = newEnv();
        String p = path();
        String date = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(3));
        wm.stubFor(post(p).inScenario(p)
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", date))
                .willSetStateTo("ok"));
        wm.stubFor(post(p).inScenario(p)
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(204)));
        webhook(e, url(p), "\"retry_schedule\":[0,0,0]");
        emit(e, UUID.randomUUID(), "activity", 1);
        List<LoggedRequest> rs = awaitRequests(p, 2, 10);
        long gap =
                rs.get(1).getLoggedDate().getTime() - rs.get(0).getLoggedDate().getTime();
        assertThat(gap).isGreaterThanOrEqualTo(1000L); // HTTP-date has 1 s resolution
        awaitDelivery(e, "delivered");
    }

    /** A stream waits for its head: while event 1 of a user is being retried, event 2 is not sent. */
    @Test
    void perUserOrderHoldsUnderRetries() {
        Env e = newEnv();
        String p = path();
        wm.stubFor(post(p).inScenario(p)
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("ok"));
        wm.stubFor(post(p).inScenario(p)
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200)));
        webhook(e, url(p), "\"retry_schedule\":[2]");
        UUID u = UUID.randomUUID();
        emit(e, u, "activity", 1);
        emit(e, u, "activity", 2);
        emit(e, u, "activity", 3);
        List<LoggedRequest> rs = awaitRequests(p, 4, 15);
        List<Integer> order = rs.stream()
                .map(r -> tools.jackson.databind.json.JsonMapper.builder()
                        .build()
                        .readTree(r.getBodyAsString())
                        .get("data")
                        .get(0)
                        .get("n")
                        .asInt())
                .toList();
        assertThat(order).containsExactly(1, 1, 2, 3);
    }
}
