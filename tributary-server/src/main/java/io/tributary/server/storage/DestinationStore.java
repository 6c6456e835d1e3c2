package io.tributary.server.storage;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code destinations} table. Deleting is soft (delivery history keeps pointing at the row). */
@Repository
public class DestinationStore {
    private static final String COLUMNS = "id, environment_id, type, config::text AS config, active, disabled_reason,"
            + " timeout_ms, retry_schedule_seconds, healthcheck_enabled, healthcheck_interval_seconds,"
            + " last_healthcheck_at, version, created_at, updated_at";
    private final JdbcClient jdbc;

    public DestinationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(DestinationRecord d) {
        jdbc.sql("INSERT INTO destinations (id, environment_id, type, config, active, disabled_reason, timeout_ms,"
                        + " retry_schedule_seconds, healthcheck_enabled, healthcheck_interval_seconds)"
                        + " VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?::int[], ?, ?)")
                .params(
                        d.id(),
                        d.environmentId(),
                        d.type(),
                        d.configJson(),
                        d.active(),
                        d.disabledReason(),
                        d.timeoutMs(),
                        intArray(d.retryScheduleSeconds()),
                        d.healthcheckEnabled(),
                        d.healthcheckIntervalSeconds())
                .update();
    }

    /** Replaces the editable fields and bumps the version. */
    public boolean update(DestinationRecord d) {
        return jdbc.sql("UPDATE destinations SET config = ?::jsonb, active = ?, disabled_reason = ?, timeout_ms = ?,"
                                + " retry_schedule_seconds = ?::int[], healthcheck_enabled = ?,"
                                + " healthcheck_interval_seconds = ?, version = version + 1, updated_at = now()"
                                + " WHERE id = ? AND environment_id = ? AND deleted_at IS NULL")
                        .params(
                                d.configJson(),
                                d.active(),
                                d.disabledReason(),
                                d.timeoutMs(),
                                intArray(d.retryScheduleSeconds()),
                                d.healthcheckEnabled(),
                                d.healthcheckIntervalSeconds(),
                                d.id(),
                                d.environmentId())
                        .update()
                > 0;
    }

    /** Soft delete; pending deliveries to it are abandoned as failed. */
    public boolean delete(UUID environmentId, String id) {
        int n = jdbc.sql("UPDATE destinations SET deleted_at = now(), active = false, version = version + 1,"
                        + " updated_at = now() WHERE id = ? AND environment_id = ? AND deleted_at IS NULL")
                .params(id, environmentId)
                .update();
        if (n > 0)
            jdbc.sql("UPDATE deliveries SET status = 'failed', last_error = 'destination deleted', updated_at = now()"
                            + " WHERE destination_id = ? AND status IN ('waiting', 'pending', 'delivering')")
                    .params(id)
                    .update();
        return n > 0;
    }

    public List<DestinationRecord> list(UUID environmentId) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM destinations WHERE environment_id = ? AND deleted_at IS NULL ORDER BY created_at, id")
                .params(environmentId)
                .query(DestinationStore::map)
                .list();
    }

    public Optional<DestinationRecord> find(UUID environmentId, String id) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM destinations WHERE id = ? AND environment_id = ? AND deleted_at IS NULL")
                .params(id, environmentId)
                .query(DestinationStore::map)
                .optional();
    }

    /** By id alone, deleted or not (for the delivery engine). */
    public Optional<DestinationRecord> findById(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM destinations WHERE id = ?")
                .params(id)
                .query(DestinationStore::map)
                .optional();
    }

    public String environmentName(UUID environmentId) {
        return jdbc.sql("SELECT name FROM environments WHERE id = ?")
                .params(environmentId)
                .query(String.class)
                .optional()
                .orElse("testing");
    }

    public boolean hasActive(UUID environmentId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM destinations WHERE environment_id = ? AND active"
                        + " AND deleted_at IS NULL)")
                .params(environmentId)
                .query(Boolean.class)
                .single();
    }

    /** 410 Gone and similar: nothing more is sent until the developer re-enables it. */
    public void disable(String id, String reason) {
        jdbc.sql("UPDATE destinations SET active = false, disabled_reason = ?, version = version + 1,"
                        + " updated_at = now() WHERE id = ? AND active")
                .params(reason, id)
                .update();
    }

    /** Active destinations with healthchecks on whose last one is older than their interval. */
    public List<DestinationRecord> dueForHealthcheck(long defaultIntervalSeconds) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM destinations WHERE active AND deleted_at IS NULL"
                        + " AND healthcheck_enabled AND (last_healthcheck_at IS NULL OR last_healthcheck_at"
                        + " + make_interval(secs => coalesce(healthcheck_interval_seconds, ?)) <= now())"
                        + " ORDER BY id LIMIT 500")
                .params(defaultIntervalSeconds)
                .query(DestinationStore::map)
                .list();
    }

    /** Claims the healthcheck slot (true if this process won it: several processes may run the scheduler). */
    public boolean claimHealthcheck(String id, long defaultIntervalSeconds) {
        return jdbc.sql("UPDATE destinations SET last_healthcheck_at = now() WHERE id = ? AND (last_healthcheck_at"
                                + " IS NULL OR last_healthcheck_at + make_interval(secs => coalesce("
                                + "healthcheck_interval_seconds, ?)) <= now())")
                        .params(id, defaultIntervalSeconds)
                        .update()
                > 0;
    }

    /** A new destination's first healthcheck is one interval after its creation. */
    public void initHealthcheck(String id) {
        jdbc.sql("UPDATE destinations SET last_healthcheck_at = now() WHERE id = ? AND last_healthcheck_at IS NULL")
                .params(id)
                .update();
    }

    static Integer[] intArray(List<Integer> l) {
        return l == null ? null : l.toArray(new Integer[0]);
    }

    private static DestinationRecord map(ResultSet rs, int row) throws SQLException {
        Array sched = rs.getArray("retry_schedule_seconds");
        List<Integer> schedule = null;
        if (sched != null) {
            schedule = new ArrayList<>();
            for (Object o : (Object[]) sched.getArray()) schedule.add(((Number) o).intValue());
        }
        return new DestinationRecord(
                rs.getString("id"),
                rs.getObject("environment_id", UUID.class),
                rs.getString("type"),
                rs.getString("config"),
                rs.getBoolean("active"),
                rs.getString("disabled_reason"),
                (Integer) rs.getObject("timeout_ms"),
                schedule,
                rs.getBoolean("healthcheck_enabled"),
                (Integer) rs.getObject("healthcheck_interval_seconds"),
                instant(rs.getTimestamp("last_healthcheck_at")),
                rs.getLong("version"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
