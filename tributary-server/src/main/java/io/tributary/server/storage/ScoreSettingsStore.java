package io.tributary.server.storage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per-environment overrides of the health-score toggles ({@code score_settings}; absent means on). */
@Repository
public class ScoreSettingsStore {
    private final JdbcClient jdbc;

    public ScoreSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Score name → enabled, for the scores whose setting was changed. */
    public Map<String, Boolean> overrides(UUID environmentId) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        jdbc.sql("SELECT score, enabled FROM score_settings WHERE environment_id = ? ORDER BY score")
                .param(environmentId)
                .query(rs -> {
                    out.put(rs.getString("score"), rs.getBoolean("enabled"));
                });
        return out;
    }

    public void set(UUID environmentId, String score, boolean enabled) {
        jdbc.sql("""
                        INSERT INTO score_settings (environment_id, score, enabled) VALUES (?, ?, ?)
                        ON CONFLICT (environment_id, score) DO UPDATE SET enabled = EXCLUDED.enabled, updated_at = now()
                        """).params(environmentId, score, enabled).update();
    }
}
