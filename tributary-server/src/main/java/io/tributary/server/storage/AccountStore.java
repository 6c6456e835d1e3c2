package io.tributary.server.storage;

import io.tributary.server.shared.EnvironmentRecord;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Developers, environments, their signing secrets and API keys. */
@Repository
public class AccountStore {
    private static final String ENV_COLUMNS = "id, developer_id, name, dev_id, user_cap";
    private final JdbcClient jdbc;

    public AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertDeveloper(UUID id, String name) {
        jdbc.sql("INSERT INTO developers (id, name) VALUES (?, ?)")
                .params(id, name)
                .update();
    }

    public long countDevelopers() {
        return jdbc.sql("SELECT count(*) FROM developers").query(Long.class).single();
    }

    public Optional<String> developerName(UUID id) {
        return jdbc.sql("SELECT name FROM developers WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    public void insertEnvironment(EnvironmentRecord env, String signingSecretEnc) {
        jdbc.sql("INSERT INTO environments (id, developer_id, name, dev_id, user_cap, signing_secret_enc)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(env.id(), env.developerId(), env.name(), env.devId(), env.userCap(), signingSecretEnc)
                .update();
        jdbc.sql("INSERT INTO environment_settings (environment_id, default_providers) VALUES (?, ?::text[])")
                .params(env.id(), "{}")
                .update();
    }

    public Optional<EnvironmentRecord> findEnvironmentByDevId(String devId) {
        return jdbc.sql("SELECT " + ENV_COLUMNS + " FROM environments WHERE dev_id = ?")
                .param(devId)
                .query(AccountStore::env)
                .optional();
    }

    /** An environment and the active API keys of it that have the given prefix (usually one, or none). */
    public record KeyCandidates(EnvironmentRecord env, List<KeyHash> keys) {}

    public record KeyHash(String id, byte[] hash) {}

    /**
     * The environment with this dev-id and its active keys with this prefix, in one round trip (the API-key check
     * on every authenticated request).
     */
    public Optional<KeyCandidates> keyCandidates(String devId, String prefix) {
        List<Object[]> rows = jdbc.sql("SELECT e.id, e.developer_id, e.name, e.dev_id, e.user_cap, k.id AS key_id,"
                        + " k.key_hash FROM environments e LEFT JOIN api_keys k ON k.environment_id = e.id"
                        + " AND k.prefix = ? AND k.revoked_at IS NULL WHERE e.dev_id = ?")
                .params(prefix, devId)
                .query((rs, n) -> new Object[] {env(rs, n), rs.getString("key_id"), rs.getBytes("key_hash")})
                .list();
        if (rows.isEmpty()) return Optional.empty();
        List<KeyHash> keys = new ArrayList<>(rows.size());
        for (Object[] r : rows) if (r[1] != null) keys.add(new KeyHash((String) r[1], (byte[]) r[2]));
        return Optional.of(new KeyCandidates((EnvironmentRecord) rows.get(0)[0], keys));
    }

    public Optional<EnvironmentRecord> findEnvironment(UUID id) {
        return jdbc.sql("SELECT " + ENV_COLUMNS + " FROM environments WHERE id = ?")
                .param(id)
                .query(AccountStore::env)
                .optional();
    }

    public List<EnvironmentRecord> environmentsOf(UUID developerId) {
        return jdbc.sql("SELECT " + ENV_COLUMNS + " FROM environments WHERE developer_id = ?"
                        + " ORDER BY array_position(ARRAY['testing','staging','production'], name)")
                .param(developerId)
                .query(AccountStore::env)
                .list();
    }

    /** Current and (while the rotation overlap lasts) previous signing secret, both still encrypted. */
    public record SigningSecrets(String currentEnc, String previousEnc, Instant previousExpiresAt) {}

    public SigningSecrets signingSecrets(UUID environmentId) {
        return jdbc.sql("SELECT signing_secret_enc, previous_signing_secret_enc, previous_secret_expires_at"
                        + " FROM environments WHERE id = ?")
                .param(environmentId)
                .query((rs, n) -> new SigningSecrets(
                        rs.getString(1), rs.getString(2), instant(rs.getObject(3, OffsetDateTime.class))))
                .single();
    }

    public void rotateSigningSecret(UUID environmentId, String newEnc, Instant previousExpiresAt) {
        jdbc.sql("UPDATE environments SET previous_signing_secret_enc = signing_secret_enc,"
                        + " previous_secret_expires_at = ?, signing_secret_enc = ? WHERE id = ?")
                .params(previousExpiresAt.atOffset(ZoneOffset.UTC), newEnc, environmentId)
                .update();
    }

    public void insertApiKey(ApiKeyRecord k) {
        jdbc.sql("INSERT INTO api_keys (id, environment_id, prefix, key_hash, label) VALUES (?, ?, ?, ?, ?)")
                .params(k.id(), k.environmentId(), k.prefix(), k.keyHash(), k.label())
                .update();
    }

    public List<ApiKeyRecord> activeKeysByPrefix(UUID environmentId, String prefix) {
        return jdbc.sql("SELECT * FROM api_keys WHERE environment_id = ? AND prefix = ? AND revoked_at IS NULL")
                .params(environmentId, prefix)
                .query(AccountStore::key)
                .list();
    }

    public List<ApiKeyRecord> keysOf(UUID environmentId) {
        return jdbc.sql("SELECT * FROM api_keys WHERE environment_id = ? ORDER BY created_at, id")
                .param(environmentId)
                .query(AccountStore::key)
                .list();
    }

    /** Revokes a key of this environment only; false when the id is unknown here. */
    public boolean revokeApiKey(UUID environmentId, String keyId) {
        return jdbc.sql("UPDATE api_keys SET revoked_at = now() WHERE environment_id = ? AND id = ?"
                                + " AND revoked_at IS NULL")
                        .params(environmentId, keyId)
                        .update()
                > 0;
    }

    public int countActiveKeys(UUID environmentId) {
        return jdbc.sql("SELECT count(*) FROM api_keys WHERE environment_id = ? AND revoked_at IS NULL")
                .param(environmentId)
                .query(Integer.class)
                .single();
    }

    public void touchApiKey(String keyId) {
        // Coarse on purpose: at most one write per key per minute on the hot auth path.
        jdbc.sql("UPDATE api_keys SET last_used_at = now() WHERE id = ?"
                        + " AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')")
                .param(keyId)
                .update();
    }

    private static EnvironmentRecord env(ResultSet rs, int n) throws SQLException {
        return new EnvironmentRecord(
                rs.getObject("id", UUID.class),
                rs.getObject("developer_id", UUID.class),
                rs.getString("name"),
                rs.getString("dev_id"),
                (Integer) rs.getObject("user_cap"));
    }

    private static ApiKeyRecord key(ResultSet rs, int n) throws SQLException {
        return new ApiKeyRecord(
                rs.getString("id"),
                rs.getObject("environment_id", UUID.class),
                rs.getString("prefix"),
                rs.getBytes("key_hash"),
                rs.getString("label"),
                instant(rs.getObject("created_at", OffsetDateTime.class)),
                instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                instant(rs.getObject("revoked_at", OffsetDateTime.class)));
    }

    static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
