package io.tributary.server.ingest;

import io.tributary.files.FileFormat;
import io.tributary.files.FileParseException;
import io.tributary.files.FileParsers;
import io.tributary.files.ParseLimits;
import io.tributary.model.TerraDataModel;
import io.tributary.server.account.UserService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.Ids;
import io.tributary.server.shared.TributaryProperties;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.UploadStore;
import io.tributary.server.storage.UploadStore.Upload;
import io.tributary.server.storage.User;
import io.tributary.server.storage.UserStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * File uploads: {@link #accept} streams the file to {@code <data dir>/uploads/<id>} (never into memory), checks its
 * format and size, and queues a job; worker threads on every node claim jobs from the {@code uploads} table (lease
 * based, so a job of a node that died is picked up again), parse the file with {@link FileParsers} and hand the
 * records to {@link DataIngest} in batches, so they are stored and emitted as events like data from any other
 * source. {@link #importFile} does the same synchronously for the command line.
 */
@Service
public class UploadService implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(UploadService.class);
    static final Duration LEASE = Duration.ofMinutes(5);
    static final int MAX_ATTEMPTS = 3;
    static final int BATCH = 50;
    static final int INGEST_THREADS = 2;
    public static final String PROVIDER = "UPLOAD";

    private final UploadStore uploads;
    private final AccountStore accounts;
    private final UserStore users;
    private final UserService userService;
    private final DataIngest ingest;
    private final Clock clock;
    private final Path dir;
    private final ParseLimits limits;
    private final int workers;
    private final Duration poll;
    private final AtomicBoolean running = new AtomicBoolean();
    private ScheduledExecutorService executor;

    public UploadService(
            UploadStore uploads,
            AccountStore accounts,
            UserStore users,
            UserService userService,
            DataIngest ingest,
            Clock clock,
            TributaryProperties props) {
        this.uploads = uploads;
        this.accounts = accounts;
        this.users = users;
        this.userService = userService;
        this.ingest = ingest;
        this.clock = clock;
        Path data = props.dataDir() == null ? Path.of("data") : props.dataDir();
        this.dir = data.resolve("uploads");
        TributaryProperties.Uploads cfg = props.uploads();
        long max = cfg == null || cfg.maxBytes() <= 0 ? 50L << 20 : cfg.maxBytes();
        long maxApple = cfg == null || cfg.maxAppleBytes() <= 0 ? 2L << 30 : cfg.maxAppleBytes();
        this.limits = ParseLimits.defaults().withMaxBytes(max).withMaxAppleBytes(maxApple);
        this.workers = cfg == null ? 1 : Math.max(0, cfg.workers());
        this.poll = cfg == null || cfg.poll() == null ? Duration.ofSeconds(2) : cfg.poll();
    }

    public ParseLimits limits() {
        return limits;
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
        String id = Ids.newId("upl", clock.millis());
        Path file = dir.resolve(id);
        long size;
        try {
            Files.createDirectories(dir);
            try (OutputStream out = Files.newOutputStream(file)) {
                size = copyLimited(body, out, limits.maxAppleBytes());
            }
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        try {
            FileFormat format = new FileParsers(limits, dir).detect(file, filename);
            return new Staged(id, file, format, size, filename);
        } catch (FileParseException e) {
            delete(file);
            HttpStatus status = e.getMessage().contains("more than the limit")
                    ? HttpStatus.PAYLOAD_TOO_LARGE
                    : HttpStatus.BAD_REQUEST;
            throw new ApiException(status, e.getMessage());
        }
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
        wake();
        return s.id();
    }

    /** Drops a staged file that will not be queued. */
    public void discard(Staged s) {
        delete(s.path());
    }

    private static long copyLimited(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            total += n;
            if (total > max) {
                throw new ApiException(
                        HttpStatus.PAYLOAD_TOO_LARGE, "the file is larger than the upload limit of " + max + " bytes");
            }
            out.write(buf, 0, n);
        }
        return total;
    }

    public Optional<Upload> find(EnvironmentRecord env, String id) {
        return uploads.find(env.id(), id);
    }

    // ------------------------------------------------------------------------------------------------ processing
    /** Runs every runnable upload now (on this thread); returns how many ran. Used by the workers and by tests. */
    public int drain() {
        int n = 0;
        while (true) {
            Optional<Upload> u = uploads.claim(clock.instant(), LEASE);
            if (u.isEmpty()) {
                return n;
            }
            run(u.get());
            n++;
        }
    }

    void run(Upload u) {
        Path file = Path.of(u.path());
        try {
            if (u.attempts() > MAX_ATTEMPTS) {
                uploads.fail(u.id(), "processing was interrupted " + MAX_ATTEMPTS + " times; giving up");
                delete(file);
                return;
            }
            Optional<EnvironmentRecord> env = accounts.findEnvironment(u.environmentId());
            Optional<User> user = env.flatMap(e -> users.find(e.id(), u.userId()));
            if (env.isEmpty() || user.isEmpty()) {
                uploads.fail(u.id(), "the user no longer exists");
                delete(file);
                return;
            }
            if (!Files.exists(file)) {
                uploads.fail(u.id(), "the uploaded file is no longer on this server (was the data directory cleaned?)");
                return;
            }
            int[] records = {0};
            long[] bytes = {0};
            Result r = process(
                    env.get(),
                    user.get(),
                    file,
                    u.filename(),
                    u.id(),
                    b -> {
                        bytes[0] = Math.min(b, u.bytesTotal());
                        uploads.progress(
                                u.id(), bytes[0], records[0], clock.instant().plus(LEASE));
                    },
                    n -> {
                        records[0] = (int) n;
                        uploads.progress(
                                u.id(), bytes[0], (int) n, clock.instant().plus(LEASE));
                    });
            uploads.complete(u.id(), r.format().name(), r.records());
            delete(file);
        } catch (FileParseException e) {
            uploads.fail(u.id(), e.getMessage());
            delete(file);
        } catch (RuntimeException e) {
            log.warn("upload {} failed", u.id(), e);
            uploads.fail(u.id(), "internal error while importing the file: " + e.getMessage());
            delete(file);
        }
    }

    /** What an import did. */
    public record Result(FileFormat format, int records) {}

    /**
     * Parses {@code file} and ingests its records in batches of {@value #BATCH}; progress callbacks receive bytes
     * read (Apple exports) and records ingested so far.
     */
    public Result process(
            EnvironmentRecord env,
            User user,
            Path file,
            String filename,
            String reference,
            LongConsumer bytesProgress,
            LongConsumer recordProgress) {
        // parse on this thread, ingest batches on INGEST_THREADS others (the database is the slow part)
        java.util.concurrent.BlockingQueue<List<TerraDataModel>> queue =
                new java.util.concurrent.ArrayBlockingQueue<>(INGEST_THREADS * 2);
        List<TerraDataModel> poison = List.of();
        java.util.concurrent.atomic.AtomicInteger total = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < INGEST_THREADS; i++) {
            Thread t = new Thread(
                    () -> {
                        while (true) {
                            List<TerraDataModel> b;
                            try {
                                b = queue.take();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                            if (b == poison) {
                                return;
                            }
                            if (failure.get() != null) {
                                continue;
                            }
                            try {
                                ingest.ingest(env, user, b, reference);
                                recordProgress.accept(total.addAndGet(b.size()));
                            } catch (RuntimeException e) {
                                failure.compareAndSet(null, e);
                            }
                        }
                    },
                    "upload-ingest");
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        List<TerraDataModel> batch = new ArrayList<>(BATCH);
        FileParsers.ParseResult r;
        try {
            r = new FileParsers(limits, dir).parse(file, filename, bytesProgress, item -> {
                if (failure.get() != null) {
                    throw failure.get();
                }
                batch.add(item);
                if (batch.size() >= BATCH) {
                    put(queue, new ArrayList<>(batch));
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                put(queue, new ArrayList<>(batch));
            }
        } finally {
            for (int i = 0; i < threads.size(); i++) {
                put(queue, poison);
            }
            for (Thread t : threads) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return new Result(r.format(), total.get());
    }

    private static <T> void put(java.util.concurrent.BlockingQueue<T> q, T item) {
        try {
            q.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Command-line import: the user's environment is looked up from the user id. */
    public Result importFile(UUID userId, Path file, LongConsumer bytesProgress, LongConsumer recordProgress) {
        UUID envId = uploads.environmentOfUser(userId)
                .orElseThrow(() -> new IllegalArgumentException("no user " + userId + " in this database"));
        EnvironmentRecord env = accounts.findEnvironment(envId).orElseThrow();
        User user = users.find(envId, userId).orElseThrow();
        return process(
                env,
                user,
                file,
                file.getFileName().toString(),
                UUID.randomUUID().toString(),
                bytesProgress,
                recordProgress);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("could not delete {}", file, e);
        }
    }

    // ------------------------------------------------------------------------------------------------ lifecycle
    public void wake() {
        ScheduledExecutorService ex = executor;
        if (ex != null && running.get()) {
            ex.execute(this::safeDrain);
        }
    }

    private void safeDrain() {
        try {
            drain();
        } catch (RuntimeException e) {
            log.warn("upload poll failed", e);
        }
    }

    @Override
    public void start() {
        if (workers == 0 || !running.compareAndSet(false, true)) {
            return;
        }
        executor = Executors.newScheduledThreadPool(workers, r -> {
            Thread t = new Thread(r, "uploads");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < workers; i++) {
            executor.scheduleWithFixedDelay(this::safeDrain, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        if (!running.compareAndSet(true, false)) {
            return;
        }
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }
}
