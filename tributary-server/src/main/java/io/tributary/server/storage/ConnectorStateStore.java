package io.tributary.server.storage;

import io.tributary.connectors.KeyValueStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The connectors' {@link KeyValueStore}s: one per connection ({@code connection_state}, removed with the user) and
 * one per developer app of a provider ({@code app_state}). Each write is its own statement (autocommit unless the
 * caller has a transaction).
 */
@Repository
public class ConnectorStateStore {
    private final JdbcClient jdbc;

    public ConnectorStateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public KeyValueStore forConnection(UUID userId) {
        return new Scoped(
                "connection_state",
                "user_id = :a",
                Map.of("a", userId),
                "INSERT INTO connection_state (user_id, key, value) VALUES (:a, :k, :v)"
                        + " ON CONFLICT (user_id, key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()");
    }

    public KeyValueStore forApp(String provider, String appRef) {
        return new Scoped(
                "app_state",
                "provider = :a AND app_ref = :b",
                Map.of("a", provider, "b", appRef),
                "INSERT INTO app_state (provider, app_ref, key, value) VALUES (:a, :b, :k, :v)"
                        + " ON CONFLICT (provider, app_ref, key) DO UPDATE SET value = EXCLUDED.value,"
                        + " updated_at = now()");
    }

    /** Removes a connection's state (a deauthenticated user keeps its row; its state goes). */
    public void deleteConnection(UUID userId) {
        jdbc.sql("DELETE FROM connection_state WHERE user_id = :u")
                .param("u", userId)
                .update();
    }

    private final class Scoped implements KeyValueStore {
        private final String table;
        private final String where;
        private final Map<String, Object> scope;
        private final String upsert;

        Scoped(String table, String where, Map<String, Object> scope, String upsert) {
            this.table = table;
            this.where = where;
            this.scope = scope;
            this.upsert = upsert;
        }

        @Override
        public Optional<String> get(String key) {
            return jdbc.sql("SELECT value FROM " + table + " WHERE " + where + " AND key = :k")
                    .params(scope)
                    .param("k", key)
                    .query(String.class)
                    .optional();
        }

        @Override
        public void put(String key, String value) {
            if (value == null) {
                delete(key);
                return;
            }
            jdbc.sql(upsert).params(scope).param("k", key).param("v", value).update();
        }

        @Override
        public void delete(String key) {
            jdbc.sql("DELETE FROM " + table + " WHERE " + where + " AND key = :k")
                    .params(scope)
                    .param("k", key)
                    .update();
        }

        @Override
        public Map<String, String> list(String prefix) {
            Map<String, String> out = new LinkedHashMap<>();
            jdbc.sql("SELECT key, value FROM " + table + " WHERE " + where + " AND starts_with(key, :p) ORDER BY key")
                    .params(scope)
                    .param("p", prefix == null ? "" : prefix)
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                    .list()
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        }
    }
}
