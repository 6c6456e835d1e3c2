package io.tributary.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** In-flight authorisations: one per pending user, found again by the hash of its OAuth {@code state}. */
@Repository
public class AuthFlowStore {
    private final JdbcClient jdbc;

    public AuthFlowStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record AuthFlow(
            String id,
            UUID environmentId,
            UUID userId,
            String provider,
            String stateHash,
            UUID widgetSessionId,
            String referenceId,
            String language,
            String successUrl,
            String failureUrl,
            String redirectUri,
            String pkceVerifierEnc,
            String requestToken,
            String requestTokenSecretEnc,
            Instant expiresAt,
            Instant consumedAt) {

        public boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    public void insert(AuthFlow f) {
        jdbc.sql("INSERT INTO auth_flows (id, environment_id, user_id, provider, state_hash, widget_session_id,"
                        + " reference_id, language, auth_success_redirect_url, auth_failure_redirect_url,"
                        + " redirect_uri, pkce_verifier_enc, request_token, request_token_secret_enc, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        f.id(),
                        f.environmentId(),
                        f.userId(),
                        f.provider(),
                        f.stateHash(),
                        f.widgetSessionId(),
                        f.referenceId(),
                        f.language(),
                        f.successUrl(),
                        f.failureUrl(),
                        f.redirectUri(),
                        f.pkceVerifierEnc(),
                        f.requestToken(),
                        f.requestTokenSecretEnc(),
                        f.expiresAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    public void setRequestToken(String id, String requestToken, String secretEnc) {
        jdbc.sql("UPDATE auth_flows SET request_token = ?, request_token_secret_enc = ? WHERE id = ?")
                .params(requestToken, secretEnc, id)
                .update();
    }

    public Optional<AuthFlow> findByStateHash(String stateHash) {
        return jdbc.sql("SELECT * FROM auth_flows WHERE state_hash = ?")
                .param(stateHash)
                .query(AuthFlowStore::map)
                .optional();
    }

    public Optional<AuthFlow> findById(String id) {
        return jdbc.sql("SELECT * FROM auth_flows WHERE id = ?")
                .param(id)
                .query(AuthFlowStore::map)
                .optional();
    }

    public Optional<AuthFlow> findByRequestToken(String requestToken) {
        return jdbc.sql("SELECT * FROM auth_flows WHERE request_token = ?")
                .param(requestToken)
                .query(AuthFlowStore::map)
                .optional();
    }

    /**
     * Consumes the flow atomically: returns it only for the first caller (single use, also across nodes).
     */
    public Optional<AuthFlow> consume(String id) {
        return jdbc.sql("UPDATE auth_flows SET consumed_at = now() WHERE id = ? AND consumed_at IS NULL RETURNING *")
                .param(id)
                .query(AuthFlowStore::map)
                .optional();
    }

    /** Flows that were never completed and have expired (their pending users are abandoned). */
    public java.util.List<AuthFlow> expiredUnconsumed(Instant now, int limit) {
        return jdbc.sql("SELECT * FROM auth_flows WHERE consumed_at IS NULL AND expires_at < ? ORDER BY expires_at"
                        + " LIMIT ?")
                .params(now.atOffset(ZoneOffset.UTC), limit)
                .query(AuthFlowStore::map)
                .list();
    }

    /**
     * Flows whose state was used before {@code cutoff} but whose user is still pending: the process that consumed
     * them stopped before finishing (a crash mid-callback). Their provisional users must not linger.
     */
    public java.util.List<AuthFlow> consumedWithPendingUserBefore(Instant cutoff, int limit) {
        return jdbc.sql("SELECT f.* FROM auth_flows f JOIN users u ON u.id = f.user_id"
                        + " WHERE f.consumed_at IS NOT NULL AND f.consumed_at < ? AND u.state = 'pending'"
                        + " ORDER BY f.consumed_at LIMIT ?")
                .params(cutoff.atOffset(ZoneOffset.UTC), limit)
                .query(AuthFlowStore::map)
                .list();
    }

    public int deleteConsumedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM auth_flows WHERE consumed_at IS NOT NULL AND consumed_at < ?")
                .param(cutoff.atOffset(ZoneOffset.UTC))
                .update();
    }

    private static AuthFlow map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime consumed = rs.getObject("consumed_at", OffsetDateTime.class);
        return new AuthFlow(
                rs.getString("id"),
                rs.getObject("environment_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("provider"),
                rs.getString("state_hash"),
                rs.getObject("widget_session_id", UUID.class),
                rs.getString("reference_id"),
                rs.getString("language"),
                rs.getString("auth_success_redirect_url"),
                rs.getString("auth_failure_redirect_url"),
                rs.getString("redirect_uri"),
                rs.getString("pkce_verifier_enc"),
                rs.getString("request_token"),
                rs.getString("request_token_secret_enc"),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                consumed == null ? null : consumed.toInstant());
    }
}
