package io.tributary.server.storage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded files and their processing state ({@code uploads}, V6; holder V12). */
@Repository
public class UploadStore implements NodeLeases {
    private final JdbcClient jdbc;

    public UploadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An upload as stored. */
    public record Upload(
            String id,
            UUID environmentId,
            UUID userId,
            String filename,
            String path,
            String format,
            String state,
            long bytesTotal,
            long bytesProcessed,
            int recordsProcessed,
            String error,
            int attempts) {}

    private static final String COLUMNS = "id, environment_id, user_id, filename, path, format, state, bytes_total,"
            + " bytes_processed, records_processed, error, attempts";

    public void insert(
            String id, UUID environmentId, UUID userId, String filename, String path, String format, long bytesTotal) {
        jdbc.sql("INSERT INTO uploads (id, environment_id, user_id, filename, path, format, bytes_total)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, environmentId, userId, filename, path, format, bytesTotal)
                .update();
    }

    public Optional<Upload> find(UUID environmentId, String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM uploads WHERE environment_id = ? AND id = ?")
                .params(environmentId, id)
                .query(UploadStore::map)
                .optional();
    }

    /**
     * Claims the oldest runnable upload for {@code holder} (this node's id, {@link NodeHeartbeat#nodeId()}) until
     * now + {@code lease}, counting the attempt; commits on its own. Runnable: queued, or processing with an expired
     * lease. {@code maxBytes} limits the claim to uploads of at most that size (the small-upload lane), or null.
     */
    public Optional<Upload> claim(Instant now, Duration lease, String holder, Long maxBytes) {
        return jdbc.sql("UPDATE uploads SET state = 'processing', attempts = attempts + 1, locked_until = ?,"
                        + " locked_by = ?, bytes_processed = 0, records_processed = 0, updated_at = now()"
                        + " WHERE id = (SELECT id FROM uploads WHERE (state = 'queued'"
                        + "   OR (state = 'processing' AND locked_until < ?)) AND bytes_total <= ?"
                        + "   ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)"
                        + " RETURNING " + COLUMNS)
                .params(
                        now.plus(lease).atOffset(ZoneOffset.UTC),
                        holder,
                        now.atOffset(ZoneOffset.UTC),
                        maxBytes == null ? Long.MAX_VALUE : maxBytes)
                .query(UploadStore::map)
                .optional();
    }

    /** Extends the lease; false when {@code holder} no longer holds the upload (it was freed and claimed again). */
    public boolean renew(String id, String holder, Instant lockedUntil) {
        return jdbc.sql("UPDATE uploads SET locked_until = ? WHERE id = ? AND locked_by = ? AND state = 'processing'")
                        .params(lockedUntil.atOffset(ZoneOffset.UTC), id, holder)
                        .update()
                > 0;
    }

    /** Records progress (only while {@code holder} holds the upload). */
    public void progress(String id, String holder, long bytesProcessed, int records) {
        jdbc.sql("UPDATE uploads SET bytes_processed = ?, records_processed = ?, updated_at = now()"
                        + " WHERE id = ? AND locked_by = ? AND state = 'processing'")
                .params(bytesProcessed, records, id, holder)
                .update();
    }

    public void complete(String id, String holder, String format, int records) {
        jdbc.sql("UPDATE uploads SET state = 'completed', format = ?, records_processed = ?,"
                        + " bytes_processed = bytes_total, error = NULL, locked_until = NULL, locked_by = NULL,"
                        + " finished_at = now(), updated_at = now() WHERE id = ? AND locked_by = ?")
                .params(format, records, id, holder)
                .update();
    }

    public void fail(String id, String holder, String error) {
        jdbc.sql("UPDATE uploads SET state = 'failed', error = ?, locked_until = NULL, locked_by = NULL,"
                        + " finished_at = now(), updated_at = now() WHERE id = ? AND locked_by = ?")
                .params(error, id, holder)
                .update();
    }

    /** Gives an attempt up: the upload is queued again (its attempt still counts), {@code error} says why. */
    public void retry(String id, String holder, String error) {
        jdbc.sql("UPDATE uploads SET state = 'queued', error = ?, locked_until = NULL, locked_by = NULL,"
                        + " updated_at = now() WHERE id = ? AND locked_by = ? AND state = 'processing'")
                .params(error, id, holder)
                .update();
    }

    /** Uploads being processed by nodes that are gone: queued again at once (their attempt still counts). */
    @Override
    public void releaseNodes(List<String> deadNodes) {
        jdbc.sql("UPDATE uploads SET state = 'queued', locked_until = NULL, locked_by = NULL, updated_at = now(),"
                        + " error = 'the server processing this upload stopped before it finished (attempt '"
                        + " || attempts || ')' WHERE state = 'processing' AND " + NodeStore.nodeOf("locked_by")
                        + " = ANY(?::text[])")
                .params((Object) deadNodes.toArray(String[]::new))
                .update();
    }

    /** The environment a user belongs to (for the command-line import, which knows only the user id). */
    public Optional<UUID> environmentOfUser(UUID userId) {
        return jdbc.sql("SELECT environment_id FROM users WHERE id = ?")
                .param(userId)
                .query(UUID.class)
                .optional();
    }

    private static Upload map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Upload(
                rs.getString("id"),
                rs.getObject("environment_id", UUID.class),
                rs.getObject("user_id", UUID.class),
                rs.getString("filename"),
                rs.getString("path"),
                rs.getString("format"),
                rs.getString("state"),
                rs.getLong("bytes_total"),
                rs.getLong("bytes_processed"),
                rs.getInt("records_processed"),
                rs.getString("error"),
                rs.getInt("attempts"));
    }
}
