package io.tributary.server.ingest;

import io.tributary.connectors.ConnectorException;
import io.tributary.model.DataType;
import io.tributary.model.event.RateLimitHitEvent;
import io.tributary.server.account.TerraUsers;
import io.tributary.server.outbox.EventWriter;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.Ids;
import io.tributary.server.shared.NodeRoles;
import io.tributary.server.shared.Timestamps;
import io.tributary.server.shared.TributaryProperties;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.DataRange;
import io.tributary.server.storage.DestinationPresenceStore;
import io.tributary.server.storage.NodeHeartbeat;
import io.tributary.server.storage.ReadJobStore;
import io.tributary.server.storage.ReadJobStore.ReadJob;
import io.tributary.server.storage.User;
import io.tributary.server.storage.UserStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asynchronous reads ({@code to_webhook=true}): {@link #submit} stores a job in {@code read_jobs} and answers at
 * once; worker threads on every node claim jobs ({@code FOR UPDATE SKIP LOCKED}, with a lease so a job of a dead
 * node is picked up again), pull missing data and emit it as events with the request's reference. Large requests
 * (docs/decisions.md#7) first emit {@code large_request_processing}, then {@code large_request_sending} and the chunks.
 */
@Service
public class AsyncReadJobs implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(AsyncReadJobs.class);
    static final Duration LEASE = Duration.ofMinutes(10);
    static final int MAX_ATTEMPTS = 6;
    /** A job the provider keeps rate-limiting is rescheduled (honouring Retry-After) up to this many attempts. */
    static final int MAX_RATE_LIMITED_ATTEMPTS = 24;

    private final ReadJobStore jobs;
    private final NodeRoles roles;
    private final NodeHeartbeat node;
    private final DataReads reads;
    private final AccountStore accounts;
    private final UserStore users;
    private final List<DestinationPresence> destinations;
    private final DestinationPresenceStore destinationFallback;
    private final JsonMapper json;
    private final EventWriter events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration poll;
    private final int workers;
    private final AtomicBoolean running = new AtomicBoolean();
    private ScheduledExecutorService executor;

    public AsyncReadJobs(
            ReadJobStore jobs,
            DataReads reads,
            AccountStore accounts,
            UserStore users,
            List<DestinationPresence> destinations,
            DestinationPresenceStore destinationFallback,
            JsonMapper json,
            EventWriter events,
            TransactionTemplate tx,
            Clock clock,
            TributaryProperties props,
            NodeHeartbeat node,
            NodeRoles roles) {
        this.roles = roles;
        this.node = node;
        this.events = events;
        this.tx = tx;
        this.jobs = jobs;
        this.reads = reads;
        this.accounts = accounts;
        this.users = users;
        this.destinations = destinations;
        this.destinationFallback = destinationFallback;
        this.json = json;
        this.clock = clock;
        TributaryProperties.ReadJobs cfg = props.readJobs();
        this.poll = cfg == null || cfg.poll() == null ? Duration.ofSeconds(1) : cfg.poll();
        this.workers = cfg == null || cfg.workers() < 1 ? 2 : cfg.workers();
    }

    /** An async read needs somewhere to deliver to (docs/decisions.md#6). */
    public boolean hasActiveDestination(EnvironmentRecord env) {
        return destinationFallback.hasActiveDestination(env.id())
                || destinations.stream().anyMatch(d -> d.hasActiveDestination(env.id()));
    }

    /**
     * Accepts an asynchronous read and returns the DataSentToWebhook acknowledgement; 400 when the environment has
     * no active destination.
     */
    public Map<String, Object> submit(EnvironmentRecord env, User user, ReadRequest req, String reference) {
        if (!hasActiveDestination(env))
            throw ApiException.badRequest("to_webhook=true needs a destination to send the data to, and this"
                    + " environment has no active one: add a destination, or pass to_webhook=false to receive the"
                    + " data in the response");
        boolean large = req.large();
        jobs.insert(new ReadJob(
                Ids.newId("rdj", clock.millis()),
                env.id(),
                user.id(),
                req.type().wireName(),
                reference,
                rangeJson(req.range()),
                req.withSamples(),
                large,
                0,
                false));
        wake();
        Map<String, Object> ack = new LinkedHashMap<>();
        ack.put("status", "success");
        ack.put("type", req.type().wireName());
        ack.put("reference", reference);
        ack.put("trace_id", reference);
        if (large)
            ack.put(
                    "message",
                    "Large request submitted. The data is being processed and will be sent to your destination in"
                            + " chunks");
        ack.put("user", TerraUsers.json(user));
        return ack;
    }

    /** Runs every runnable job now (on this thread); returns how many ran. Used by the workers and by tests. */
    public int drain() {
        int n = 0;
        while (true) {
            Optional<ReadJob> j = jobs.claim(clock.instant(), LEASE, node.nodeId());
            if (j.isEmpty()) return n;
            run(j.get());
            n++;
        }
    }

    void run(ReadJob job) {
        try {
            Optional<EnvironmentRecord> env = accounts.findEnvironment(job.environmentId());
            Optional<User> user = env.flatMap(e -> users.find(e.id(), job.userId()));
            if (env.isEmpty() || user.isEmpty()) {
                jobs.retryOrFail(job.id(), "user no longer exists", null);
                return;
            }
            DataType type = DataType.fromWireName(job.type());
            ReadRequest req = new ReadRequest(type, parseRange(job.rangeJson()), job.withSamples());
            if (job.large() && !job.processingSent()) {
                reads.announceLarge(env.get(), user.get(), req, job.reference());
                jobs.markProcessingSent(job.id());
            }
            try {
                reads.pull(env.get(), user.get(), req);
            } catch (ConnectorException e) {
                if (e.kind() != ConnectorException.Kind.RATE_LIMITED) throw e;
                rateLimited(job, env.get(), user.get(), req, e);
                return;
            }
            reads.emit(env.get(), user.get(), req, job.reference());
            jobs.complete(job.id());
        } catch (ConnectorException e) {
            retry(job, e.kind() + ": " + e.getMessage(), e.retryAfterSeconds());
        } catch (RuntimeException e) {
            log.warn("read job {} failed (attempt {})", job.id(), job.attempts(), e);
            retry(job, e.toString(), 0);
        }
    }

    /**
     * The provider answered 429: the job is rescheduled for the time its Retry-After names (else the usual backoff)
     * and {@code rate_limit_hit} is emitted with the request's range and that time, in one transaction.
     */
    private void rateLimited(ReadJob job, EnvironmentRecord env, User user, ReadRequest req, ConnectorException e) {
        String error = e.kind() + ": " + e.getMessage();
        if (job.attempts() >= MAX_RATE_LIMITED_ATTEMPTS) {
            jobs.retryOrFail(job.id(), error, null);
            return;
        }
        long wait =
                e.retryAfterSeconds() > 0 ? e.retryAfterSeconds() : 30L << Math.min(Math.max(job.attempts() - 1, 0), 8);
        Instant next = clock.instant().plusSeconds(wait);
        log.info("read job {}: provider rate limit, retrying at {}", job.id(), next);
        tx.executeWithoutResult(s -> {
            events.append(
                    env,
                    user.id(),
                    job.reference(),
                    RateLimitHitEvent.of(
                            TerraUsers.of(user), startDate(req.range()), endDate(req.range()), Timestamps.iso(next)));
            jobs.retryOrFail(job.id(), error, next);
        });
    }

    /** The request's {@code start_date} as asked: a date for a day bound, else the instant. */
    static String startDate(DataRange r) {
        return r.localFrom() != null
                ? r.localFrom().toLocalDate().toString()
                : io.tributary.model.Timestamps.format(r.instantFrom(), java.time.ZoneOffset.UTC);
    }

    /** The request's {@code end_date}: the last day asked for (the range's bound is the day after), or the instant. */
    static String endDate(DataRange r) {
        return r.localTo() != null
                ? r.localTo().toLocalDate().minusDays(1).toString()
                : io.tributary.model.Timestamps.format(r.instantTo(), java.time.ZoneOffset.UTC);
    }

    private void retry(ReadJob job, String error, long retryAfterSeconds) {
        Instant next = null;
        if (job.attempts() < MAX_ATTEMPTS) {
            long backoff = Math.max(retryAfterSeconds, 30L << Math.min(job.attempts() - 1, 8));
            next = clock.instant().plusSeconds(backoff);
        }
        jobs.retryOrFail(job.id(), error, next);
    }

    String rangeJson(DataRange r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("local_from", r.localFrom() == null ? null : r.localFrom().toString());
        m.put("instant_from", r.instantFrom() == null ? null : r.instantFrom().toString());
        m.put("local_to", r.localTo() == null ? null : r.localTo().toString());
        m.put("instant_to", r.instantTo() == null ? null : r.instantTo().toString());
        return json.writeValueAsString(m);
    }

    DataRange parseRange(String text) {
        JsonNode n = json.readTree(text);
        return new DataRange(
                local(n.get("local_from")),
                instant(n.get("instant_from")),
                local(n.get("local_to")),
                instant(n.get("instant_to")));
    }

    private static LocalDateTime local(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDateTime.parse(n.asString());
    }

    private static Instant instant(JsonNode n) {
        return n == null || n.isNull() ? null : Instant.parse(n.asString());
    }

    /** Asks a worker to look for jobs now instead of at the next poll. */
    public void wake() {
        ScheduledExecutorService ex = executor;
        if (ex != null && running.get()) ex.execute(this::safeDrain);
    }

    private void safeDrain() {
        try {
            drain();
        } catch (RuntimeException e) {
            log.warn("read job poll failed", e);
        }
    }

    @Override
    public void start() {
        if (!roles.has(NodeRoles.Role.SYNC) || !running.compareAndSet(false, true)) return;
        executor = Executors.newScheduledThreadPool(workers, r -> {
            Thread t = new Thread(r, "read-jobs");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < workers; i++)
            executor.scheduleWithFixedDelay(this::safeDrain, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (!running.compareAndSet(true, false)) return;
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
