package io.tributary.server.ingest;

import io.tributary.files.FileParseException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.NodeRoles;
import io.tributary.server.shared.TributaryProperties;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.NodeHeartbeat;
import io.tributary.server.storage.UploadStore;
import io.tributary.server.storage.UploadStore.Upload;
import io.tributary.server.storage.User;
import io.tributary.server.storage.UserStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Background processing of queued uploads (docs/files.md, Upload API). Worker threads on every node claim uploads
 * from the {@code uploads} table under this node's id ({@link NodeHeartbeat}): when a node dies its uploads are
 * queued again as soon as its heartbeat expires (~15-20 s), and a lease renewed every {@link #RENEW} while the
 * upload runs covers holders without a heartbeat.
 *
 * <p>Poison pills (issue 24): every claim counts an attempt; an upload claimed more than {@value #MAX_ATTEMPTS}
 * times (its node died, or each attempt ran out of memory or of its time budget, {@code TRIBUTARY_UPLOAD_TIMEOUT})
 * ends {@code failed} with the reason, so it cannot hold the queue forever. One heavy upload cannot stall the
 * others: worker 0 takes any upload, the other workers (TRIBUTARY_UPLOAD_WORKERS, default 2) only uploads of at
 * most TRIBUTARY_UPLOAD_SMALL_BYTES (8 MiB). So small files keep flowing behind a big one, and a node parses at
 * most one big file at a time, which is what keeps a 256 MB heap enough (two 45 MB GPX at once would not be).
 */
@Component
public class UploadWorkers implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(UploadWorkers.class);
    static final int MAX_ATTEMPTS = 3;
    static final Duration LEASE = Duration.ofSeconds(60);
    static final Duration RENEW = Duration.ofSeconds(10);

    private final UploadStore uploads;
    private final AccountStore accounts;
    private final UserStore users;
    private final UploadPipeline pipeline;
    private final NodeHeartbeat node;
    private final NodeRoles roles;
    private final Clock clock;
    private final int workers;
    private final long smallBytes;
    private final Duration poll;
    private final Duration timeout;
    private final AtomicBoolean running = new AtomicBoolean();
    /** One single-thread executor per worker, so a lane never runs two uploads at once. */
    private volatile ScheduledExecutorService[] lanes;

    private volatile ScheduledExecutorService renewer;

    public UploadWorkers(
            UploadStore uploads,
            AccountStore accounts,
            UserStore users,
            UploadPipeline pipeline,
            NodeHeartbeat node,
            Clock clock,
            TributaryProperties props,
            NodeRoles roles) {
        this.roles = roles;
        this.uploads = uploads;
        this.accounts = accounts;
        this.users = users;
        this.pipeline = pipeline;
        this.node = node;
        this.clock = clock;
        TributaryProperties.Uploads cfg = props.uploads();
        this.workers = cfg == null ? 2 : Math.max(0, cfg.workers());
        this.smallBytes = cfg == null || cfg.smallBytes() <= 0 ? 8L << 20 : cfg.smallBytes();
        this.poll = cfg == null || cfg.poll() == null ? Duration.ofSeconds(2) : cfg.poll();
        this.timeout = cfg == null || cfg.timeout() == null ? Duration.ofMinutes(30) : cfg.timeout();
    }

    /** Runs every runnable upload now (on this thread, any size); returns how many ran. Used by tests. */
    public int drain() {
        return drain(null);
    }

    /** Runs runnable uploads of at most {@code maxBytes} (null: any) until none is left. */
    int drain(Long maxBytes) {
        int n = 0;
        while (true) {
            Optional<Upload> u = uploads.claim(clock.instant(), LEASE, node.nodeId(), maxBytes);
            if (u.isEmpty()) {
                return n;
            }
            run(u.get());
            n++;
        }
    }

    void run(Upload u) {
        String holder = node.nodeId();
        Path file = Path.of(u.path());
        if (u.attempts() > MAX_ATTEMPTS) {
            uploads.fail(u.id(), holder, gaveUp(u.attempts() - 1, u.error()));
            UploadStaging.delete(file);
            return;
        }
        Optional<EnvironmentRecord> env = accounts.findEnvironment(u.environmentId());
        Optional<User> user = env.flatMap(e -> users.find(e.id(), u.userId()));
        if (env.isEmpty() || user.isEmpty()) {
            uploads.fail(u.id(), holder, "the user no longer exists");
            UploadStaging.delete(file);
            return;
        }
        if (!Files.exists(file)) {
            uploads.fail(
                    u.id(), holder, "the uploaded file is no longer on this server (was the data directory cleaned?)");
            return;
        }
        UploadBudget budget = new UploadBudget(Thread.currentThread(), timeout);
        var renewal = renewer()
                .scheduleWithFixedDelay(
                        () -> renew(u, holder, budget), RENEW.toMillis(), RENEW.toMillis(), TimeUnit.MILLISECONDS);
        UploadService.Result result = null;
        Throwable failure = null;
        try {
            result = runImport(u, holder, env.get(), user.get(), file, budget);
        } catch (RuntimeException | OutOfMemoryError e) {
            failure = e;
        } finally {
            // from here on no renewal or budget interrupt can reach this thread (it writes the outcome next)
            renewal.cancel(false);
            budget.finish();
            Thread.interrupted();
        }
        if (failure == null) {
            uploads.complete(u.id(), holder, result.format().name(), result.records());
            UploadStaging.delete(file);
        } else if (failure instanceof OutOfMemoryError) {
            ended(u, holder, file, "the import ran out of memory");
        } else if (budget.exceeded()) {
            ended(u, holder, file, budget.reason());
        } else if (failure instanceof FileParseException) {
            uploads.fail(u.id(), holder, failure.getMessage());
            UploadStaging.delete(file);
        } else {
            log.warn("upload {} failed", u.id(), failure);
            uploads.fail(u.id(), holder, "internal error while importing the file: " + failure.getMessage());
            UploadStaging.delete(file);
        }
    }

    private UploadService.Result runImport(
            Upload u, String holder, EnvironmentRecord env, User user, Path file, UploadBudget budget) {
        long[] bytes = {0};
        int[] records = {0};
        return pipeline.process(
                env,
                user,
                file,
                u.filename(),
                u.id(),
                b -> {
                    bytes[0] = Math.min(b, u.bytesTotal());
                    uploads.progress(u.id(), holder, bytes[0], records[0]);
                },
                n -> {
                    records[0] = (int) n;
                    uploads.progress(u.id(), holder, bytes[0], records[0]);
                },
                budget);
    }

    /** An attempt that ran out of its budget: queued again, or failed once it was the last one. */
    private void ended(Upload u, String holder, Path file, String reason) {
        log.warn("upload {} attempt {}: {}", u.id(), u.attempts(), reason);
        if (u.attempts() >= MAX_ATTEMPTS) {
            uploads.fail(u.id(), holder, gaveUp(u.attempts(), reason));
            UploadStaging.delete(file);
        } else {
            uploads.retry(u.id(), holder, reason + " (attempt " + u.attempts() + " of " + MAX_ATTEMPTS + ")");
        }
    }

    static String gaveUp(int attempts, String lastError) {
        return "gave up after " + attempts + " attempts to import the file; the last one: "
                + (lastError == null ? "processing was interrupted" : lastError);
    }

    private void renew(Upload u, String holder, UploadBudget budget) {
        try {
            if (budget.checkTime() != null) {
                return;
            }
            if (!uploads.renew(u.id(), holder, clock.instant().plus(LEASE))) {
                budget.stop("this node lost the upload to another node");
            }
        } catch (RuntimeException e) {
            log.warn("upload {}: lease renewal failed: {}", u.id(), e.toString());
        }
    }

    private synchronized ScheduledExecutorService renewer() {
        if (renewer == null) {
            renewer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "upload-lease");
                t.setDaemon(true);
                return t;
            });
        }
        return renewer;
    }

    /** Ends the renewal thread (a later upload, e.g. of {@link #drain()}, starts a new one). */
    private synchronized void stopRenewer() {
        if (renewer != null) {
            renewer.shutdownNow();
            renewer = null;
        }
    }

    // ------------------------------------------------------------------------------------------------ lifecycle
    /** Looks for work now instead of at the next poll. */
    public void wake() {
        ScheduledExecutorService[] l = lanes;
        if (l != null && running.get()) {
            for (int i = 0; i < l.length; i++) {
                Long max = lane(i);
                try {
                    l[i].execute(() -> safeDrain(max));
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    return; // stopping
                }
            }
        }
    }

    /** Worker 0 takes any upload, the others small ones only. */
    private Long lane(int worker) {
        return worker == 0 ? null : smallBytes;
    }

    private void safeDrain(Long maxBytes) {
        try {
            drain(maxBytes);
        } catch (RuntimeException e) {
            log.warn("upload poll failed", e);
        }
    }

    @Override
    public void start() {
        if (workers == 0 || !roles.has(NodeRoles.Role.UPLOADS) || !running.compareAndSet(false, true)) {
            return;
        }
        ScheduledExecutorService[] l = new ScheduledExecutorService[workers];
        for (int i = 0; i < workers; i++) {
            String name = "uploads-" + i;
            l[i] = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, name);
                t.setDaemon(true);
                return t;
            });
            Long max = lane(i);
            l[i].scheduleWithFixedDelay(() -> safeDrain(max), poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
        }
        lanes = l;
    }

    @Override
    public void stop() {
        if (!running.compareAndSet(true, false)) {
            return;
        }
        for (ScheduledExecutorService l : lanes) {
            l.shutdown();
        }
        try {
            for (ScheduledExecutorService l : lanes) {
                l.awaitTermination(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopRenewer();
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }
}
