package io.tributary.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A connected user's credentials at the provider. Token columns hold SecretBox ciphertext only; this store
 * never sees plaintext.
 */
@Repository
public class ConnectionStore implements NodeLeases {
    private final JdbcClient jdbc;

    public ConnectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record ConnectionRecord(
            UUID userId,
            UUID environmentId,
            String provider,
            String providerUserId,
            String accessTokenEnc,
            String refreshTokenEnc,
            String tokenSecretEnc,
            String credentialsEnc,
            Instant expiresAt,
            String scopes,
            String status,
            Instant backfilledAt,
            Instant lastSyncAt,
            Instant nextSyncAt) {

        public static final String ACTIVE = "active";
        public static final String ERROR = "error";
        public static final String REVOKED = "revoked";
    }

    public void insert(ConnectionRecord c) {
        jdbc.sql("INSERT INTO connections (user_id, environment_id, provider, provider_user_id, access_token_enc,"
                        + " refresh_token_enc, token_secret_enc, credentials_enc, expires_at, scopes, status,"
                        + " next_sync_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        c.userId(),
                        c.environmentId(),
                        c.provider(),
                        c.providerUserId(),
                        c.accessTokenEnc(),
                        c.refreshTokenEnc(),
                        c.tokenSecretEnc(),
                        c.credentialsEnc(),
                        ts(c.expiresAt()),
                        c.scopes(),
                        c.status(),
                        ts(c.nextSyncAt()))
                .update();
    }

    public Optional<ConnectionRecord> find(UUID userId) {
        return jdbc.sql("SELECT * FROM connections WHERE user_id = ?")
                .param(userId)
                .query(ConnectionStore::map)
                .optional();
    }

    /** Locks the row until the end of the transaction: the one in-flight refresh per connection, on any node. */
    public Optional<ConnectionRecord> findForUpdate(UUID userId) {
        return jdbc.sql("SELECT * FROM connections WHERE user_id = ? FOR UPDATE")
                .param(userId)
                .query(ConnectionStore::map)
                .optional();
    }

    public void updateTokens(UUID userId, String accessEnc, String refreshEnc, Instant expiresAt) {
        jdbc.sql("UPDATE connections SET access_token_enc = ?, refresh_token_enc = ?, expires_at = ?,"
                        + " status = 'active', refreshed_at = now(), updated_at = now() WHERE user_id = ?")
                .params(accessEnc, refreshEnc, ts(expiresAt), userId)
                .update();
    }

    /** Sets the status; returns true when it changed (so an event is emitted once per transition). */
    public boolean setStatus(UUID userId, String status) {
        return jdbc.sql("UPDATE connections SET status = ?, updated_at = now() WHERE user_id = ? AND status <> ?")
                        .params(status, userId, status)
                        .update()
                == 1;
    }

    public void delete(UUID userId) {
        jdbc.sql("DELETE FROM connections WHERE user_id = ?").param(userId).update();
    }

    /**
     * Claims up to {@code limit} active connections whose next sync is due, pushing their next sync to {@code
     * claimUntil} so another node does not take them (SKIP LOCKED: nodes never wait for each other), and noting the
     * claiming node ({@code holder}, a {@link NodeHeartbeat#nodeId()}): if that node dies, {@link #releaseNodes}
     * makes the pull due again as soon as its heartbeat expires.
     */
    public List<ConnectionRecord> claimDue(Instant now, Instant claimUntil, int limit, String holder) {
        return jdbc.sql("UPDATE connections SET next_sync_at = ?, sync_held_by = ? WHERE user_id IN (SELECT user_id"
                        + " FROM connections WHERE status = 'active' AND next_sync_at IS NOT NULL AND next_sync_at <= ?"
                        + " ORDER BY next_sync_at LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING *")
                .params(ts(claimUntil), holder, ts(now), limit)
                .query(ConnectionStore::map)
                .list();
    }

    public void markSynced(UUID userId, Instant at, Instant next, boolean backfill) {
        jdbc.sql("UPDATE connections SET last_sync_at = ?, next_sync_at = ?, sync_held_by = NULL,"
                        + " backfilled_at = CASE WHEN ? THEN ? ELSE backfilled_at END WHERE user_id = ?")
                .params(ts(at), ts(next), backfill, ts(at), userId)
                .update();
    }

    /** Pulls claimed by nodes that died are due again at once (the epoch is before any clock's now). */
    @Override
    public void releaseNodes(List<String> deadNodes) {
        jdbc.sql("UPDATE connections SET next_sync_at = TIMESTAMPTZ '1970-01-01 00:00:00+00', sync_held_by = NULL"
                        + " WHERE sync_held_by IS NOT NULL AND " + NodeStore.nodeOf("sync_held_by")
                        + " = ANY(?::text[])")
                .params((Object) deadNodes.toArray(String[]::new))
                .update();
    }

    public List<ConnectionRecord> byEnvironment(UUID environmentId) {
        return jdbc.sql("SELECT * FROM connections WHERE environment_id = ? ORDER BY created_at")
                .param(environmentId)
                .query(ConnectionStore::map)
                .list();
    }

    private static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static Instant inst(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static ConnectionRecord map(ResultSet rs, int n) throws SQLException {
        return new ConnectionRecord(
                rs.getObject("user_id", UUID.class),
                rs.getObject("environment_id", UUID.class),
                rs.getString("provider"),
                rs.getString("provider_user_id"),
                rs.getString("access_token_enc"),
                rs.getString("refresh_token_enc"),
                rs.getString("token_secret_enc"),
                rs.getString("credentials_enc"),
                inst(rs, "expires_at"),
                rs.getString("scopes"),
                rs.getString("status"),
                inst(rs, "backfilled_at"),
                inst(rs, "last_sync_at"),
                inst(rs, "next_sync_at"));
    }
}
