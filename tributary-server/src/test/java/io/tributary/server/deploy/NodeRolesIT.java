package io.tributary.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.delivery.Receiver;
import io.tributary.server.support.EmbeddedDb;
import io.tributary.server.support.ServerProcess;
import io.tributary.server.support.TestHttp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code TRIBUTARY_ROLES} splits a deployment into API nodes and worker nodes on one PostgreSQL: an API-only node
 * stores events but never sends them; a delivery-only node joining the same database sends every one of them, and
 * answers API requests 503 while serving its actuator. An unknown role stops the process at start with a message.
 */
class NodeRolesIT {

    @Test
    void apiNodeStoresAndDeliveryNodeSends() throws Exception {
        Path dir = Files.createTempDirectory("tributary-roles-");
        Path workerDir = Files.createTempDirectory("tributary-roles-worker-");
        try (Receiver rx = new Receiver();
                ServerProcess api = ServerProcess.embedded(dir, "api", "--tributary.roles=api,sync,uploads")) {
            api.awaitHealthy();
            JsonNode testing = TestHttp.JSON
                    .readTree(Files.readString(dir.resolve("first-developer.json")))
                    .get("environments")
                    .get(0);
            TestHttp.Response made = api.http()
                    .withHeader("dev-id", testing.get("dev_id").asString())
                    .withHeader("x-api-key", testing.get("api_key").asString())
                    .post(
                            "/v2/dashboard/destinations",
                            "{\"type\":\"webhook\",\"url\":\"" + rx.url() + "\",\"retry_schedule\":[1,1,1]}");
            assertThat(made.status()).as(made.toString()).isEqualTo(201);

            Set<String> committed = new HashSet<>();
            try (Connection db = EmbeddedDb.connect(dir, "tributary")) {
                UUID env = environmentId(db, testing.get("dev_id").asString());
                for (int i = 0; i < 20; i++) committed.add(insertEvent(db, env, UUID.randomUUID(), i));
            }
            Thread.sleep(3000); // several of the api node's poll intervals: it must not send
            assertThat(rx.requests()).as("an api-only node sends nothing").isEmpty();

            try (ServerProcess worker = ServerProcess.joining(dir, workerDir, "worker", "--tributary.roles=delivery")) {
                worker.awaitHealthy();
                TestHttp.Response refused = worker.http().get("/v2/integrations");
                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
                assertThat(refused.header("Retry-After")).isEqualTo("1");
                assertThat(refused.body()).contains("api role");
                assertThat(worker.http().get("/actuator/health").status()).isEqualTo(200);

                rx.await(30, rs -> events(rs).size() >= committed.size());
                assertThat(events(rx.requests())).isEqualTo(committed);
            }
            assertThat(api.http().get("/v2/integrations").status())
                    .as("the api node still serves the API")
                    .isEqualTo(200);
        } finally {
            ServerProcess.stopPostgres(dir);
        }
    }

    @Test
    void anUnknownRoleStopsTheProcessWithAMessage() throws Exception {
        Path dir = Files.createTempDirectory("tributary-roles-bad-");
        try (ServerProcess p = ServerProcess.embedded(dir, "bad", "--tributary.roles=api,deliveries")) {
            assertThat(p.awaitExit(120)).isNotZero();
            assertThat(p.tail()).contains("TRIBUTARY_ROLES: unknown role 'deliveries'");
        } finally {
            ServerProcess.stopPostgres(dir);
        }
    }

    private static Set<String> events(java.util.List<Receiver.Request> rs) {
        Set<String> s = new HashSet<>();
        for (Receiver.Request r : rs) s.add(r.json().get("event").asString());
        return s;
    }

    private static UUID environmentId(Connection db, String devId) throws Exception {
        try (PreparedStatement ps = db.prepareStatement("SELECT id FROM environments WHERE dev_id = ?")) {
            ps.setString(1, devId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    /** Written as OutboxStore writes an event (see KillRecoveryIT). */
    private static String insertEvent(Connection db, UUID envId, UUID user, int n) throws Exception {
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
}
