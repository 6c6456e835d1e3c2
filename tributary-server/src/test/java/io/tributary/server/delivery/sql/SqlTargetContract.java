package io.tributary.server.delivery.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetEvent;
import io.tributary.server.delivery.writer.TargetException;
import io.tributary.server.delivery.writer.TestEvents;
import io.tributary.server.shared.ApiException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What every SQL destination must do, run against each real server by the subclasses. */
abstract class SqlTargetContract {
    /** The injected clock the target writes its times with. */
    static final java.time.Clock CLOCK =
            java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T12:00:00Z"), java.time.ZoneOffset.UTC);

    static final JsonMapper JSON = JsonMapper.builder().build();
    final List<Target> opened = new ArrayList<>();
    final String schema =
            "trib_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    abstract SqlSender kind();

    /** host, port, database, user, password of the server under test (without schema). */
    abstract ObjectNode baseConfig();

    abstract Connection adminConnection() throws SQLException;

    abstract void dropSchema(Statement s) throws SQLException;

    String qualified(String table) {
        return kind().type().equals("mysql") ? "`" + schema + "`." + table : "\"" + schema + "\"." + table;
    }

    Target open(ObjectNode cfg) {
        Target t = kind().open("test", kind().parse(cfg));
        opened.add(t);
        return t;
    }

    Target openWithSchema() {
        ObjectNode cfg = baseConfig();
        cfg.put("schema", schema);
        return open(cfg);
    }

    @AfterEach
    void cleanUp() throws SQLException {
        opened.forEach(Target::close);
        try (Connection c = adminConnection();
                Statement s = c.createStatement()) {
            dropSchema(s);
        }
    }

