package io.tributary.server.storage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Asynchronous read jobs ({@code to_webhook=true}). Any node claims the next runnable job with {@code FOR UPDATE
 * SKIP LOCKED} and holds a lease ({@code locked_until}); a job whose lease ran out (its node died) is claimed
 * again.
 */
@Repository
public class ReadJobStore implements NodeLeases {
    private final JdbcClient jdbc;

    public ReadJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A job as stored; {@code rangeJson} is the serialised request range (see the ingest module). */
    public record ReadJob(
            String id,
            UUID environmentId,
            UUID userId,
            String type,
            String reference,
            String rangeJson,
            boolean withSamples,
            boolean large,
            int attempts,
            boolean processingSent) {}

    public void insert(ReadJob j) {
        jdbc.sql("INSERT INTO read_jobs (id, environment_id, user_id, type, reference, range_json, with_samples, large)"
                        + " VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?)")
                .params(
                        j.id(),
                        j.environmentId(),
                        j.userId(),
                        j.type(),
                        j.reference(),
                        j.rangeJson(),
                        j.withSamples(),
                        j.large())
                .update();
    }

    /**
     * Claims the oldest runnable job for {@code node} ({@link NodeHeartbeat#nodeId()}) and {@code lease}; empty
     * when there is none. Commits on its own. The job is free again when its lease ends or, sooner, when the
     * node's heartbeat expires.
     */
    public Optional<ReadJob> claim(Instant now, Duration lease, String node) {
        return jdbc.sql("""
                        UPDATE read_jobs SET status = 'running', attempts = attempts + 1, locked_until = ?,
                               locked_by = ?
                         WHERE id = (SELECT id FROM read_jobs
                                      WHERE run_after <= ?
                                        AND (status = 'queued' OR (status = 'running' AND locked_until < ?))
                                      ORDER BY run_after, created_at
                                      LIMIT 1 FOR UPDATE SKIP LOCKED)
                        RETURNING id, environment_id, user_id, type, reference, range_json::text AS r, with_samples,
                                  large, attempts, processing_sent
                        """)
                .params(
                        now.plus(lease).atOffset(ZoneOffset.UTC),
                        node,
                        now.atOffset(ZoneOffset.UTC),
                        now.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new ReadJob(
                        rs.getString("id"),
                        rs.getObject("environment_id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getString("type"),
                        rs.getString("reference"),
                        rs.getString("r"),
                        rs.getBoolean("with_samples"),
                        rs.getBoolean("large"),
                        rs.getInt("attempts"),
                        rs.getBoolean("processing_sent")))
                .optional();
    }

    /** Jobs run by nodes that are gone: queued again at once (their attempt still counts). */
    @Override
    public void releaseNodes(List<String> deadNodes) {
        jdbc.sql("UPDATE read_jobs SET status = 'queued', locked_until = NULL, locked_by = NULL"
                        + " WHERE status = 'running' AND " + NodeStore.nodeOf("locked_by") + " = ANY(?::text[])")
                .params((Object) deadNodes.toArray(String[]::new))
                .update();
    }

    public void markProcessingSent(String id) {
        jdbc.sql("UPDATE read_jobs SET processing_sent = true WHERE id = ?")
                .param(id)
                .update();
    }

    public void complete(String id) {
        jdbc.sql(
                        "UPDATE read_jobs SET status = 'done', finished_at = now(), locked_until = NULL, locked_by = NULL WHERE id = ?")
                .param(id)
                .update();
    }

    /** Puts the job back in the queue until {@code runAfter}, or fails it for good when {@code runAfter} is null. */
    public void retryOrFail(String id, String error, Instant runAfter) {
        if (runAfter == null) {
            jdbc.sql(
                            "UPDATE read_jobs SET status = 'failed', last_error = ?, finished_at = now(), locked_until = NULL, locked_by = NULL"
                                    + " WHERE id = ?")
                    .params(error, id)
                    .update();
        } else {
            jdbc.sql(
                            "UPDATE read_jobs SET status = 'queued', last_error = ?, run_after = ?, locked_until = NULL, locked_by = NULL"
                                    + " WHERE id = ?")
                    .params(error, runAfter.atOffset(ZoneOffset.UTC), id)
                    .update();
        }
    }

    public Optional<String> status(String id) {
        return jdbc.sql("SELECT status FROM read_jobs WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }
}
