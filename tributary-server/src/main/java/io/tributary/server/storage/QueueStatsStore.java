package io.tributary.server.storage;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sizes of every queue the nodes share, for the operations metrics (README, Operations): each count reads a
 * partial index of the table it counts (deliveries due/in flight/waiting, connections due, runnable uploads and read
 * jobs), so a scrape stays cheap at a million users. Cluster-wide figures: every node reports the same numbers.
 */
@Repository
public class QueueStatsStore {
    private final JdbcClient jdbc;

    public QueueStatsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Events not yet fanned out to their destinations, and the age in seconds of the oldest of them (0 if none). */
    public record Outbox(long pending, double oldestAgeSeconds) {}

    public Outbox outbox() {
        return jdbc.sql("SELECT count(*) AS n, coalesce(extract(epoch FROM now() - min(e.created_at)), 0) AS age"
                        + " FROM outbox_pending p JOIN events e ON e.seq = p.seq")
                .query((rs, i) -> new Outbox(rs.getLong("n"), rs.getDouble("age")))
                .single();
    }

    /**
     * Deliveries by state: {@code due} (pending and due now), {@code scheduled} (pending, a retry later),
     * {@code delivering} (leased by a worker), {@code waiting} (behind their stream's head).
     */
    public Map<String, Long> deliveries() {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT"
                        + " count(*) FILTER (WHERE status = 'pending' AND next_attempt_at <= now()) AS due,"
                        + " count(*) FILTER (WHERE status = 'pending' AND next_attempt_at > now()) AS scheduled,"
                        + " count(*) FILTER (WHERE status = 'delivering') AS delivering"
                        + " FROM deliveries WHERE status IN ('pending', 'delivering')")
                .query(rs -> {
                    out.put("due", rs.getLong("due"));
                    out.put("scheduled", rs.getLong("scheduled"));
                    out.put("delivering", rs.getLong("delivering"));
                });
        out.put(
                "waiting",
                jdbc.sql("SELECT count(*) FROM deliveries WHERE status = 'waiting'")
                        .query(Long.class)
                        .single());
        return out;
    }

    /** Active connections whose next pull is due now, per provider (the sync backlog). */
    public Map<String, Long> syncBacklog() {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("SELECT provider, count(*) AS n FROM connections WHERE status = 'active' AND next_sync_at <= now()"
                        + " GROUP BY provider ORDER BY provider")
                .query(rs -> {
                    out.put(rs.getString("provider"), rs.getLong("n"));
                });
        return out;
    }

    /** Uploads by state, {@code queued} and {@code processing}. */
    public Map<String, Long> uploads() {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("queued", 0L);
        out.put("processing", 0L);
        jdbc.sql("SELECT state, count(*) AS n FROM uploads WHERE state IN ('queued', 'processing') GROUP BY state")
                .query(rs -> {
                    out.put(rs.getString("state"), rs.getLong("n"));
                });
        return out;
    }

    /** Asynchronous read jobs by status, {@code queued} and {@code running}. */
    public Map<String, Long> readJobs() {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("queued", 0L);
        out.put("running", 0L);
        jdbc.sql("SELECT status, count(*) AS n FROM read_jobs WHERE status IN ('queued', 'running') GROUP BY status")
                .query(rs -> {
                    out.put(rs.getString("status"), rs.getLong("n"));
                });
        return out;
    }
}
