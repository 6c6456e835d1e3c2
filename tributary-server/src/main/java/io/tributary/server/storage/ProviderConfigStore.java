package io.tributary.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per-environment provider settings (enable/disable, developer's own client id/secret, redirect, scopes). */
@Repository
public class ProviderConfigStore {
    private final JdbcClient jdbc;

    public ProviderConfigStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One row of settings; {@code enabled == null} means "descriptor default".
     *
     * @param clientSecretEnc SecretBox ciphertext
     */
    public record ProviderConfig(
            UUID environmentId,
            String provider,
            Boolean enabled,
            String clientId,
            String clientSecretEnc,
            String redirectUrl,
            String scopes) {

        public boolean hasClientCredentials() {
            return clientId != null && !clientId.isBlank() && clientSecretEnc != null;
        }

        public static ProviderConfig empty(UUID environmentId, String provider) {
            return new ProviderConfig(environmentId, provider, null, null, null, null, null);
        }
    }

    public Optional<ProviderConfig> find(UUID environmentId, String provider) {
        return jdbc.sql("SELECT * FROM provider_configs WHERE environment_id = ? AND provider = ?")
                .params(environmentId, provider)
                .query(ProviderConfigStore::map)
                .optional();
    }

    public List<ProviderConfig> list(UUID environmentId) {
        return jdbc.sql("SELECT * FROM provider_configs WHERE environment_id = ? ORDER BY provider")
                .param(environmentId)
                .query(ProviderConfigStore::map)
                .list();
    }

    /** Every environment's settings for one provider. */
    public List<ProviderConfig> listForProvider(String provider) {
        return jdbc.sql("SELECT * FROM provider_configs WHERE provider = ? ORDER BY environment_id")
                .param(provider)
                .query(ProviderConfigStore::map)
                .list();
    }

    public void upsert(ProviderConfig c) {
        jdbc.sql("INSERT INTO provider_configs (environment_id, provider, enabled, client_id, client_secret_enc,"
                        + " redirect_url, scopes) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (environment_id, provider) DO UPDATE SET enabled = EXCLUDED.enabled,"
                        + " client_id = EXCLUDED.client_id, client_secret_enc = EXCLUDED.client_secret_enc,"
                        + " redirect_url = EXCLUDED.redirect_url, scopes = EXCLUDED.scopes, updated_at = now()")
                .params(
                        c.environmentId(),
                        c.provider(),
                        c.enabled(),
                        c.clientId(),
                        c.clientSecretEnc(),
                        c.redirectUrl(),
                        c.scopes())
                .update();
    }

    public boolean delete(UUID environmentId, String provider) {
        return jdbc.sql("DELETE FROM provider_configs WHERE environment_id = ? AND provider = ?")
                        .params(environmentId, provider)
                        .update()
                > 0;
    }

    private static ProviderConfig map(ResultSet rs, int n) throws SQLException {
        return new ProviderConfig(
                rs.getObject("environment_id", UUID.class),
                rs.getString("provider"),
                (Boolean) rs.getObject("enabled"),
                rs.getString("client_id"),
                rs.getString("client_secret_enc"),
                rs.getString("redirect_url"),
                rs.getString("scopes"));
    }
}
