package io.tributary.server.delivery.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.tributary.server.delivery.writer.EventKinds;
import io.tributary.server.delivery.writer.PayloadFacts;
import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetEvent;
import io.tributary.server.shared.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import tools.jackson.databind.JsonNode;

/**
 * Writes events into {@code terra_users}, {@code terra_data_payloads} and {@code terra_misc_payloads}
 * (docs/decisions.md#13), creating them on first use. Payload rows are keyed by {@code payload_id} = the delivery's
 * trace id with a unique constraint, so a redelivery inserts nothing ({@code ON CONFLICT DO NOTHING} /
 * {@code ON DUPLICATE KEY UPDATE} with a no-op); {@code terra_users} follows auth, deauth, access_revoked, user_reauth and
 * permission changes, and an older event never overwrites a newer state ({@code last_event_ts}).
 */
public final class SqlTarget implements Target {
    private final SqlConfig cfg;
    private final SqlDialect d;
    private final HikariDataSource pool;
    private final String users;
    private final String dataTable;
    private final String miscTable;
    private final Clock clock;
    private final SqlSchema schema;

    public SqlTarget(String destinationId, SqlConfig cfg, Clock clock) {
        this.cfg = cfg;
        this.clock = clock;
        this.d = cfg.dialect();
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(cfg.jdbcUrl());
        hc.setDataSourceProperties(cfg.driverProperties());
        hc.setUsername(cfg.user());
        hc.setPassword(cfg.password());
        hc.setMaximumPoolSize(cfg.poolSize());
        hc.setMinimumIdle(0);
        hc.setIdleTimeout(60_000);
        hc.setMaxLifetime(900_000);
        hc.setConnectionTimeout(10_000);
        hc.setValidationTimeout(5_000);
        hc.setInitializationFailTimeout(-1);
        hc.setPoolName("destination-" + destinationId);
        hc.setDriverClassName(d.postgresLike() ? "org.postgresql.Driver" : "org.mariadb.jdbc.Driver");
        this.pool = new HikariDataSource(hc);
        String prefix = cfg.schema() == null ? "" : d.quote(cfg.schema()) + ".";
        this.users = prefix + d.quote("terra_users");
        this.dataTable = prefix + d.quote("terra_data_payloads");
        this.miscTable = prefix + d.quote("terra_misc_payloads");
        this.schema = new SqlSchema(cfg, pool, users, dataTable, miscTable);
    }

