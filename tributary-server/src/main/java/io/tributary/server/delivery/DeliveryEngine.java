package io.tributary.server.delivery;

import io.tributary.server.account.AccountService;
import io.tributary.server.shared.Ids;
import io.tributary.server.storage.DeliveryStore;
import io.tributary.server.storage.DeliveryStore.Claimed;
import io.tributary.server.storage.DeliveryStore.Completion;
import io.tributary.server.storage.DestinationStore;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Moves events from the outbox to destinations. Bulk destinations (senders that {@link
 * DestinationSender#batches()}) read the outbox through a cursor, see {@link BulkStreams}, drained on the worker
 * pool by the <b>bulk</b> thread; webhooks, and deliveries of any type that are retried or resent, go through
 * deliveries rows. Four kinds of threads per process for those:
 *
 * <ul>
 *   <li>the <b>dispatcher</b> fans new events out into one {@code deliveries} row per active webhook of the
 *       event's environment (one process at a time, under an advisory lock, so a stream's deliveries are created
 *       in event order) and marks them dispatched;
 *   <li>the <b>claimer</b> takes due deliveries (only stream heads are due) with {@code FOR UPDATE SKIP LOCKED}
 *       into per-destination local queues — at most {@code PREFETCH} × the send capacity, globally and per
 *       destination, skipping destinations whose queue is full — from which
 *   <li>the <b>worker pool</b> sends them through each destination's {@link DestinationSender}, at most {@code
 *       per-destination-concurrency} at once per destination; a sender that {@link DestinationSender#batches()}
 *       gets each worker's share of the destination's queue (at most {@code batch-max}) in one {@link
 *       DestinationSender#sendBatch} call, each delivery still with its own outcome;
 *   <li>the <b>completer</b> records attempts and new statuses in batches.
 * </ul>
 *
 * Loops wake on in-process signals (an event committed by this process, a result recorded), on {@code LISTEN
 * tributary_deliveries} (any process's dispatcher created deliveries), and otherwise poll every {@code
 * poll-interval} (events committed by another process are picked up that way). A claimed delivery is leased for
 * {@code PREFETCH} × its destination's timeout plus {@code lease-margin}; if this process dies, another (or this one
 * after restart) takes it over when the lease expires: at-least-once, same trace id.
 */
@Component
public class DeliveryEngine implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);

    private final DeliveryStore store;
    private final DestinationStore destinations;
    private final DestinationService destinationService;
    private final AccountService accounts;
    private final DeliveryProperties props;
    private final DataSource dataSource;
    private final Clock clock;

    /** Lease tokens are {@code <node id>-<n>}: the heartbeat frees them when this process dies. */
    private final String node;

    private final AtomicLong claims = new AtomicLong();
    private final Signal dispatchSignal = new Signal();
    private final Signal claimSignal = new Signal();
    private final Signal bulkSignal = new Signal();
    private final BulkStreams bulk;
    private final LinkedBlockingQueue<Completion> completions = new LinkedBlockingQueue<>();
    private final Map<String, String> toDisable = new ConcurrentHashMap<>();
    /** Claimed deliveries per process may be up to this many times the send concurrency (local queueing). */
    static final int PREFETCH = 4;

    private final AtomicInteger held = new AtomicInteger();
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private final Map<UUID, Secrets> secrets = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private ExecutorService workers;

    private record Secrets(List<String> values, long expiresAtNanos) {}

    public DeliveryEngine(
            DeliveryStore store,
            DestinationStore destinations,
            DestinationService destinationService,
            AccountService accounts,
            DeliveryProperties props,
            DataSource dataSource,
            Clock clock,
            io.tributary.server.storage.BulkCursorStore cursors,
            io.tributary.server.storage.NodeHeartbeat heartbeat) {
        this.node = heartbeat.nodeId();
        this.store = store;
        this.destinations = destinations;
        this.destinationService = destinationService;
        this.accounts = accounts;
        this.props = props;
        this.dataSource = dataSource;
        this.clock = clock;
        this.bulk = new BulkStreams(cursors, destinationService, props, this::signingSecrets, clock, node);
    }

    /** An event was committed to the outbox by this process: fan it out now rather than at the next poll. */
    @org.springframework.context.event.EventListener // published after the events' transaction committed
    public void onAppended(io.tributary.server.storage.OutboxStore.Appended e) {
        if (e.queuedForFanOut()) dispatchSignal.raise();
        bulkSignal.raise();
    }

    /** Something was written that may be due now (resend, healthcheck, new destination). */
    public void wakeUp() {
        dispatchSignal.raise();
        claimSignal.raise();
        bulkSignal.raise();
    }

    @Override
    public synchronized void start() {
        if (running || !props.enabled()) return;
        running = true;
        AtomicInteger n = new AtomicInteger();
        workers = new ThreadPoolExecutor(
                props.workers(), props.workers(), 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "delivery-worker-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        threads.add(loop("delivery-dispatcher", this::dispatchLoop));
        threads.add(loop("delivery-claimer", this::claimLoop));
        threads.add(loop("delivery-completer", this::completeLoop));
        threads.add(loop("delivery-listener", this::listenLoop));
        threads.add(loop("delivery-bulk", this::bulkLoop));
        log.info(
                "Delivery started: {} workers, {} per destination, poll every {} ms",
                props.workers(),
                props.perDestinationConcurrency(),
                props.pollInterval().toMillis());
    }

    @Override
    public synchronized void stop() {
        if (!running) return;
        running = false;
        wakeUp();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) workers.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> unsent = new ArrayList<>();
        lanes.values().forEach(l -> l.drain().forEach(c -> unsent.add(c.id())));
        held.addAndGet(-unsent.size());
        try {
            store.release(unsent);
        } catch (RuntimeException e) {
            log.warn(
                    "Could not hand back {} claimed deliveries (they are retried when their lease ends)",
                    unsent.size());
        }
        for (Thread t : threads) t.interrupt();
        for (Thread t : threads) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        flushCompletions(); // whatever the completer had not written yet
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100; // stops before the web server and the DataSource
    }

    private Thread loop(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void dispatchLoop() {
        long poll = props.pollInterval().toMillis();
        while (running) {
            try {
                int n;
                do {
                    DeliveryStore.Dispatched r = store.dispatch(props.batchSize(), ev -> Ids.newId("dlv"), handOff());
                    n = r.events();
                    take(r.handedOff());
                    if (n > 0) claimSignal.raise();
                } while (running && n >= props.batchSize());
                dispatchSignal.await(poll);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                if (!running) return;
                log.warn("Dispatcher: {}", e.toString());
                sleep(1000);
            }
        }
    }

    static final long BULK_GAP_MS = 10;

    /** Starts a drain (on the worker pool) for each bulk destination with readable events; see {@link BulkStreams}. */
    private void bulkLoop() {
        long poll = props.pollInterval().toMillis();
        while (running) {
            try {
                bulk.poll(workers, () -> running);
                bulkSignal.await(poll);
                // commits arrive by the thousand per second: look at most every BULK_GAP_MS (a drain already
                // running goes on by itself; a bulk destination does not need the last millisecond)
                Thread.sleep(BULK_GAP_MS);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                if (!running) return;
                log.warn("Bulk delivery: {}", e.toString());
                sleep(1000);
            }
        }
    }

    private void claimLoop() {
        long poll = props.pollInterval().toMillis();
        while (running) {
            try {
                int got = claimOnce();
                if (got == 0 || held.get() >= maxHeld()) claimSignal.await(poll);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                if (!running) return;
                log.warn("Claimer: {}", e.toString());
                sleep(1000);
            }
        }
    }

    /**
     * Lets the dispatcher and the completer take the deliveries they make due straight into this process's lanes
     * (no claim round trip), as far as the lanes have room: each call budgets at most the free capacity, globally
     * and per destination; beyond it deliveries stay {@code pending} for the claimer (of any process).
     */
    private DeliveryStore.HandOff handOff() {
        if (!running) return DeliveryStore.HandOff.NONE;
        int[] globalFree = {maxHeld() - held.get()};
        Map<String, Integer> budget = new HashMap<>();
        String token = node + "-" + claims.incrementAndGet();
        return new DeliveryStore.HandOff(token, dst -> {
            if (globalFree[0] <= 0) return null;
            int left = budget.computeIfAbsent(dst, d -> {
                Lane lane = lanes.get(d);
                return maxHeldPerDestination(d) - (lane == null ? 0 : lane.held());
            });
            if (left <= 0) return null;
            budget.put(dst, left - 1);
            globalFree[0]--;
            return destinationService
                    .timeoutOf(dst, 0)
                    .multipliedBy(PREFETCH)
                    .plus(props.leaseMargin())
                    .toMillis();
        });
    }

    /** Queues deliveries this process has taken (claimed or handed off) on their destinations' lanes. */
    private void take(List<Claimed> claimed) {
        if (claimed.isEmpty()) return;
        if (!running) {
            releaseQuietly(claimed.stream().map(Claimed::id).toList());
            return;
        }
        Map<String, List<Claimed>> byDestination = new java.util.LinkedHashMap<>();
        for (Claimed c : claimed)
            byDestination
                    .computeIfAbsent(c.destinationId(), k -> new ArrayList<>())
                    .add(c);
        held.addAndGet(claimed.size());
        byDestination.forEach(
                (d, cs) -> lanes.computeIfAbsent(d, k -> new Lane(k)).offer(cs));
    }

    private void releaseQuietly(List<String> ids) {
        try {
            store.release(ids);
        } catch (RuntimeException e) {
            log.warn("Could not hand back {} claimed deliveries (they are retried when their lease ends)", ids.size());
        }
    }

    /** Deliveries claimed and not yet finished (in flight or queued locally), at most. */
    private int maxHeld() {
        return props.workers() * PREFETCH;
    }

    /**
     * Deliveries of one destination this process may hold (in flight plus queued locally). A destination whose
     * sender writes batches may hold more, so that batches of up to {@code batch-max} can form behind the sends in
     * flight; it is capped at a quarter of the global limit so a slow or dead destination still leaves most of the
     * capacity to the others.
     */
    int maxHeldPerDestination(String destinationId) {
        int plain = props.perDestinationConcurrency() * PREFETCH;
        if (batchMax(destinationId) <= 1) return plain;
        return Math.max(plain, Math.min(PREFETCH * props.batchMax(), maxHeld() / 4));
    }

    /** How many deliveries one send to this destination may take: batch-max if its sender batches, else 1. */
    private int batchMax(String destinationId) {
        if (props.batchMax() <= 1) return 1;
        DestinationService.Runtime r = destinationService.runtime(destinationId, 0);
        return r != null && r.sender().batches() ? props.batchMax() : 1;
    }

    /** Claims what the free capacity allows and queues it. Returns the number claimed. */
    int claimOnce() {
        int free = maxHeld() - held.get();
        if (free <= 0) return 0;
        Map<String, Integer> perDest = new HashMap<>();
        List<String> busy = new ArrayList<>();
        lanes.forEach((d, lane) -> {
            if (lane.held() >= perDest.computeIfAbsent(d, this::maxHeldPerDestination)) busy.add(d);
        });
        String token = node + "-" + claims.incrementAndGet();
        int limit = Math.min(free, props.batchSize());
        List<Claimed> claimed = store.claim(limit, busy.toArray(String[]::new), token, candidates -> {
            Map<String, Long> chosen = new HashMap<>();
            Map<String, Integer> taken = new HashMap<>();
            for (DeliveryStore.Candidate c : candidates) {
                if (chosen.size() >= limit) break;
                Lane lane = lanes.get(c.destinationId());
                int already = (lane == null ? 0 : lane.held()) + taken.getOrDefault(c.destinationId(), 0);
                if (already >= perDest.computeIfAbsent(c.destinationId(), this::maxHeldPerDestination)) continue;
                taken.merge(c.destinationId(), 1, Integer::sum);
                // queued behind at most PREFETCH - 1 rounds of in-flight sends, then sent
                Duration timeout = destinationService.timeoutOf(c.destinationId(), 0);
                chosen.put(
                        c.id(),
                        timeout.multipliedBy(PREFETCH).plus(props.leaseMargin()).toMillis());
            }
            return chosen;
        });
        take(claimed);
        return claimed.size();
    }

    /**
     * One destination's local queue: at most {@code per-destination-concurrency} sends run at once, the rest of
     * what was claimed for it waits here (never in the shared pool), so a slow destination only ever occupies
     * its own share of the workers. A send takes up to {@link #batchMax} queued deliveries at once; the lane only
     * holds stream heads, and a batch never takes two deliveries of the same stream, so per-stream order holds.
     */
    private final class Lane {
        private final String destinationId;
        private final java.util.ArrayDeque<Claimed> queue = new java.util.ArrayDeque<>();
        /** Workers running for this lane, and the deliveries they have taken. */
        private int workers;

        private int sending;

        Lane(String destinationId) {
            this.destinationId = destinationId;
        }

        synchronized int held() {
            return sending + queue.size();
        }

        /**
         * Queues deliveries and starts a worker per queued delivery, within the destination's concurrency (as
         * many sends in flight as without batches); each worker then takes its share of the queue.
         */
        void offer(List<Claimed> cs) {
            int batch = batchMax(destinationId);
            int start;
            synchronized (this) {
                queue.addAll(cs);
                start = Math.max(0, Math.min(props.perDestinationConcurrency() - workers, queue.size()));
                workers += start;
            }
            for (int i = 0; i < start; i++) {
                try {
                    workers().execute(() -> run(batch));
                } catch (java.util.concurrent.RejectedExecutionException e) { // shutting down
                    synchronized (this) {
                        workers--;
                    }
                }
            }
        }

        private ExecutorService workers() {
            return DeliveryEngine.this.workers;
        }

        private void run(int batch) {
            while (true) {
                List<Claimed> taken;
                synchronized (this) {
                    // an even share of the queue among this lane's workers, at most batch-max: the sends stay
                    // concurrent (a batch of 100 behind which the next heads wait is slower than ten of 10), and
                    // batches grow only when the queue is longer than the workers can take one by one
                    int share = Math.min(batch, Math.max(1, (queue.size() + workers - 1) / Math.max(1, workers)));
                    taken = DeliveryEngine.this.running ? poll(share) : List.of();
                    if (taken.isEmpty()) {
                        workers--;
                        return;
                    }
                    sending += taken.size();
                }
                try {
                    send(taken);
                } finally {
                    synchronized (this) {
                        sending -= taken.size();
                    }
                    held.addAndGet(-taken.size());
                    claimSignal.raise();
                }
            }
        }

        /** Up to {@code max} queued deliveries, stopping before a second one of the same stream. */
        private List<Claimed> poll(int max) {
            List<Claimed> out = new ArrayList<>(Math.min(max, queue.size()));
            java.util.Set<String> streams = new java.util.HashSet<>();
            while (out.size() < max && !queue.isEmpty()) {
                Claimed c = queue.peek();
                if (!streams.add(c.userId() + "/" + c.type()) && c.userId() != null) break;
                out.add(queue.poll());
            }
            return out;
        }

        synchronized List<Claimed> drain() {
            List<Claimed> out = new ArrayList<>(queue);
            queue.clear();
            return out;
        }
    }

    /**
     * Sends deliveries of one destination: one {@link DestinationSender#send} for a single delivery or a sender
     * without batches, else one {@link DestinationSender#sendBatch}. Every delivery gets its own outcome, attempt
     * and status; in a batch, each attempt's duration is the batch's.
     */
    private void send(List<Claimed> batch) {
        try {
            Instant at = clock.instant();
            long t0 = System.nanoTime();
            Claimed first = batch.get(0);
            long version =
                    batch.stream().mapToLong(Claimed::destinationVersion).max().orElse(0);
            DestinationService.Runtime dest = destinationService.runtime(first.destinationId(), version);
            List<java.time.Duration> schedule = dest == null ? props.retrySchedule() : dest.schedule();
            List<SendOutcome> outcomes = new ArrayList<>(batch.size());
            if (dest == null) {
                for (int i = 0; i < batch.size(); i++)
                    outcomes.add(SendOutcome.retry(null, "destination or its type is no longer available", null));
            } else {
                List<OutgoingEvent> events = new ArrayList<>(batch.size());
                for (Claimed c : batch) events.add(event(c));
                if (batch.size() == 1 || !dest.sender().batches()) {
                    for (OutgoingEvent ev : events) outcomes.add(sendOne(dest, ev));
                } else {
                    outcomes.addAll(sendBatch(dest, events));
                }
            }
            int ms = (int) ((System.nanoTime() - t0) / 1_000_000);
            for (int i = 0; i < batch.size(); i++) complete(batch.get(i), outcomes.get(i), at, ms, schedule);
        } catch (RuntimeException e) {
            log.warn(
                    "Deliveries {} could not be sent: {}",
                    batch.stream().map(Claimed::id).toList(),
                    e.toString());
        }
    }

    /**
     * One {@link DestinationSender#sendBatch} call, with exactly one outcome per event: a sender that throws, or
     * leaves an outcome out, gets {@code retry} for those events.
     */
    static List<SendOutcome> sendBatch(DestinationService.Runtime dest, List<OutgoingEvent> events) {
        List<SendOutcome> got;
        try {
            got = dest.sender().sendBatch(dest.config(), events);
        } catch (RuntimeException e) {
            got = java.util.Collections.nCopies(events.size(), SendOutcome.retry(null, "sender error: " + e, null));
        }
        List<SendOutcome> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            SendOutcome o = got != null && i < got.size() ? got.get(i) : null;
            out.add(o != null ? o : SendOutcome.retry(null, "sender returned no outcome", null));
        }
        return out;
    }

    private OutgoingEvent event(Claimed c) {
        return new OutgoingEvent(
                c.eventId(),
                c.id(),
                c.type(),
                c.userId(),
                c.reference(),
                c.orderingTs(),
                c.eventCreatedAt(),
                c.payload().getBytes(StandardCharsets.UTF_8),
                signingSecrets(c.environmentId()));
    }

    private static SendOutcome sendOne(DestinationService.Runtime dest, OutgoingEvent ev) {
        try {
            SendOutcome outcome = dest.sender().send(dest.config(), ev);
            return outcome != null ? outcome : SendOutcome.retry(null, "sender returned no outcome", null);
        } catch (RuntimeException e) {
            return SendOutcome.retry(null, "sender error: " + e, null);
        }
    }

    /** Queues one delivery's attempt and next status for the completer. */
    private void complete(Claimed c, SendOutcome outcome, Instant at, int ms, List<java.time.Duration> schedule) {
        RetryPolicy.Decision d = RetryPolicy.decide(outcome, c.attemptCount() + 1, schedule, props.retryJitter());
        if (outcome.kind() == SendOutcome.Kind.GONE)
            toDisable.put(
                    c.destinationId(),
                    "receiver answered " + (outcome.statusCode() == null ? "gone" : outcome.statusCode()) + " at "
                            + at);
        completions.add(new Completion(
                c.id(),
                c.destinationId(),
                c.token(),
                d.status(),
                d.delayMs(),
                at,
                outcome.statusCode(),
                truncate(outcome.error(), 1000),
                ms,
                truncate(outcome.response(), 2048)));
    }

    private void completeLoop() {
        while (running || !completions.isEmpty()) {
            try {
                Completion first = completions.poll(props.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) continue;
                List<Completion> batch = new ArrayList<>();
                batch.add(first);
                completions.drainTo(batch, 999);
                write(batch);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void flushCompletions() {
        List<Completion> batch = new ArrayList<>();
        completions.drainTo(batch);
        if (!batch.isEmpty()) write(batch);
    }

    private void write(List<Completion> batch) {
        for (int tries = 0; ; tries++) {
            try {
                if (!toDisable.isEmpty()) {
                    for (String id : new ArrayList<>(toDisable.keySet())) {
                        destinations.disable(id, toDisable.remove(id));
                        log.warn("Destination {} disabled: the receiver answered 410 Gone", id);
                    }
                }
                take(store.complete(batch, handOff()));
                claimSignal.raise();
                return;
            } catch (RuntimeException e) {
                // the leases expire and the deliveries are retried anyway (at-least-once); keep trying a while
                if (tries >= 20 || !running && tries >= 2) {
                    log.warn("Could not record {} delivery attempts: {}", batch.size(), e.toString());
                    return;
                }
                sleep(500);
            }
        }
    }

    private List<String> signingSecrets(UUID environmentId) {
        Secrets s = secrets.get(environmentId);
        long now = System.nanoTime();
        if (s == null || now > s.expiresAtNanos()) {
            s = new Secrets(accounts.signingSecrets(environmentId), now + 1_000_000_000L); // rotation shows within 1 s
            secrets.put(environmentId, s);
        }
        return s.values();
    }

    /** A dedicated connection that LISTENs; any notification wakes the loops. */
    private void listenLoop() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN tributary_deliveries");
                }
                if (!c.getAutoCommit()) c.commit();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] ns = pg.getNotifications(1000);
                    if (ns == null || ns.length == 0) continue;
                    for (PGNotification n : ns) {
                        claimSignal.raise();
                    }
                }
            } catch (Exception e) {
                if (!running) return;
                log.debug("LISTEN connection lost ({}); polling until it is back", e.toString());
                sleep(2000);
            }
        }
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
