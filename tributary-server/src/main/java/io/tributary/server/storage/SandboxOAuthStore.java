package io.tributary.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sandbox provider's authorization server state: codes and tokens, all stored as SHA-256 hashes. */
@Repository
public class SandboxOAuthStore {
    private final JdbcClient jdbc;

    public SandboxOAuthStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Code(
            String clientId,
            String redirectUri,
            String codeChallenge,
            String scope,
            String accountId,
            Instant expiresAt) {}

    public record Token(
            String kind,
            String clientId,
            String accountId,
            String scope,
            String grantId,
            Instant expiresAt,
            Instant revokedAt) {}

    public void insertCode(String codeHash, Code c) {
        jdbc.sql("INSERT INTO sandbox_oauth_codes (code_hash, client_id, redirect_uri, code_challenge, scope,"
                        + " account_id, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        codeHash,
                        c.clientId(),
                        c.redirectUri(),
                        c.codeChallenge(),
                        c.scope(),
                        c.accountId(),
                        c.expiresAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Uses a code once; empty when unknown or already used. */
    public Optional<Code> useCode(String codeHash) {
        return jdbc.sql("UPDATE sandbox_oauth_codes SET used_at = now() WHERE code_hash = ? AND used_at IS NULL"
                        + " RETURNING *")
                .param(codeHash)
                .query((rs, n) -> new Code(
                        rs.getString("client_id"),
                        rs.getString("redirect_uri"),
                        rs.getString("code_challenge"),
                        rs.getString("scope"),
                        rs.getString("account_id"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    public void insertToken(String tokenHash, Token t) {
        jdbc.sql("INSERT INTO sandbox_oauth_tokens (token_hash, kind, client_id, account_id, scope, grant_id,"
                        + " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        tokenHash,
                        t.kind(),
                        t.clientId(),
                        t.accountId(),
                        t.scope(),
                        t.grantId(),
                        t.expiresAt() == null ? null : t.expiresAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    public Optional<Token> findToken(String tokenHash) {
        return jdbc.sql("SELECT * FROM sandbox_oauth_tokens WHERE token_hash = ?")
                .param(tokenHash)
                .query(SandboxOAuthStore::map)
                .optional();
    }

    /** Retires one refresh token (rotation): true only for the first caller. */
    public boolean retireToken(String tokenHash) {
        return jdbc.sql(
                                "UPDATE sandbox_oauth_tokens SET revoked_at = now() WHERE token_hash = ? AND revoked_at IS NULL")
                        .param(tokenHash)
                        .update()
                == 1;
    }

    /** Revokes every token of a grant (user revoked access, or the client revoked on deauthentication). */
    public int revokeGrant(String grantId) {
        return jdbc.sql("UPDATE sandbox_oauth_tokens SET revoked_at = now() WHERE grant_id = ? AND revoked_at IS NULL")
                .param(grantId)
                .update();
    }

    private static Token map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime exp = rs.getObject("expires_at", OffsetDateTime.class);
        OffsetDateTime rev = rs.getObject("revoked_at", OffsetDateTime.class);
        return new Token(
                rs.getString("kind"),
                rs.getString("client_id"),
                rs.getString("account_id"),
                rs.getString("scope"),
                rs.getString("grant_id"),
                exp == null ? null : exp.toInstant(),
                rev == null ? null : rev.toInstant());
    }
}
