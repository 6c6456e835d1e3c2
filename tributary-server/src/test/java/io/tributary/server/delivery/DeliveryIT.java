package io.tributary.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.support.TestHttp;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** End-to-end delivery to a real HTTP receiver: headers, signatures, retries, ordering, isolation. */
class DeliveryIT extends DeliveryTestSupport {

    @Test
    void deliversSignedEventWithTerraHeaders() throws Exception {
        Env e = newEnv();
        try (Receiver rx = new Receiver()) {
            webhook(e, rx.url(), null);
            UUID user = UUID.randomUUID();
            String eventId = emit(e, user, "activity", "ref-123");
            Receiver.Request r = rx.await(10, rs -> !rs.isEmpty()).get(0);
            String sig = r.header("terra-signature");
            assertThat(sig).matches("t=\\d+,v1=[0-9a-f]{64}");
            assertThat(r.header("X-Terra-Signature")).isEqualTo(sig);
            assertThat(r.header("terra-reference")).isEqualTo("ref-123");
            assertThat(r.header("X-Terra-Trace-Id")).startsWith("dlv_");
            assertThat(r.header("X-Terra-Ordering-Timestamp")).matches("\\d{13}");
            assertThat(r.header("Content-Type")).isEqualTo("application/json");
            assertThat(SignatureVerifier.verify(
                            sig,
                            r.body(),
                            e.creds().signingSecret(),
                            Instant.now().getEpochSecond()))
                    .isTrue();
            assertThat(r.json().get("type").asString()).isEqualTo("activity");
            assertThat(eventId).startsWith("evt_");
        }
    }

    @Test
    void rotationSignsWithBothSecretsDuringOverlap() throws Exception {
        Env e = newEnv();
        try (Receiver rx = new Receiver()) {
            webhook(e, rx.url(), null);
            String newSecret = e.api()
                    .post("/v2/dashboard/signingSecret/rotate", "{}")
                    .json()
                    .get("signing_secret")
                    .asString();
            sleep(1200); // the engine caches secrets for one second
            emit(e, UUID.randomUUID(), "sleep", 1);
            Receiver.Request r = rx.await(10, rs -> !rs.isEmpty()).get(0);
            String sig = r.header("terra-signature");
            assertThat(sig).matches("t=\\d+,v1=[0-9a-f]{64},v1=[0-9a-f]{64}");
            long now = Instant.now().getEpochSecond();
            assertThat(SignatureVerifier.verify(sig, r.body(), newSecret, now)).isTrue();
            assertThat(SignatureVerifier.verify(sig, r.body(), e.creds().signingSecret(), now))
                    .isTrue();
            assertThat(sig.split(",")[1])
                    .isEqualTo("v1="
                            + io.tributary.server.delivery.webhook.WebhookSigner.v1(
                                    newSecret, Long.parseLong(sig.substring(2, sig.indexOf(','))), r.body()));
        }
    }

    /**
     * Receiver down (500) for a while, then back: every event arrives exactly once as a success, each user's
     * stream never goes backwards (not even among failed tries), retries carry the same trace id.
     */
    @Test
    void receiverDownThenUpDeliversEverythingInPerUserOrder() throws Exception {
        Env e = newEnv();
        try (Receiver rx = new Receiver()) {
            AtomicBoolean up = new AtomicBoolean(false);
            rx.answer(r -> up.get() ? 200 : 500);
            webhook(e, rx.url(), "\"retry_schedule\":[1,1,1,1,1,1,1,1,1,1,1,1]");
            List<UUID> us = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            int perUser = 15;
            for (int i = 0; i < perUser; i++)
                for (UUID u : us) {
                    emit(e, u, "activity", i);
                    emit(e, u, "daily", i);
                }
            sleep(3000);
            assertThat(rx.requests()).isNotEmpty();
            up.set(true);
            int total = us.size() * perUser * 2;
            List<Receiver.Request> all = rx.await(60, rs -> successes(rs).size() >= total);
            sleep(500);
            all = rx.requests();
            List<Receiver.Request> ok = successes(all);
            assertThat(ok).hasSize(total); // every event exactly once as a success
            Map<String, Integer> last = new HashMap<>();
            Map<String, String> traceOf = new HashMap<>();
            for (Receiver.Request r : all) {
                String stream = user(r) + "/" + r.json().get("type").asString();
                int n = n(r);
                assertThat(n)
                        .as("stream %s went backwards", stream)
                        .isGreaterThanOrEqualTo(last.getOrDefault(stream, -1));
                last.put(stream, n);
                String key = stream + "#" + n;
                String prev = traceOf.putIfAbsent(key, r.header("X-Terra-Trace-Id"));
                if (prev != null) assertThat(r.header("X-Terra-Trace-Id")).isEqualTo(prev);
            }
            assertThat(traceOf).hasSize(total);
        }
    }

    private static List<Receiver.Request> successes(List<Receiver.Request> rs) {
        // the receiver answered 200 to requests that arrived after it came up; a trace id counts once
        Set<String> seen = new HashSet<>();
        List<Receiver.Request> out = new ArrayList<>();
        for (Receiver.Request r : rs) if (seen.add(r.header("X-Terra-Trace-Id"))) out.add(r);
        return out;
    }

