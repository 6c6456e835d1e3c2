package io.tributary.server.delivery.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.tributary.server.delivery.writer.EventKinds;
import io.tributary.server.delivery.writer.PayloadFacts;
import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetEvent;
import io.tributary.server.delivery.writer.TargetException;
import io.tributary.server.shared.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
    private volatile boolean tablesReady;

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
    }

    @Override
    public void ping() {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        } catch (SQLException e) {
            throw failure("cannot connect to " + where(), e);
        }
        ensureTables();
    }

    @Override
    public void write(TargetEvent e) {
        ensureTables();
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
            throw failure("writing to " + where() + " failed", ex);
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
            ensureTables();
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
                return java.util.Collections.nCopies(n, failure("writing to " + where() + " failed", ex));
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

    /** Creates the schema (when named and absent) and the three tables; runs once per open target. */
    void ensureTables() {
        if (tablesReady) return;
        synchronized (this) {
            if (tablesReady) return;
            try (Connection c = pool.getConnection();
                    Statement s = c.createStatement()) {
                if (cfg.schema() != null && !schemaExists(c)) {
                    s.execute((d.postgresLike() ? "CREATE SCHEMA IF NOT EXISTS " : "CREATE DATABASE IF NOT EXISTS ")
                            + d.quote(cfg.schema()));
                }
                for (String ddl : ddl()) s.execute(ddl);
                tablesReady = true;
            } catch (SQLException e) {
                TargetException t = failure(
                        "cannot create the terra_* tables in " + where() + " (the user needs CREATE on the"
                                + (d.postgresLike() ? " schema" : " database") + ")",
                        e);
                throw t;
            }
        }
    }

    private boolean schemaExists(Connection c) throws SQLException {
        String sql = d.postgresLike()
                ? "SELECT 1 FROM information_schema.schemata WHERE schema_name = ?"
                : "SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, cfg.schema());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private String[] ddl() {
        if (d.postgresLike()) {
            String created = d == SqlDialect.SUPABASE ? "TIMESTAMPTZ NOT NULL DEFAULT now()" : "TEXT NOT NULL";
            return new String[] {
                "CREATE TABLE IF NOT EXISTS " + users
                        + " (user_id VARCHAR(36) PRIMARY KEY, reference_id TEXT, created_at "
                        + created + ", granted_scopes TEXT, provider TEXT NOT NULL, state VARCHAR(20),"
                        + " last_event_ts BIGINT NOT NULL DEFAULT 0)",
                "CREATE TABLE IF NOT EXISTS " + dataTable + " (user_id VARCHAR(36) NOT NULL, data_type TEXT NOT NULL,"
                        + " created_at " + created + ", payload_id VARCHAR(128) NOT NULL UNIQUE, start_time TEXT,"
                        + " end_time TEXT, payload JSONB NOT NULL)",
                "CREATE INDEX IF NOT EXISTS terra_data_payloads_user_type ON " + dataTable + " (user_id, data_type)",
                "CREATE TABLE IF NOT EXISTS " + miscTable + " (user_id VARCHAR(36), data_type TEXT, payload_type TEXT"
                        + " NOT NULL, created_at " + created + ", payload_id VARCHAR(128) NOT NULL UNIQUE,"
                        + " payload JSONB NOT NULL)",
                "CREATE INDEX IF NOT EXISTS terra_misc_payloads_user ON " + miscTable + " (user_id)"
            };
        }
        String opts = " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4";
        return new String[] {
            "CREATE TABLE IF NOT EXISTS " + users + " (user_id VARCHAR(36) NOT NULL PRIMARY KEY, reference_id TEXT,"
                    + " created_at VARCHAR(40) NOT NULL, granted_scopes TEXT, provider VARCHAR(64) NOT NULL,"
                    + " state VARCHAR(20), last_event_ts BIGINT NOT NULL DEFAULT 0)" + opts,
            "CREATE TABLE IF NOT EXISTS " + dataTable
                    + " (user_id VARCHAR(36) NOT NULL, data_type VARCHAR(64) NOT NULL,"
                    + " created_at VARCHAR(40) NOT NULL, payload_id VARCHAR(128) NOT NULL, start_time VARCHAR(40),"
                    + " end_time VARCHAR(40), payload JSON NOT NULL, UNIQUE KEY terra_data_payloads_payload_id (payload_id),"
                    + " KEY terra_data_payloads_user_type (user_id, data_type))" + opts,
            "CREATE TABLE IF NOT EXISTS " + miscTable + " (user_id VARCHAR(36), data_type VARCHAR(64),"
                    + " payload_type VARCHAR(128) NOT NULL, created_at VARCHAR(40) NOT NULL, payload_id VARCHAR(128) NOT NULL,"
                    + " payload JSON NOT NULL, UNIQUE KEY terra_misc_payloads_payload_id (payload_id),"
                    + " KEY terra_misc_payloads_user (user_id))" + opts
        };
    }

    /**
     * A SQL failure with what it means when the server told us the configuration is wrong (rejected login,
     * unknown database, missing privilege, TLS refused or untrusted): those are not retryable. Connection
     * problems and everything else are.
     */
    TargetException failure(String what, Exception e) {
        String detail = TargetException.describe(e);
        java.util.Set<String> states = new java.util.HashSet<>();
        java.util.Set<Integer> codes = new java.util.HashSet<>();
        boolean certificate = false;
        for (Throwable c = e; c != null && states.size() < 8; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException q) {
                if (q.getSQLState() != null) states.add(q.getSQLState());
                codes.add(q.getErrorCode());
            }
            if (c instanceof javax.net.ssl.SSLException || c instanceof java.security.cert.CertificateException)
                certificate = true;
        }
        String lower = detail.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("certificate") || lower.contains("pkix")) certificate = true;
        String hint = null;
        if (detail.contains("does not support SSL") || detail.contains("SSL is not enabled"))
            hint = "`ssl` is true but the server does not offer TLS";
        else if (detail.contains("no encryption") || detail.contains("requires SSL") || codes.contains(3159))
            hint = "the server requires TLS: set `ssl` to true";
        else if (states.contains("28P01") || states.contains("28000") || codes.contains(1045))
            hint = "the server rejected the user or password";
        else if (states.contains("3D000") || codes.contains(1049)) hint = "the database does not exist";
        else if (states.contains("42501") || codes.contains(1044) || codes.contains(1142))
            hint = "permission denied, the user needs CONNECT/USAGE/CREATE and SELECT/INSERT/UPDATE";
        else if (certificate)
            hint =
                    "the TLS handshake or the server certificate check failed (with `ssl_verify`, the certificate must be"
                            + " issued by a trusted CA or `ssl_root_cert`, for the host name used)";
        if (hint == null) return new TargetException(what + ": " + detail, e);
        return new TargetException(what + ": " + hint + ": " + detail, false, e);
    }

    private String where() {
        return (d == SqlDialect.MYSQL ? "MySQL" : "PostgreSQL") + " at " + cfg.host() + ":" + cfg.port() + "/"
                + cfg.database();
    }

    @Override
    public void close() {
        pool.close();
    }
}