    @Override
    public void ping() {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        } catch (SQLException e) {
            throw schema.failure("cannot connect to " + schema.where(), e);
        }
        schema.ensureTables();
    }

    @Override
    public void write(TargetEvent e) {
        schema.ensureTables();
        PayloadFacts facts = PayloadFacts.of(e);
        boolean touchesUsers = touchesUsers(e, facts);
        try (Connection c = pool.getConnection()) {
            if (!touchesUsers) {
                // the common case (data events of a user already written): one autocommit INSERT
                insertPayload(c, e, facts);
                return;
            }
            inTransaction(c, () -> {
                insertPayload(c, e, facts);
                updateUsers(c, e, facts);
            });
            if (!STATE_EVENTS.contains(e.type()) && facts.user() != null) remember(facts.user(), e);
        } catch (SQLException ex) {
            throw schema.failure("writing to " + schema.where() + " failed", ex);
        }
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    /** Runs {@code work} in one transaction on {@code c}, back in autocommit mode afterwards either way. */
    private static void inTransaction(Connection c, SqlWork work) throws SQLException {
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException ex) {
            c.rollback();
            throw ex;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * One transaction for the whole batch: one multi-row {@code INSERT} per payload table that skips payload
     * ids already stored, then the {@code terra_users} upserts the events need, in user id order. If the
     * database rejects the data of one event (invalid JSON, a value too long: SQL states 22xxx/23xxx), the batch
     * is rolled back and written one event at a time, so only that event fails; any other failure (connection,
     * credentials) is every event's failure.
     */
    @Override
    public java.util.List<RuntimeException> writeBatch(java.util.List<TargetEvent> events) {
        int n = events.size();
        RuntimeException[] out = new RuntimeException[n];
        try {
            schema.ensureTables();
        } catch (RuntimeException e) {
            return java.util.Collections.nCopies(n, e);
        }
        PayloadFacts[] facts = new PayloadFacts[n];
        boolean[] users = new boolean[n];
        for (int i = 0; i < n; i++) {
            facts[i] = PayloadFacts.of(events.get(i));
            users[i] = touchesUsers(events.get(i), facts[i]);
        }
        try (Connection c = pool.getConnection()) {
            inTransaction(c, () -> {
                insertPayloads(c, events, facts, true);
                insertPayloads(c, events, facts, false);
                // in user id order, so two concurrent batches lock terra_users rows in the same order (no deadlock)
                java.util.List<Integer> upserts = new java.util.ArrayList<>();
                for (int i = 0; i < n; i++) if (users[i]) upserts.add(i);
                upserts.sort(java.util.Comparator.comparing(
                        i -> userKey(facts[i]), java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
                for (int i : upserts) updateUsers(c, events.get(i), facts[i]);
            });
        } catch (SQLException ex) {
            if (!dataError(ex))
                return java.util.Collections.nCopies(n, schema.failure("writing to " + schema.where() + " failed", ex));
            for (int i = 0; i < n; i++) {
                try {
                    write(events.get(i));
                } catch (RuntimeException one) {
                    out[i] = one;
                }
            }
            return java.util.Arrays.asList(out);
        } catch (RuntimeException ex) {
            return java.util.Collections.nCopies(n, ex);
        }
        for (int i = 0; i < n; i++) {
            TargetEvent e = events.get(i);
            if (users[i] && !STATE_EVENTS.contains(e.type()) && facts[i].user() != null) remember(facts[i].user(), e);
        }
        return java.util.Arrays.asList(out);
    }

    private static String userKey(PayloadFacts f) {
        JsonNode u = f.user() != null ? f.user() : f.oldUser() != null ? f.oldUser() : f.newUser();
        return u == null ? null : text(u.get("user_id"));
    }

    /**
     * A redelivery (same payload id) inserts nothing. MySQL gets {@code ON DUPLICATE KEY UPDATE} with a no-op
     * rather than {@code INSERT IGNORE}, which would also turn a refused value (invalid JSON, a value too long)
     * into a warning and report a row as written that was never stored.
     */
    private String onDuplicatePayload() {
        return d.postgresLike()
                ? " ON CONFLICT (payload_id) DO NOTHING"
                : " ON DUPLICATE KEY UPDATE payload_id = payload_id";
    }

    /** The database refused a value (data exception, constraint), not the connection or the login. */
    private static boolean dataError(SQLException e) {
        for (SQLException q = e; q != null; q = q.getNextException()) {
            String st = q.getSQLState();
            if (st != null && (st.startsWith("22") || st.startsWith("23"))) return true;
        }
        return false;
    }

    /** One multi-row INSERT of the batch's data events ({@code data}) or of its other events. */
    private void insertPayloads(Connection c, java.util.List<TargetEvent> events, PayloadFacts[] facts, boolean data)
            throws SQLException {
        java.util.List<Integer> rows = new java.util.ArrayList<>();
        for (int i = 0; i < events.size(); i++)
            if (EventKinds.isData(events.get(i).type()) == data) rows.add(i);
        if (rows.isEmpty()) return;
        String json = d.postgresLike() ? "CAST(? AS jsonb)" : "?";
        String one = data ? "(?, ?, ?, ?, ?, ?, " + json + ")" : "(?, ?, ?, ?, ?, " + json + ")";
        StringBuilder sql = new StringBuilder("INSERT INTO ")
                .append(data ? dataTable : miscTable)
                .append(
                        data
                                ? " (user_id, data_type, created_at, payload_id, start_time, end_time, payload) VALUES "
                                : " (user_id, data_type, payload_type, created_at, payload_id, payload) VALUES ");
        for (int k = 0; k < rows.size(); k++) sql.append(k == 0 ? "" : ", ").append(one);
        sql.append(onDuplicatePayload());
        Instant now = clock.instant();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (int r : rows) {
                TargetEvent e = events.get(r);
                ps.setString(i++, e.userId());
                ps.setString(i++, e.type());
                if (!data) ps.setString(i++, e.type());
                setCreatedAt(ps, i++, now);
                ps.setString(i++, e.traceId());
                if (data) {
                    ps.setString(i++, facts[r].startTime());
                    ps.setString(i++, facts[r].endTime());
                }
                ps.setString(i++, e.payloadString());
            }
            ps.executeUpdate();
        }
    }

    private static final java.util.Set<String> STATE_EVENTS =
            java.util.Set.of("auth", "deauth", "access_revoked", "user_reauth");

    /**
     * Users this target has already written with the same provider, scopes and reference (and the event time),
     * so that a stream of data events does not upsert the same {@code terra_users} row again and again.
     */
    private final java.util.Map<String, String> knownUsers = new java.util.concurrent.ConcurrentHashMap<>();

    private static String fingerprint(JsonNode u) {
        return text(u.get("provider")) + "|" + text(u.get("scopes")) + "|" + text(u.get("reference_id"));
    }

    private boolean touchesUsers(TargetEvent e, PayloadFacts f) {
        if (STATE_EVENTS.contains(e.type())) {
            knownUsers.clear(); // states changed: re-check everyone rather than reason about ordering here
            return true;
        }
        if (f.user() == null) return false;
        String id = text(f.user().get("user_id"));
        return id == null || !fingerprint(f.user()).equals(knownUsers.get(id));
    }

    private void remember(JsonNode u, TargetEvent e) {
        String id = text(u.get("user_id"));
        if (id == null) return;
        if (knownUsers.size() > 10_000) knownUsers.clear();
        knownUsers.put(id, fingerprint(u));
    }

    private void insertPayload(Connection c, TargetEvent e, PayloadFacts facts) throws SQLException {
        boolean data = EventKinds.isData(e.type());
        String json = d.postgresLike() ? "CAST(? AS jsonb)" : "?";
        String sql;
        if (data) {
            sql = ("INSERT INTO ") + dataTable
                    + " (user_id, data_type, created_at, payload_id, start_time, end_time, payload) VALUES (?, ?, ?, ?, ?, ?, "
                    + json + ")" + onDuplicatePayload();
        } else {
            sql = ("INSERT INTO ") + miscTable
                    + " (user_id, data_type, payload_type, created_at, payload_id, payload) VALUES (?, ?, ?, ?, ?, "
                    + json
                    + ")" + onDuplicatePayload();
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, e.userId());
            ps.setString(i++, e.type());
            if (!data) ps.setString(i++, e.type());
            setCreatedAt(ps, i++, clock.instant());
            ps.setString(i++, e.traceId());
            if (data) {
                ps.setString(i++, facts.startTime());
                ps.setString(i++, facts.endTime());
            }
            ps.setString(i, e.payloadString());
            ps.executeUpdate();
        }
    }

    private void setCreatedAt(PreparedStatement ps, int i, Instant t) throws SQLException {
        if (d == SqlDialect.SUPABASE) ps.setObject(i, t.atOffset(ZoneOffset.UTC));
        else ps.setString(i, Timestamps.iso(t));
    }

    private void updateUsers(Connection c, TargetEvent e, PayloadFacts f) throws SQLException {
        long ts = micros(e.orderingTs());
        switch (e.type()) {
            case "auth" -> {
                if ("success".equals(f.status()) && f.user() != null) upsertUser(c, f.user(), "authenticated", ts);
            }
            case "deauth", "access_revoked" -> {
                if (f.user() != null) upsertUser(c, f.user(), "deauthenticated", ts);
            }
            case "user_reauth" -> {
                if (f.oldUser() != null) upsertUser(c, f.oldUser(), "deauthenticated", ts);
                if (f.newUser() != null) upsertUser(c, f.newUser(), "authenticated", ts);
            }
            default -> {
                if (f.user() != null) upsertUser(c, f.user(), null, ts);
            }
        }
    }

    /** Inserts or refreshes one user; {@code state} null keeps the stored state (data and other events). */
    private void upsertUser(Connection c, JsonNode u, String state, long ts) throws SQLException {
        String userId = text(u.get("user_id"));
        if (userId == null) return;
        String sql;
        if (d.postgresLike()) {
            sql = "INSERT INTO " + users
                    + " AS t (user_id, reference_id, created_at, granted_scopes, provider, state, last_event_ts)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
                    + " reference_id = EXCLUDED.reference_id, granted_scopes = EXCLUDED.granted_scopes,"
                    + " provider = EXCLUDED.provider, "
                    + (state == null ? "" : "state = EXCLUDED.state, ")
                    + "last_event_ts = EXCLUDED.last_event_ts WHERE t.last_event_ts <= EXCLUDED.last_event_ts";
        } else {
            String newer = "VALUES(last_event_ts) >= last_event_ts";
            sql = "INSERT INTO " + users
                    + " (user_id, reference_id, created_at, granted_scopes, provider, state, last_event_ts)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                    + " reference_id = IF(" + newer + ", VALUES(reference_id), reference_id),"
                    + " granted_scopes = IF(" + newer + ", VALUES(granted_scopes), granted_scopes),"
                    + " provider = IF(" + newer + ", VALUES(provider), provider),"
                    + (state == null ? "" : " state = IF(" + newer + ", VALUES(state), state),")
                    + " last_event_ts = GREATEST(last_event_ts, VALUES(last_event_ts))";
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, userId);
            ps.setString(2, text(u.get("reference_id")));
            String created = text(u.get("created_at"));
            if (d == SqlDialect.SUPABASE) {
                OffsetDateTime t;
                try {
                    t = created == null ? clock.instant().atOffset(ZoneOffset.UTC) : OffsetDateTime.parse(created);
                } catch (RuntimeException bad) {
                    t = clock.instant().atOffset(ZoneOffset.UTC);
                }
                ps.setObject(3, t);
            } else ps.setString(3, created == null ? Timestamps.iso(clock.instant()) : created);
            String scopes = text(u.get("scopes"));
            if (scopes == null) ps.setNull(4, Types.VARCHAR);
            else ps.setString(4, scopes);
            String provider = text(u.get("provider"));
            ps.setString(5, provider == null ? "UNKNOWN" : provider);
            ps.setString(6, state == null ? "authenticated" : state);
            ps.setLong(7, ts);
            ps.executeUpdate();
        }
    }

    private static long micros(Instant t) {
        Instant i = t == null ? Instant.EPOCH : t;
        return ChronoUnit.MICROS.between(Instant.EPOCH, i);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asString();
    }

    @Override
    public void close() {
        pool.close();
    }
}
