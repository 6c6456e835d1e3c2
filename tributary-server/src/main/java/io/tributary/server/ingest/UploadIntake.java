package io.tributary.server.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import java.io.InputStream;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The upload endpoints' side of {@link UploadService} ({@code POST /v2/uploads}, {@code GET /v2/uploads/{id}}):
 * checks the user before the body is read, stages the file, and queues it for the user it resolves, without
 * handing stored users or uploads to the controller.
 */
@Service
public class UploadIntake {
    private final UploadService uploads;

    public UploadIntake(UploadService uploads) {
        this.uploads = uploads;
    }

    public record Queued(String uploadId, UUID userId, String format) {}

    /** {@code GET /v2/uploads/{id}}: where an upload is. */
    public record Status(
            @JsonProperty("upload_id") String uploadId,
            @JsonProperty("user_id") String userId,
            String filename,
            String format,
            String state,
            @JsonProperty("bytes_total") long bytesTotal,
            @JsonProperty("bytes_processed") long bytesProcessed,
            @JsonProperty("records_processed") int recordsProcessed,
            String error) {}

    /** Fails (404) before the body is read when {@code userId} names no user; null (a new user later) passes. */
    public void checkUser(EnvironmentRecord env, UUID userId) {
        if (userId != null) uploads.resolveUser(env, userId, null);
    }

    public UploadService.Staged stage(InputStream body, String filename) {
        return uploads.stage(body, filename);
    }

    /** Queues a staged file for the user (an existing one, or the reference's UPLOAD user); drops it on failure. */
    public Queued queue(EnvironmentRecord env, UUID userId, String referenceId, UploadService.Staged staged) {
        User user;
        try {
            user = uploads.resolveUser(env, userId, referenceId);
        } catch (RuntimeException e) {
            uploads.discard(staged);
            throw e;
        }
        String id = uploads.queue(env, user, staged);
        return new Queued(id, user.id(), staged.format().name());
    }

    public Status status(EnvironmentRecord env, String id) {
        return uploads.find(env, id)
                .map(u -> new Status(
                        u.id(),
                        u.userId().toString(),
                        u.filename(),
                        u.format(),
                        u.state(),
                        u.bytesTotal(),
                        u.bytesProcessed(),
                        u.recordsProcessed(),
                        u.error()))
                .orElseThrow(() -> ApiException.notFound("no upload " + id + " in this environment"));
    }
}
