package io.tributary.server.storage;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class SettingsStore {
    private final JdbcClient jdbc;

    public SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public EnvironmentSettings get(UUID environmentId) {
        return jdbc.sql("SELECT * FROM environment_settings WHERE environment_id = ?")
                .param(environmentId)
                .query(SettingsStore::map)
                .single();
    }

    public void update(UUID environmentId, EnvironmentSettings s) {
        jdbc.sql("UPDATE environment_settings SET default_providers = ?::text[], activity_enabled = ?,"
                        + " daily_enabled = ?, body_enabled = ?, sleep_enabled = ?, nutrition_enabled = ?,"
                        + " menstruation_enabled = ?, athlete_enabled = ?, samples_default = ?,"
                        + " auth_success_redirect_url = ?, auth_failure_redirect_url = ?, widget_display_name = ?,"
                        + " widget_primary_color = ?, widget_logo_url = ?, default_language = ?, updated_at = now()"
                        + " WHERE environment_id = ?")
                .params(
                        toPgArray(s.defaultProviders()),
                        s.activityEnabled(),
                        s.dailyEnabled(),
                        s.bodyEnabled(),
                        s.sleepEnabled(),
                        s.nutritionEnabled(),
                        s.menstruationEnabled(),
                        s.athleteEnabled(),
                        s.samplesDefault(),
                        s.authSuccessRedirectUrl(),
                        s.authFailureRedirectUrl(),
                        s.widgetDisplayName(),
                        s.widgetPrimaryColor(),
                        s.widgetLogoUrl(),
                        s.defaultLanguage(),
                        environmentId)
                .update();
    }

    static String toPgArray(List<String> values) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return sb.append('}').toString();
    }

    static List<String> fromPgArray(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private static EnvironmentSettings map(ResultSet rs, int n) throws SQLException {
        return new EnvironmentSettings(
                fromPgArray(rs.getArray("default_providers")),
                rs.getBoolean("activity_enabled"),
                rs.getBoolean("daily_enabled"),
                rs.getBoolean("body_enabled"),
                rs.getBoolean("sleep_enabled"),
                rs.getBoolean("nutrition_enabled"),
                rs.getBoolean("menstruation_enabled"),
                rs.getBoolean("athlete_enabled"),
                rs.getBoolean("samples_default"),
                rs.getString("auth_success_redirect_url"),
                rs.getString("auth_failure_redirect_url"),
                rs.getString("widget_display_name"),
                rs.getString("widget_primary_color"),
                rs.getString("widget_logo_url"),
                rs.getString("default_language"));
    }
}
