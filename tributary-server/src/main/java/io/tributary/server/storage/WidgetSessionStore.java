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

/** Hosted widget sessions created by {@code generateWidgetSession}. */
@Repository
public class WidgetSessionStore {
    private final JdbcClient jdbc;

    public WidgetSessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record WidgetSession(
            UUID id,
            UUID environmentId,
            List<String> providers,
            String language,
            String referenceId,
            String successUrl,
            String failureUrl,
            boolean showDisconnect,
            Instant expiresAt,
            Instant usedAt) {}

    public void insert(WidgetSession s) {
        jdbc.sql("INSERT INTO widget_sessions (id, environment_id, providers, language, reference_id,"
                        + " auth_success_redirect_url, auth_failure_redirect_url, show_disconnect, expires_at)"
                        + " VALUES (?, ?, ?::text[], ?, ?, ?, ?, ?, ?)")
                .params(
                        s.id(),
                        s.environmentId(),
                        SettingsStore.toPgArray(s.providers()),
                        s.language(),
                        s.referenceId(),
                        s.successUrl(),
                        s.failureUrl(),
                        s.showDisconnect(),
                        s.expiresAt().atOffset(ZoneOffset.UTC))
                .update();
    }

    public Optional<WidgetSession> find(UUID id) {
        return jdbc.sql("SELECT * FROM widget_sessions WHERE id = ?")
                .param(id)
                .query(WidgetSessionStore::map)
                .optional();
    }

    /** Marks the session used; false when it was already used (a second tab, a replay). */
    public boolean markUsed(UUID id) {
        return jdbc.sql("UPDATE widget_sessions SET used_at = now() WHERE id = ? AND used_at IS NULL")
                        .param(id)
                        .update()
                == 1;
    }

    public int deleteExpiredBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM widget_sessions WHERE expires_at < ?")
                .param(cutoff.atOffset(ZoneOffset.UTC))
                .update();
    }

    private static WidgetSession map(ResultSet rs, int n) throws SQLException {
        OffsetDateTime used = rs.getObject("used_at", OffsetDateTime.class);
        return new WidgetSession(
                rs.getObject("id", UUID.class),
                rs.getObject("environment_id", UUID.class),
                SettingsStore.fromPgArray(rs.getArray("providers")),
                rs.getString("language"),
                rs.getString("reference_id"),
                rs.getString("auth_success_redirect_url"),
                rs.getString("auth_failure_redirect_url"),
                rs.getBoolean("show_disconnect"),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                used == null ? null : used.toInstant());
    }
}
