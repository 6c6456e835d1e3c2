package io.tributary.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When each developer app's upkeep at each provider is due ({@code app_maintenance}, V18), claimed by one node at a
 * time: {@code FOR UPDATE SKIP LOCKED} plus a lease (the next run pushed to the claim's end, the node in {@code
 * held_by}), freed at once when the node's heartbeat expires ({@link NodeLeases}).
 */
@Repository
public class AppMaintenanceStore implements NodeLeases {
    private final JdbcClient jdbc;

    public AppMaintenanceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One app at one provider. */
    public record AppKey(String provider, String appRef) {}

    public record Status(Instant nextRunAt, String heldBy, Instant lastRunAt, String lastError) {}

    /** Registers an app (due at {@code dueAt}) unless it is known already. */
    public void ensure(String provider, String appRef, Instant dueAt) {
        jdbc.sql("INSERT INTO app_maintenance (provider, app_ref, next_run_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (provider, app_ref) DO NOTHING")
                .params(provider, appRef, ts(dueAt))
                .update();
    }

    /** Claims up to {@code limit} apps due at {@code now}, until {@code claimUntil}, for {@code holder}. */
    public List<AppKey> claimDue(Instant now, Instant claimUntil, String holder, int limit) {
        return jdbc.sql("UPDATE app_maintenance SET next_run_at = ?, held_by = ? WHERE (provider, app_ref) IN"
                        + " (SELECT provider, app_ref FROM app_maintenance WHERE next_run_at <= ? ORDER BY next_run_at"
                        + " LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING provider, app_ref")
                .params(ts(claimUntil), holder, ts(now), limit)
                .query((rs, n) -> new AppKey(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** Records a run and when the next is due; only while the claim is still {@code holder}'s. */
    public void finish(AppKey app, String holder, Instant ranAt, Instant next, String error) {
        jdbc.sql("UPDATE app_maintenance SET next_run_at = ?, held_by = NULL, last_run_at = ?, last_error = ?"
                        + " WHERE provider = ? AND app_ref = ? AND held_by = ?")
                .params(ts(next), ts(ranAt), error, app.provider(), app.appRef(), holder)
                .update();
    }

    /** Forgets an app that is no longer configured. */
    public void remove(AppKey app) {
        jdbc.sql("DELETE FROM app_maintenance WHERE provider = ? AND app_ref = ?")
                .params(app.provider(), app.appRef())
                .update();
    }

    public Optional<Status> status(String provider, String appRef) {
        return jdbc.sql("SELECT next_run_at, held_by, last_run_at, last_error FROM app_maintenance"
                        + " WHERE provider = ? AND app_ref = ?")
                .params(provider, appRef)
                .query((rs, n) -> new Status(
                        inst(rs, "next_run_at"), rs.getString("held_by"), inst(rs, "last_run_at"), rs.getString(4)))
                .optional();
    }

    /** Makes an app due now (an operator's or a test's nudge). */
    public void makeDue(String provider, String appRef, Instant now) {
        jdbc.sql("UPDATE app_maintenance SET next_run_at = ? WHERE provider = ? AND app_ref = ?")
                .params(ts(now), provider, appRef)
                .update();
    }

    @Override
    public void releaseNodes(List<String> deadNodes) {
        jdbc.sql("UPDATE app_maintenance SET next_run_at = TIMESTAMPTZ '1970-01-01 00:00:00+00', held_by = NULL"
                        + " WHERE held_by IS NOT NULL AND " + NodeStore.nodeOf("held_by") + " = ANY(?::text[])")
                .params((Object) deadNodes.toArray(String[]::new))
                .update();
    }

    private static OffsetDateTime ts(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static Instant inst(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