    long count(String sql) throws SQLException {
        try (Connection c = adminConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String string(String sql) throws SQLException {
        try (Connection c = adminConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void pingCreatesTheThreeTablesInTheConfiguredSchema() throws SQLException {
        openWithSchema().ping();
        for (String t : List.of("terra_users", "terra_data_payloads", "terra_misc_payloads"))
            assertThat(count("SELECT count(*) FROM " + qualified(t))).isZero();
    }

    @Test
    void writesPayloadsOnceAndKeepsUsersCurrent() throws SQLException {
        Target t = openWithSchema();
        String user = UUID.randomUUID().toString();
        Instant t0 = Instant.parse("2026-11-25T10:00:00Z");
        TargetEvent auth = TestEvents.auth(user, t0);
        TargetEvent act = TestEvents.activity(user, "2026-11-24T08:00:00.000000+00:00", t0.plusSeconds(5), 0);
        t.write(auth);
        t.write(act);
        t.write(TestEvents.again(act));
        t.write(TestEvents.again(auth));

        assertThat(count("SELECT count(*) FROM " + qualified("terra_data_payloads")))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM " + qualified("terra_misc_payloads")))
                .isEqualTo(1);
        assertThat(string("SELECT state FROM " + qualified("terra_users") + " WHERE user_id = '" + user + "'"))
                .isEqualTo("authenticated");
        assertThat(string("SELECT provider FROM " + qualified("terra_users"))).isEqualTo("GARMIN");
        assertThat(string("SELECT start_time FROM " + qualified("terra_data_payloads")))
                .isEqualTo("2026-11-24T08:00:00.000000+00:00");
        assertThat(string("SELECT payload_id FROM " + qualified("terra_data_payloads")))
                .isEqualTo(act.traceId());
        String stored = string("SELECT payload FROM " + qualified("terra_data_payloads"));
        // row times come from the injected clock, not the machine's
        assertThat(string("SELECT created_at FROM " + qualified("terra_data_payloads")))
                .isEqualTo("2026-11-30T12:00:00.000000+00:00");
        assertThat(JSON.readTree(stored)).isEqualTo(act.json());

        // deauth, then a late redelivery of the older auth must not resurrect the user
        t.write(TestEvents.deauth(user, t0.plusSeconds(60)));
        t.write(TestEvents.again(auth));
        assertThat(string("SELECT state FROM " + qualified("terra_users") + " WHERE user_id = '" + user + "'"))
                .isEqualTo("deauthenticated");

        // reauth: the old id is deauthenticated, the new one authenticated
        String newUser = UUID.randomUUID().toString();
        t.write(TestEvents.reauth(user, newUser, t0.plusSeconds(120)));
        assertThat(string("SELECT state FROM " + qualified("terra_users") + " WHERE user_id = '" + newUser + "'"))
                .isEqualTo("authenticated");
        assertThat(count("SELECT count(*) FROM " + qualified("terra_misc_payloads")))
                .isEqualTo(3);
    }

    @Test
    void concurrentWritesFromSeveralThreadsLandExactlyOnce() throws Exception {
        Target t = openWithSchema();
        String user = UUID.randomUUID().toString();
        List<TargetEvent> events = new ArrayList<>();
        for (int i = 0; i < 40; i++)
            events.add(TestEvents.activity(
                    user, "2026-11-%02dT08:00:00.000000+00:00".formatted(1 + i % 28), Instant.now(), 0));
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            Thread th = new Thread(() -> events.forEach(t::write));
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) th.join();
        assertThat(count("SELECT count(*) FROM " + qualified("terra_data_payloads")))
                .isEqualTo(40);
    }

    /** One transaction per batch, yet an event the database refuses fails alone and the others land. */
    @Test
    void aBatchWritesEveryEventOnceAndFailsOnlyTheRejectedOne() throws SQLException {
        Target t = openWithSchema();
        String user = UUID.randomUUID().toString();
        Instant t0 = Instant.parse("2026-11-25T10:00:00Z");
        List<TargetEvent> batch = new ArrayList<>();
        batch.add(TestEvents.auth(user, t0));
        for (int i = 0; i < 5; i++)
            batch.add(TestEvents.activity(
                    UUID.randomUUID().toString(), "2026-11-%02dT08:00:00.000000+00:00".formatted(1 + i), t0, 0));
        // not JSON: PostgreSQL's jsonb cast and MySQL's JSON column refuse it
        batch.add(TestEvents.event("body", user, null, "{\"type\":\"body\", broken", t0));
        batch.add(TestEvents.deauth(user, t0.plusSeconds(60)));

        List<RuntimeException> failures = t.writeBatch(batch);

        assertThat(failures).hasSize(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            if (i == 6) assertThat(failures.get(i)).as("the invalid event").isInstanceOf(TargetException.class);
            else assertThat(failures.get(i)).as("event %d", i).isNull();
        }
        assertThat(count("SELECT count(*) FROM " + qualified("terra_data_payloads")))
                .isEqualTo(5);
        assertThat(count("SELECT count(*) FROM " + qualified("terra_misc_payloads")))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM " + qualified("terra_users"))).isEqualTo(6);
        // the newer deauth wins over the auth of the same batch
        assertThat(string("SELECT state FROM " + qualified("terra_users") + " WHERE user_id = '" + user + "'"))
                .isEqualTo("deauthenticated");

        // the same batch again (a redelivery after a crash): nothing new, every event reported written
        List<TargetEvent> again =
                new ArrayList<>(batch.stream().map(TestEvents::again).toList());
        again.remove(6);
        assertThat(t.writeBatch(again)).containsOnlyNulls();
        assertThat(count("SELECT count(*) FROM " + qualified("terra_data_payloads")))
                .isEqualTo(5);
        assertThat(count("SELECT count(*) FROM " + qualified("terra_misc_payloads")))
                .isEqualTo(2);
        assertThat(string("SELECT state FROM " + qualified("terra_users") + " WHERE user_id = '" + user + "'"))
                .isEqualTo("deauthenticated");
    }

    @Test
    void concurrentBatchesOfTheSameUsersLandExactlyOnce() throws Exception {
        Target t = openWithSchema();
        List<String> users = new ArrayList<>();
        for (int u = 0; u < 8; u++) users.add(UUID.randomUUID().toString());
        List<List<TargetEvent>> batches = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            List<TargetEvent> b = new ArrayList<>();
            // the users in a different order in each batch: the upserts must not deadlock
            for (int u = 0; u < users.size(); u++)
                b.add(TestEvents.activity(
                        users.get((u * (k + 1) + k) % users.size()),
                        "2026-11-%02dT08:00:00.000000+00:00".formatted(1 + u),
                        Instant.now(),
                        0));
            batches.add(b);
        }
        List<List<RuntimeException>> results = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (List<TargetEvent> b : batches) {
            Thread th = new Thread(() -> results.add(t.writeBatch(b)));
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) th.join();
        assertThat(results).hasSize(4).allSatisfy(r -> assertThat(r).containsOnlyNulls());
        assertThat(count("SELECT count(*) FROM " + qualified("terra_data_payloads")))
                .isEqualTo(32);
        assertThat(count("SELECT count(*) FROM " + qualified("terra_users"))).isEqualTo(8);
    }

    @Test
    void aBatchAgainstAServerThatRejectsTheLoginFailsEveryEvent() {
        ObjectNode cfg = baseConfig();
        cfg.put("user", "no_such_user_" + schema);
        cfg.put("password", "wrong");
        Instant now = Instant.now();
        List<TargetEvent> batch = List.of(
                TestEvents.activity(UUID.randomUUID().toString(), "2026-11-01T08:00:00.000000+00:00", now, 0),
                TestEvents.activity(UUID.randomUUID().toString(), "2026-11-02T08:00:00.000000+00:00", now, 0));
        assertThat(open(cfg).writeBatch(batch))
                .hasSize(2)
                .allSatisfy(f -> assertThat(f).isInstanceOf(TargetException.class));
    }

    @Test
    void wrongPasswordFailsThePing() {
        ObjectNode cfg = baseConfig();
        cfg.put("user", "no_such_user_" + schema);
        cfg.put("password", "wrong");
        assertThatThrownBy(() -> open(cfg).ping()).isInstanceOf(TargetException.class);
    }

    @Test
    void invalidConfigurationNamesEveryWrongField() {
        ObjectNode cfg = JSON.createObjectNode();
        cfg.put("port", "seventy");
        cfg.put("schema", "drop table;");
        assertThatThrownBy(() -> kind().parse(cfg))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("`host`")
                .hasMessageContaining("`database`")
                .hasMessageContaining("`user`")
                .hasMessageContaining("`port`")
                .hasMessageContaining("`schema`");
    }

    static Connection connect(String url, String user, String password) throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
