package io.tributary.server.storage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded files and their processing state ({@code uploads}, V6). */
@Repository
public class UploadStore {
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

    /** Claims the oldest runnable upload for {@code lease}; commits on its own. */
    public Optional<Upload> claim(Instant now, Duration lease) {
        return jdbc.sql("UPDATE uploads SET state = 'processing', attempts = attempts + 1, locked_until = ?,"
                        + " bytes_processed = 0, records_processed = 0, updated_at = now()"
                        + " WHERE id = (SELECT id FROM uploads WHERE state = 'queued'"
                        + "   OR (state = 'processing' AND locked_until < ?)"
                        + "   ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)"
                        + " RETURNING " + COLUMNS)
                .params(now.plus(lease).atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC))
                .query(UploadStore::map)
                .optional();
    }

    /** Records progress and extends the lease. */
    public void progress(String id, long bytesProcessed, int records, Instant lockedUntil) {
        jdbc.sql("UPDATE uploads SET bytes_processed = ?, records_processed = ?, locked_until = ?, updated_at = now()"
                        + " WHERE id = ?")
                .params(bytesProcessed, records, lockedUntil.atOffset(ZoneOffset.UTC), id)
                .update();
    }

    public void complete(String id, String format, int records) {
        jdbc.sql("UPDATE uploads SET state = 'completed', format = ?, records_processed = ?,"
                        + " bytes_processed = bytes_total, error = NULL, locked_until = NULL, finished_at = now(),"
                        + " updated_at = now() WHERE id = ?")
                .params(format, records, id)
                .update();
    }

    public void fail(String id, String error) {
        jdbc.sql("UPDATE uploads SET state = 'failed', error = ?, locked_until = NULL, finished_at = now(),"
                        + " updated_at = now() WHERE id = ?")
                .params(error, id)
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
