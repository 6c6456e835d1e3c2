package io.tributary.server.delivery.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.tributary.server.delivery.DestinationConfig;
import io.tributary.server.delivery.OutgoingEvent;
import io.tributary.server.delivery.SendOutcome;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/** Destination-level SSRF checks and the mapping of HTTP answers to outcomes (no Spring). */
class WebhookSenderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final EnvironmentRecord PROD =
            new EnvironmentRecord(UUID.randomUUID(), UUID.randomUUID(), "production", "d", null);

    @Test
    void creationRefusesPrivateAndPlainHttpInProduction() {
        WebhookSender strict = new WebhookSender(new WebhookUrlGuard(false, false), CLOCK);
        assertThatThrownBy(() -> strict.validateConfig(cfg("https://127.0.0.1:9/x"), PROD))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("non-public");
        assertThatThrownBy(() -> strict.validateConfig(cfg("http://example.com/x"), PROD))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("https");
    }

    @Test
    void sendTimeCheckRefusesPrivateAddressWithoutConnecting() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            hits.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
            // saved while private addresses were allowed, then the guard is back on: nothing is sent
            WebhookSender strict = new WebhookSender(new WebhookUrlGuard(true, false), CLOCK);
            SendOutcome o = strict.send(dest(url), event());
            assertThat(o.kind()).isEqualTo(SendOutcome.Kind.RETRY);
            assertThat(o.error()).contains("non-public");
            assertThat(hits).hasValue(0);
            WebhookSender open = new WebhookSender(new WebhookUrlGuard(true, true), CLOCK);
            assertThat(open.send(dest(url), event()).kind()).isEqualTo(SendOutcome.Kind.SUCCESS);
            assertThat(hits).hasValue(1);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void outcomes() {
        WebhookSender s = new WebhookSender(new WebhookUrlGuard(true, true), CLOCK);
        assertThat(s.outcome(204, null, null).kind()).isEqualTo(SendOutcome.Kind.SUCCESS);
        assertThat(s.outcome(410, null, null).kind()).isEqualTo(SendOutcome.Kind.GONE);
        assertThat(s.outcome(302, null, null).error()).contains("redirect");
        assertThat(s.outcome(500, null, null).kind()).isEqualTo(SendOutcome.Kind.RETRY);
        assertThat(s.outcome(404, null, null).kind()).isEqualTo(SendOutcome.Kind.RETRY);
        assertThat(s.outcome(429, null, "120").retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(s.outcome(503, null, "Thu, 01 Jan 2026 00:01:00 GMT").retryAfter())
                .isEqualTo(Duration.ofSeconds(60));
        assertThat(s.outcome(503, null, "soon").retryAfter()).isNull();
    }

    @Test
    void aResponseBodyThatNeverEndsIsCutOffAtTheTimeout() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked, then a byte every 100 ms, forever
            try (var out = ex.getResponseBody()) {
                while (true) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (Exception e) {
                // client went away
            }
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
            WebhookSender s = new WebhookSender(new WebhookUrlGuard(true, true), CLOCK);
            DestinationConfig d = new DestinationConfig(
                    "dst_x", 1, PROD.id(), "testing", "webhook", cfg(url), Duration.ofMillis(500));
            long t0 = System.nanoTime();
            SendOutcome o = s.send(d, event());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(o.kind()).isEqualTo(SendOutcome.Kind.RETRY);
            assertThat(o.error()).contains("timeout");
            assertThat(ms).isBetween(400L, 10_000L); // timeout + 1 s grace for the body, not forever
        } finally {
            server.stop(0);
        }
    }

    @Test
    void sendsDoNotStartAThreadEach() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            ex.getRequestBody().readAllBytes();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
            WebhookSender s = new WebhookSender(new WebhookUrlGuard(true, true), CLOCK);
            for (int i = 0; i < 20; i++) s.send(dest(url), event()); // warm up the client's own threads
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long before = threads.getTotalStartedThreadCount();
            for (int i = 0; i < 200; i++)
                assertThat(s.send(dest(url), event()).kind()).isEqualTo(SendOutcome.Kind.SUCCESS);
            // (JDK sendAsync hops through a thread-per-task executor when the common pool has < 2 threads)
            assertThat(threads.getTotalStartedThreadCount() - before).isLessThan(20);
        } finally {
            server.stop(0);
        }
    }

    private static tools.jackson.databind.node.ObjectNode cfg(String url) {
        return JsonNodeFactory.instance.objectNode().put("type", "webhook").put("url", url);
    }

    private static DestinationConfig dest(String url) {
        return new DestinationConfig("dst_x", 1, PROD.id(), "testing", "webhook", cfg(url), Duration.ofSeconds(5));
    }

    private static OutgoingEvent event() {
        return new OutgoingEvent(
                "evt_1",
                "dlv_1",
                "activity",
                UUID.randomUUID(),
                "ref",
                Instant.now(),
                Instant.now(),
                "{\"type\":\"activity\"}".getBytes(StandardCharsets.UTF_8),
                List.of("secret"));
    }
}
