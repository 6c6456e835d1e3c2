package io.tributary.server.storage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Single-use mobile SDK tokens from {@code generateAuthToken}, stored as SHA-256 hashes. */
@Repository
public class SdkTokenStore {
    private final JdbcClient jdbc;

    public SdkTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String tokenHash, UUID environmentId, Instant expiresAt) {
        jdbc.sql("INSERT INTO sdk_auth_tokens (token_hash, environment_id, expires_at) VALUES (?, ?, ?)")
                .params(tokenHash, environmentId, expiresAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Marks the token used and returns its environment, once, if it has not expired. */
    public Optional<UUID> redeem(String tokenHash, Instant now) {
        return jdbc.sql("UPDATE sdk_auth_tokens SET used_at = ? WHERE token_hash = ? AND used_at IS NULL"
                        + " AND expires_at > ? RETURNING environment_id")
                .params(now.atOffset(ZoneOffset.UTC), tokenHash, now.atOffset(ZoneOffset.UTC))
                .query(UUID.class)
                .optional();
    }

    public int deleteExpiredBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM sdk_auth_tokens WHERE expires_at < ?")
                .param(cutoff.atOffset(ZoneOffset.UTC))
                .update();
    }
}