    @Test
    void oneDeadDestinationDoesNotDelayAnother() throws Exception {
        Env e = newEnv();
        Env other = newEnv("staging");
        try (Receiver slow = new Receiver();
                Receiver fast = new Receiver();
                Receiver fastOther = new Receiver()) {
            slow.delay(4000); // a receiver that hangs (past the 3 s timeout) on every request
            webhook(e, slow.url(), "\"timeout_seconds\":3");
            webhook(e, fast.url(), null);
            webhook(other, fastOther.url(), null);
            long t0 = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                UUID u = UUID.randomUUID();
                emit(e, u, "body", i);
                emit(other, u, "body", i);
            }
            fast.await(10, rs -> rs.size() >= 100);
            fastOther.await(10, rs -> rs.size() >= 100);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(ms).as("fast destinations were held up").isLessThan(5000);
            assertThat(slow.requests().size()).isLessThanOrEqualTo(16 * 2 + 2); // bounded concurrency on the dead one
        }
    }

    @Test
    void historyFiltersAndResend() throws Exception {
        Env e = newEnv();
        try (Receiver rx = new Receiver()) {
            rx.status(500);
            String dst = webhook(e, rx.url(), "\"retry_schedule\":[]"); // no retries: fails at once
            UUID alice = UUID.randomUUID(), bob = UUID.randomUUID();
            emit(e, alice, "activity", 1);
            emit(e, bob, "sleep", 2);
            rx.await(10, rs -> rs.size() >= 2);
            JsonNode h = awaitHistory(e, "?status=failed", 2);
            assertThat(h.get("total").asInt()).isEqualTo(2);
            JsonNode aliceOnly =
                    e.api().get("/v2/dashboard/webhooks?user_id=" + alice).json();
            assertThat(aliceOnly.get("webhooks")).hasSize(1);
            JsonNode item = aliceOnly.get("webhooks").get(0);
            assertThat(item.get("data_type").asString()).isEqualTo("activity");
            assertThat(item.get("status").asString()).isEqualTo("failed");
            assertThat(item.get("destination_id").asString()).isEqualTo(dst);
            assertThat(item.get("attempts")).hasSize(1);
            assertThat(item.get("attempts").get(0).get("status_code").asInt()).isEqualTo(500);
            assertThat(item.get("attempts").get(0).get("duration_ms").isNumber())
                    .isTrue();
            assertThat(e.api()
                            .get("/v2/dashboard/webhooks?data_type=sleep")
                            .json()
                            .get("webhooks"))
                    .hasSize(1);
            assertThat(e.api()
                            .get("/v2/dashboard/webhooks?destination_id=nope")
                            .json()
                            .get("webhooks"))
                    .isEmpty();
            String tomorrow = Instant.now().plusSeconds(86400).toString();
            assertThat(e.api()
                            .get("/v2/dashboard/webhooks?start_date=" + tomorrow)
                            .json()
                            .get("webhooks"))
                    .isEmpty();
            long unixNow = Instant.now().getEpochSecond();
            assertThat(e.api()
                            .get("/v2/dashboard/webhooks?start_date=" + (unixNow - 600) + "&end_date=" + (unixNow + 60))
                            .json()
                            .get("webhooks"))
                    .hasSize(2);
            assertThat(e.api()
                            .get("/v2/dashboard/webhooks?limit=1&offset=1")
                            .json()
                            .get("webhooks"))
                    .hasSize(1);
            io.tributary.server.support.Problems.assertProblem(
                    e.api().get("/v2/dashboard/webhooks?start_date=yesterday"), 400);
            io.tributary.server.support.Problems.assertProblem(e.api().get("/v2/dashboard/webhooks?status=weird"), 400);

            // resend one delivery: same trace id, now succeeds
            rx.status(200);
            String id = item.get("id").asString();
            TestHttp.Response r = e.api().post("/v2/dashboard/webhooks/resend", "{\"id\":\"" + id + "\"}");
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            List<Receiver.Request> got = rx.await(10, rs -> rs.size() >= 3);
            assertThat(got.get(2).header("X-Terra-Trace-Id")).isEqualTo(id);
            awaitHistory(e, "?status=delivered", 1);

            // resend all failed in a range (bob's)
            r = e.api()
                    .post(
                            "/v2/dashboard/webhooks/resend",
                            "{\"status\":\"failed\",\"start_date\":\""
                                    + Instant.now().minusSeconds(600) + "\"}");
            assertThat(r.json().get("count").asInt()).isEqualTo(1);
            rx.await(10, rs -> rs.size() >= 4);
            awaitHistory(e, "?status=delivered", 2);

            // resend all of alice's events (Terra query form)
            r = e.api()
                    .post(
                            "/v2/dashboard/webhooks/resend?user_id=" + alice + "&timestamp="
                                    + Instant.now().minusSeconds(600),
                            null);
            assertThat(r.json().get("count").asInt()).isEqualTo(1);
            List<Receiver.Request> after = rx.await(10, rs -> rs.size() >= 5);
            assertThat(after.get(4).header("X-Terra-Trace-Id")).isEqualTo(id);
            io.tributary.server.support.Problems.assertProblem(
                    e.api().post("/v2/dashboard/webhooks/resend", "{\"id\":\"dlv_nope\"}"), 404);
            io.tributary.server.support.Problems.assertProblem(
                    e.api().post("/v2/dashboard/webhooks/resend", "{}"), 400);
        }
    }

    private JsonNode awaitHistory(Env e, String query, int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        JsonNode h;
        do {
            h = e.api().get("/v2/dashboard/webhooks" + query).json();
            if (h.get("webhooks").size() >= count) return h;
            sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("history " + query + " never reached " + count + ": " + h);
    }

    @Test
    void historyIsScopedToTheEnvironment() throws Exception {
        Env a = newEnv();
        Env b = newEnv();
        try (Receiver rx = new Receiver()) {
            webhook(a, rx.url(), null);
            emit(a, UUID.randomUUID(), "activity", 1);
            rx.await(10, rs -> !rs.isEmpty());
            awaitHistory(a, "", 1);
            assertThat(b.api().get("/v2/dashboard/webhooks").json().get("webhooks"))
                    .isEmpty();
        }
    }

    static String body(Receiver.Request r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
