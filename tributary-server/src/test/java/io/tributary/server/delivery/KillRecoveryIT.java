package io.tributary.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.support.TestHttp;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The server is killed with SIGKILL in the middle of a burst and a new node is started on the same database (its
 * embedded PostgreSQL survives the kill as an orphan and is taken over): every event committed to the outbox is
 * delivered afterwards, each stream still in order, within 30 s of the new node being up although the dead
 * node's leases run for 4 × 30 s + 15 s (the default timeout and margin): the dead node's heartbeat expires and
 * its work is freed (docs/delivery.md, Crash recovery). Every request the receiver got has an attempt row (the
 * attempt is recorded before the request goes out), and no attempt is left {@code sending}. Runs the real
 * application as a child process.
 */
class KillRecoveryIT {
    private static final int USERS = 10, PER_USER = 40;

    @Test
    void everyCommittedEventIsDeliveredAfterKillAndRestart() throws Exception {
        Path dir = Files.createTempDirectory("tributary-kill-");
        try (Receiver rx = new Receiver()) {
            rx.delay(5); // a realistic receiver: some deliveries are always in flight
            int port = freePort();
            Process server = start(dir, port);
            try {
                awaitHealthy(port, server);
                JsonNode creds = TestHttp.JSON.readTree(Files.readString(dir.resolve("first-developer.json")));
                JsonNode testing = creds.get("environments").get(0);
                TestHttp api = new TestHttp("http://127.0.0.1:" + port)
                        .withHeader("dev-id", testing.get("dev_id").asString())
                        .withHeader("x-api-key", testing.get("api_key").asString());
                TestHttp.Response r = api.post(
                        "/v2/dashboard/destinations",
                        "{\"type\":\"webhook\",\"url\":\"" + rx.url() + "\",\"retry_schedule\":[1,1,1,1,1,1,1,1]}");
                assertThat(r.status()).as(r.toString()).isEqualTo(201);

                List<UUID> users = new ArrayList<>();
                for (int i = 0; i < USERS; i++) users.add(UUID.randomUUID());
                Set<String> committed = new HashSet<>();
                try (Connection db = io.tributary.server.support.EmbeddedDb.connect(dir, "tributary")) {
                    UUID envId = environmentId(db, testing.get("dev_id").asString());
                    for (int n = 0; n < PER_USER; n++) {
                        for (UUID u : users) committed.add(insertEvent(db, envId, u, n));
                        if (n == PER_USER / 2) {
                            // Deliveries must be under way before the kill (the test inserts rows directly, so the
                            // server only notices them at its next poll; on a loaded machine that takes a while).
                            rx.await(30, rs -> !rs.isEmpty());
                            server.destroyForcibly().waitFor(); // kill -9 mid-burst, deliveries in flight
                            assertThat(rx.requests().size()).isLessThan(USERS * PER_USER);
                        }
                        Thread.sleep(10);
                    }
                }
                int seenAtKill = rx.requests().size();
                server = start(dir, port);
                awaitHealthy(port, server);
                long up = System.nanoTime();
                rx.await(30, rs -> distinctEvents(rs).size() >= committed.size());
                long tookMs = (System.nanoTime() - up) / 1_000_000;
                Thread.sleep(1000);
                List<Receiver.Request> all = rx.requests();
                assertThat(distinctEvents(all))
                        .as("all delivered within 30 s of the new node")
                        .isEqualTo(committed);
                System.out.printf(
                        "KillRecoveryIT: %d events, %d received before the kill, %d requests in all, the rest %d ms"
                                + " after the new node was up%n",
                        committed.size(), seenAtKill, all.size(), tookMs);
                assertHistoryCountsEverySend(dir, all);
                // per user, never backwards; a duplicate (at-least-once) carries the same trace id
                Map<String, Integer> last = new HashMap<>();
                Map<String, String> trace = new HashMap<>();
                for (Receiver.Request q : all) {
                    JsonNode b = q.json();
                    String user = b.get("user").get("user_id").asString();
                    int n = b.get("data").get(0).get("n").asInt();
                    assertThat(n).isGreaterThanOrEqualTo(last.getOrDefault(user, -1));
                    last.put(user, n);
                    String prev = trace.putIfAbsent(b.get("event").asString(), q.header("X-Terra-Trace-Id"));
                    if (prev != null) assertThat(q.header("X-Terra-Trace-Id")).isEqualTo(prev);
                }
                assertThat(seenAtKill).isGreaterThan(0);
            } finally {
                server.destroy();
                if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) server.destroyForcibly();
                stopPostgres(dir);
            }
        }
    }

    /** Per delivery (trace id): at least as many attempt rows as requests the receiver got; none in flight. */
    private static void assertHistoryCountsEverySend(Path dir, List<Receiver.Request> all) throws Exception {
        Map<String, Integer> received = new HashMap<>();
        for (Receiver.Request q : all) received.merge(q.header("X-Terra-Trace-Id"), 1, Integer::sum);
        Map<String, Integer> attempts = new HashMap<>();
        int sending = 0, interrupted = 0;
        try (Connection db = io.tributary.server.support.EmbeddedDb.connect(dir, "tributary");
                PreparedStatement ps = db.prepareStatement("SELECT delivery_id, status FROM attempts");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                attempts.merge(rs.getString(1), 1, Integer::sum);
                if (rs.getString(2).equals("sending")) sending++;
                if (rs.getString(2).equals("interrupted")) interrupted++;
            }
        }
        received.forEach((trace, n) -> assertThat(attempts.getOrDefault(trace, 0))
                .as("attempts of %s", trace)
                .isGreaterThanOrEqualTo(n));
        assertThat(sending).as("attempts still marked sending").isZero();
        System.out.printf(
                "KillRecoveryIT: %d attempts recorded (%d interrupted by the kill)%n",
                attempts.values().stream().mapToInt(Integer::intValue).sum(), interrupted);
    }

    private static Set<String> distinctEvents(List<Receiver.Request> rs) {
        Set<String> s = new HashSet<>();
        for (Receiver.Request r : rs) s.add(r.json().get("event").asString());
        return s;
    }

    /** Written exactly as OutboxStore writes it; autocommit, so a returned insert is a committed event. */
    private static String insertEvent(Connection db, UUID envId, UUID user, int n) throws SQLException {
        String id = "evt_" + UUID.randomUUID();
        String payload = "{\"type\":\"activity\",\"event\":\"" + id + "\",\"data\":[{\"n\":" + n + "}],\"user\":{"
                + "\"user_id\":\"" + user + "\"},\"version\":\"2022-03-16\"}";
        try (PreparedStatement ps = db.prepareStatement("WITH e AS (INSERT INTO events (id, environment_id, user_id,"
                + " type, reference, payload, ordering_ts) VALUES (?, ?, ?, 'activity', ?, ?::json, ?) RETURNING seq)"
                + " INSERT INTO outbox_pending (seq) SELECT seq FROM e")) {
            ps.setString(1, id);
            ps.setObject(2, envId);
            ps.setObject(3, user);
            ps.setString(4, UUID.randomUUID().toString());
            ps.setString(5, payload);
            ps.setTimestamp(6, Timestamp.from(Instant.now()));
            ps.executeUpdate();
        }
        return id;
    }

    private static UUID environmentId(Connection db, String devId) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT id FROM environments WHERE dev_id = ?")) {
            ps.setString(1, devId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    private static Process start(Path dir, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(
                java,
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "io.tributary.server.TributaryApplication",
                "--tributary.data-dir=" + dir,
                "--server.port=" + port,
                "--tributary.db.url=",
                "--tributary.allow-http-webhooks=true",
                "--tributary.allow-private-webhooks=true");
        pb.redirectErrorStream(true);
        pb.redirectOutput(
                ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()));
        return pb.start();
    }

    private static void awaitHealthy(int port, Process p) throws Exception {
        TestHttp http = new TestHttp("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) throw new AssertionError("server exited with " + p.exitValue());
            try {
                if (http.get("/actuator/health").status() == 200) return;
            } catch (RuntimeException notYet) {
                // connection refused while starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("server did not become healthy");
    }

    private static void stopPostgres(Path dir) {
        try {
            Path pid = dir.resolve("pg/postmaster.pid");
            if (!Files.exists(pid)) return;
            long p = Long.parseLong(Files.readAllLines(pid).get(0).trim());
            ProcessHandle.of(p).ifPresent(h -> {
                h.destroy();
                try {
                    h.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    h.destroyForcibly();
                }
            });
        } catch (IOException | RuntimeException ignored) {
            // already gone
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
