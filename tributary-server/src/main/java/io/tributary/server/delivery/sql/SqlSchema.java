package io.tributary.server.delivery.sql;

import com.zaxxer.hikari.HikariDataSource;
import io.tributary.server.delivery.writer.TargetException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The customer database's side of the SQL destination that is not rows: creating the schema and the three
 * {@code terra_*} tables once per open target (docs/decisions.md#13), in each dialect's DDL, and turning the
 * server's refusals (login, database, privilege, TLS) into a {@link TargetException} that says what to fix.
 */
final class SqlSchema {
    private final SqlConfig cfg;
    private final SqlDialect d;
    private final HikariDataSource pool;
    private final String users;
    private final String dataTable;
    private final String miscTable;
    private volatile boolean tablesReady;

    SqlSchema(SqlConfig cfg, HikariDataSource pool, String users, String dataTable, String miscTable) {
        this.cfg = cfg;
        this.d = cfg.dialect();
        this.pool = pool;
        this.users = users;
        this.dataTable = dataTable;
        this.miscTable = miscTable;
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

    String where() {
        return (d == SqlDialect.MYSQL ? "MySQL" : "PostgreSQL") + " at " + cfg.host() + ":" + cfg.port() + "/"
                + cfg.database();
    }
}
