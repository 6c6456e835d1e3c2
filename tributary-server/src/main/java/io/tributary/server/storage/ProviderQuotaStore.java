package io.tributary.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counters of provider rate-limit windows and the pauses a provider's 429 imposes, shared by every node
 * ({@code provider_quota_windows}, {@code provider_pauses}; V17). A take is one atomic statement: the row of the
 * window is created or incremented only while the sum stays within the limit, so nodes never over-spend a window
 * between them. Callers group several takes in one transaction to take all or none.
 */
@Repository
public class ProviderQuotaStore {
    private final JdbcClient jdbc;

    public ProviderQuotaStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds {@code amount} to the window's counter if the result stays within {@code limit}.
     *
     * @return whether the units were taken
     */
    public boolean take(
            String provider,
            String appRef,
            String bucket,
            Instant windowStart,
            Instant windowEnd,
            long amount,
            long limit) {
        if (amount > limit) return false;
        return jdbc.sql("INSERT INTO provider_quota_windows AS w (provider, app_ref, bucket, window_start, used,"
                        + " expires_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (provider, app_ref, bucket, window_start)"
                        + " DO UPDATE SET used = w.used + EXCLUDED.used WHERE w.used + EXCLUDED.used <= ?"
                        + " RETURNING used")
                .params(provider, appRef, bucket, ts(windowStart), amount, ts(windowEnd), limit)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    /** Units taken so far in a window (0 when none). */
    public long used(String provider, String appRef, String bucket, Instant windowStart) {
        return jdbc.sql("SELECT used FROM provider_quota_windows WHERE provider = ? AND app_ref = ? AND bucket = ?"
                        + " AND window_start = ?")
                .params(provider, appRef, bucket, ts(windowStart))
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** Until when the app's calls to the provider are paused, if a pause is still running at {@code now}. */
    public Optional<Instant> pausedUntil(String provider, String appRef, Instant now) {
        return jdbc.sql("SELECT paused_until FROM provider_pauses WHERE provider = ? AND app_ref = ?"
                        + " AND paused_until > ?")
                .params(provider, appRef, ts(now))
                .query(ProviderQuotaStore::instant)
                .optional();
    }

    /** Pauses the app's calls to the provider until {@code until} (a later pause already set is kept). */
    public void pause(String provider, String appRef, Instant until) {
        jdbc.sql("INSERT INTO provider_pauses AS p (provider, app_ref, paused_until) VALUES (?, ?, ?)"
                        + " ON CONFLICT (provider, app_ref) DO UPDATE SET paused_until ="
                        + " GREATEST(p.paused_until, EXCLUDED.paused_until)")
                .params(provider, appRef, ts(until))
                .update();
    }

    /** Removes windows and pauses that ended before {@code now}. */
    public int purge(Instant now) {
        return jdbc.sql("DELETE FROM provider_quota_windows WHERE expires_at < ?")
                        .param(ts(now))
                        .update()
                + jdbc.sql("DELETE FROM provider_pauses WHERE paused_until < ?")
                        .param(ts(now))
                        .update();
    }

    private static OffsetDateTime ts(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int n) throws SQLException {
        return rs.getObject(1, OffsetDateTime.class).toInstant();
    }
}
