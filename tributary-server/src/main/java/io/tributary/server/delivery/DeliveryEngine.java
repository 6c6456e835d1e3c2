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
 * Moves events from the outbox to destinations. Four kinds of threads per process:
 *
 * <ul>
 *   <li>the <b>dispatcher</b> fans new events out into one {@code deliveries} row per active destination of the
 *       event's environment (one process at a time, under an advisory lock, so a stream's deliveries are created
 *       in event order) and marks them dispatched;
 *   <li>the <b>claimer</b> takes due deliveries (only stream heads are due) with {@code FOR UPDATE SKIP LOCKED}
 *       into per-destination local queues — at most {@code PREFETCH} × the send capacity, globally and per
 *       destination, skipping destinations whose queue is full — from which
 *   <li>the <b>worker pool</b> sends them through each destination's {@link DestinationSender}, at most {@code
 *       per-destination-concurrency} at once per destination;
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

    private final String node = Ids.randomToken(8);
    private final AtomicLong claims = new AtomicLong();
    private final Signal dispatchSignal = new Signal();
    private final Signal claimSignal = new Signal();
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
            Clock clock) {
        this.store = store;
        this.destinations = destinations;
        this.destinationService = destinationService;
        this.accounts = accounts;
        this.props = props;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** An event was committed to the outbox by this process: fan it out now rather than at the next poll. */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    public void onAppended(io.tributary.server.storage.OutboxStore.Appended e) {
        dispatchSignal.raise();
    }

    /** Something was written that may be due now (resend, healthcheck, new destination). */
    public void wakeUp() {
        dispatchSignal.raise();
        claimSignal.raise();
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
        int perDest = maxHeldPerDestination();
        Map<String, Integer> budget = new HashMap<>();
        String token = node + "-" + claims.incrementAndGet();
        return new DeliveryStore.HandOff(token, dst -> {
            if (globalFree[0] <= 0) return null;
            int left = budget.computeIfAbsent(dst, d -> {
                Lane lane = lanes.get(d);
                return perDest - (lane == null ? 0 : lane.held());
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
        for (Claimed c : claimed) {
            held.incrementAndGet();
            lanes.computeIfAbsent(c.destinationId(), k -> new Lane()).offer(c);
        }
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

    private int maxHeldPerDestination() {
        return props.perDestinationConcurrency() * PREFETCH;
    }

    /** Claims what the free capacity allows and queues it. Returns the number claimed. */
    int claimOnce() {
        int free = maxHeld() - held.get();
        if (free <= 0) return 0;
        int perDest = maxHeldPerDestination();
        List<String> busy = new ArrayList<>();
        lanes.forEach((d, lane) -> {
            if (lane.held() >= perDest) busy.add(d);
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
                if (already >= perDest) continue;
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
     * its own share of the workers.
     */
    private final class Lane {
        private final java.util.ArrayDeque<Claimed> queue = new java.util.ArrayDeque<>();
        private int active;
        private int queued;

        synchronized int held() {
            return active + queued;
        }

        void offer(Claimed c) {
            synchronized (this) {
                if (active >= props.perDestinationConcurrency()) {
                    queue.add(c);
                    queued++;
                    return;
                }
                active++;
            }
            try {
                workers.execute(() -> run(c));
            } catch (java.util.concurrent.RejectedExecutionException e) { // shutting down
                synchronized (this) {
                    active--;
                }
                held.decrementAndGet();
                releaseQuietly(List.of(c.id()));
            }
        }

        private void run(Claimed first) {
            Claimed c = first;
            while (c != null) {
                send(c);
                held.decrementAndGet();
                claimSignal.raise();
                synchronized (this) {
                    c = DeliveryEngine.this.running ? queue.poll() : null;
                    if (c != null) queued--;
                    else active--;
                }
            }
        }

        synchronized List<Claimed> drain() {
            List<Claimed> out = new ArrayList<>(queue);
            queue.clear();
            queued = 0;
            return out;
        }
    }

    private void send(Claimed c) {
        try {
            Instant at = clock.instant();
            long t0 = System.nanoTime();
            SendOutcome outcome;
            DestinationService.Runtime dest = destinationService.runtime(c.destinationId(), c.destinationVersion());
            List<java.time.Duration> schedule = dest == null ? props.retrySchedule() : dest.schedule();
            if (dest == null) {
                outcome = SendOutcome.retry(null, "destination or its type is no longer available", null);
            } else {
                OutgoingEvent ev = new OutgoingEvent(
                        c.eventId(),
                        c.id(),
                        c.type(),
                        c.userId(),
                        c.reference(),
                        c.orderingTs(),
                        c.eventCreatedAt(),
                        c.payload().getBytes(StandardCharsets.UTF_8),
                        signingSecrets(c.environmentId()));
                try {
                    outcome = dest.sender().send(dest.config(), ev);
                    if (outcome == null) outcome = SendOutcome.retry(null, "sender returned no outcome", null);
                } catch (RuntimeException e) {
                    outcome = SendOutcome.retry(null, "sender error: " + e, null);
                }
            }
            int ms = (int) ((System.nanoTime() - t0) / 1_000_000);
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
        } catch (RuntimeException e) {
            log.warn("Delivery {} could not be sent: {}", c.id(), e.toString());
        }
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

    private static String truncate(String s, int max) {
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
