package io.tributary.server.ingest;

import io.tributary.files.FileFormat;
import io.tributary.files.ParseLimits;
import io.tributary.server.account.UserService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.UploadStore;
import io.tributary.server.storage.UploadStore.Upload;
import io.tributary.server.storage.User;
import io.tributary.server.storage.UserStore;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Service;

/**
 * File uploads (docs/files.md): what the upload API ({@link UploadIntake}) and the command line call. The work is
 * done by small parts:
 * {@link UploadStaging} streams a body to the spool and checks it, the {@code uploads} table is the job queue
 * ({@link UploadStore}), {@link UploadWorkers} claim and run the jobs on every node, and {@link UploadPipeline}
 * parses a file and hands its records to {@link DataIngest} in batches, for the workers and for
 * {@link #importFile} (the {@code import} command) alike.
 */
@Service
public class UploadService {
    public static final String PROVIDER = "UPLOAD";

    private final UploadStore uploads;
    private final AccountStore accounts;
    private final UserStore users;
    private final UserService userService;
    private final UploadStaging staging;
    private final UploadWorkers workers;
    private final UploadPipeline pipeline;

    public UploadService(
            UploadStore uploads,
            AccountStore accounts,
            UserStore users,
            UserService userService,
            UploadStaging staging,
            UploadWorkers workers,
            UploadPipeline pipeline) {
        this.uploads = uploads;
        this.accounts = accounts;
        this.users = users;
        this.userService = userService;
        this.staging = staging;
        this.workers = workers;
        this.pipeline = pipeline;
    }

    public ParseLimits limits() {
        return staging.limits();
    }

    /** The user an upload is for: an existing user, or a new {@code UPLOAD} user for {@code referenceId}. */
    public User resolveUser(EnvironmentRecord env, UUID userId, String referenceId) {
        if (userId != null) {
            return userService.get(env, userId);
        }
        if (referenceId == null || referenceId.isBlank()) {
            throw ApiException.badRequest("pass user_id (an existing user) or reference_id (creates a user of provider"
                    + " UPLOAD for your end user)");
        }
        for (User u : userService.byReference(env, referenceId)) {
            if (PROVIDER.equals(u.provider()) && u.authenticated()) {
                return u;
            }
        }
        return userService.createAuthenticated(env, PROVIDER, referenceId, null, null);
    }

    /** A validated file on disk waiting to be queued. */
    public record Staged(String id, Path path, FileFormat format, long size, String filename) {}

    /**
     * Streams {@code body} to disk and validates it. Bad input (unknown format, empty, too large) is refused with
     * 400/413 and leaves nothing behind.
     */
    public Staged stage(InputStream body, String filename) {
        return staging.stage(body, filename);
    }

    /** Queues a staged file for {@code user}; returns the upload id. */
    public String queue(EnvironmentRecord env, User user, Staged s) {
        uploads.insert(
                s.id(),
                env.id(),
                user.id(),
                s.filename(),
                s.path().toString(),
                s.format().name(),
                s.size());
        workers.wake();
        return s.id();
    }

    /** Drops a staged file that will not be queued. */
    public void discard(Staged s) {
        UploadStaging.delete(s.path());
    }

    public Optional<Upload> find(EnvironmentRecord env, String id) {
        return uploads.find(env.id(), id);
    }

    /** Runs every runnable upload now (on this thread); returns how many ran. Used by tests. */
    public int drain() {
        return workers.drain();
    }

    /** What an import did. */
    public record Result(FileFormat format, int records) {}

    /** Command-line import: the user's environment is looked up from the user id. */
    public Result importFile(UUID userId, Path file, LongConsumer bytesProgress, LongConsumer recordProgress) {
        UUID envId = uploads.environmentOfUser(userId)
                .orElseThrow(() -> new IllegalArgumentException("no user " + userId + " in this database"));
        EnvironmentRecord env = accounts.findEnvironment(envId).orElseThrow();
        User user = users.find(envId, userId).orElseThrow();
        return pipeline.process(
                env,
                user,
                file,
                file.getFileName().toString(),
                UUID.randomUUID().toString(),
                bytesProgress,
                recordProgress,
                UploadPipeline.Checkpoint.NONE);
    }
}
