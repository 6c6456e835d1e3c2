package io.tributary.server.delivery;

import io.tributary.server.account.AccountService;
import io.tributary.server.shared.NodeRoles;
import io.tributary.server.storage.BulkCursorStore;
import io.tributary.server.storage.DeliveryStore;
import io.tributary.server.storage.DestinationStore;
import io.tributary.server.storage.DueNotifications;
import io.tributary.server.storage.NodeHeartbeat;
import io.tributary.server.storage.OutboxStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves events from the outbox to destinations (docs/delivery.md); this class is its lifecycle: it wires the
 * parts, starts their threads and stops them. Bulk destinations (senders that {@link DestinationSender#batches()})
 * read the outbox through a cursor, see {@link BulkStreams}, drained on the worker pool by the <b>bulk</b> thread.
 * Webhooks, and deliveries of any type that are retried or resent, go through deliveries rows:
 *
 * <ul>
 *   <li>the {@link Dispatcher} fans new events out into deliveries rows;
 *   <li>the {@link Claimer} takes due deliveries into this process's {@link Lanes} (one local queue per
 *       destination, with its concurrency limit) from which
 *   <li>the worker pool sends them ({@link Sends}), each attempt recorded as {@code sending} before its request
 *       goes out ({@link AttemptStarts});
 *   <li>the {@link Completer} records attempts and new statuses in batches.
 * </ul>
 *
 * Loops wake on in-process signals (an event committed by this process, a result recorded), on {@code LISTEN}
 * ({@link DueNotifications}: any process's dispatcher created due deliveries), and otherwise poll every {@code
 * poll-interval}. A taken delivery is leased for {@code PREFETCH} × its destination's timeout plus {@code
 * lease-margin}, under a token naming this node: if this process dies, the others free its leases as soon as its
 * heartbeat expires ({@link NodeHeartbeat}), or at the latest when the lease ends; at-least-once, same trace id.
 */
@Component
public class DeliveryEngine implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);
    /** Bulk destinations are looked at most this often (commits arrive by the thousand per second). */
    static final long BULK_GAP_MS = 10;

    private final DeliveryStore store;
    private final DeliveryProperties props;
    private final NodeRoles roles;
    private final DueNotifications notifications;
    private final Lanes lanes;
    private final Dispatcher dispatcher;
    private final Claimer claimer;
    private final Completer completer;
    private final AttemptStarts starts;
    private final BulkStreams bulk;
    private final Signal bulkSignal = new Signal();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;
    private ExecutorService workers;

    public DeliveryEngine(
            DeliveryStore store,
            DestinationStore destinations,
            DestinationService destinationService,
            AccountService accounts,
            DeliveryProperties props,
            DueNotifications notifications,
            Clock clock,
            BulkCursorStore cursors,
            NodeHeartbeat heartbeat,
            NodeRoles roles,
            AttemptMetrics metrics) {
        this.roles = roles;
        this.store = store;
        this.props = props;
        this.notifications = notifications;
        String node = heartbeat.nodeId(); // lease tokens are <node id>-<n>: the heartbeat frees them
        SigningSecrets secrets = new SigningSecrets(accounts);
        Sends[] sends = new Sends[1];
        Signal claimSignal = new Signal();
        this.lanes =
                new Lanes(props, destinationService, node, () -> running, b -> sends[0].send(b), claimSignal::raise);
        this.completer = new Completer(
                store, destinations, lanes, props, () -> running, claimSignal::raise, this::releaseQuietly, metrics);
        this.starts = new AttemptStarts(store, node);
        sends[0] = new Sends(destinationService, secrets, props, clock, completer, starts, this::releaseQuietly);
        this.claimer = new Claimer(store, lanes, props, this::releaseQuietly, claimSignal);
        this.dispatcher = new Dispatcher(store, lanes, props, claimSignal::raise, this::releaseQuietly, clock);
        this.bulk = new BulkStreams(cursors, destinationService, props, secrets::of, clock, node);
    }

    /** An event was committed to the outbox by this process: fan it out now rather than at the next poll. */
    @EventListener // published after the events' transaction committed
    public void onAppended(OutboxStore.Appended e) {
        if (e.queuedForFanOut()) dispatcher.signal.raise();
        bulkSignal.raise();
    }

    /** Something was written that may be due now (resend, healthcheck, new destination). */
    public void wakeUp() {
        dispatcher.signal.raise();
        claimer.signal.raise();
        bulkSignal.raise();
    }

    @Override
    public synchronized void start() {
        if (running || !props.enabled() || !roles.has(NodeRoles.Role.DELIVERY)) return;
        running = true;
        AtomicInteger n = new AtomicInteger();
        workers = new ThreadPoolExecutor(
                props.workers(), props.workers(), 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "delivery-worker-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        lanes.workers(workers);
        threads.add(thread("delivery-dispatcher", () -> dispatcher.loop(() -> running)));
        threads.add(thread("delivery-claimer", () -> claimer.loop(() -> running)));
        threads.add(thread("delivery-completer", completer::loop));
        threads.add(thread("delivery-attempts", starts::loop));
        threads.add(thread("delivery-listener", () -> notifications.listen(() -> running, claimer.signal::raise)));
        threads.add(thread("delivery-bulk", this::bulkLoop));
        log.info(
                "Delivery started: {} workers, {} per destination, poll every {} ms",
                props.workers(),
                props.perDestinationConcurrency(),
                props.pollInterval().toMillis());
    }

    /**
     * Lets the sends in flight finish (up to 10 s), hands back what was taken and not sent, and records every
     * result before returning.
     */
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
        releaseQuietly(lanes.drain());
        for (Thread t : threads) t.interrupt();
        for (Thread t : threads) {
            try {
                t.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
        completer.flush(); // whatever the completer had not written yet
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100; // stops before the web server and the DataSource
    }

    /** Starts a drain (on the worker pool) for each bulk destination with readable events; see {@link BulkStreams}. */
    private void bulkLoop() {
        Loops.run("Bulk delivery", () -> running, () -> {
            bulk.poll(workers, () -> running);
            bulkSignal.await(props.pollInterval().toMillis());
            // a drain already running goes on by itself; a bulk destination does not need the last millisecond
            Thread.sleep(BULK_GAP_MS);
        });
    }

    /** Hands back taken deliveries that will not be sent (shutdown): due again at once for any process. */
    private void releaseQuietly(List<String> ids) {
        if (ids.isEmpty()) return;
        try {
            store.release(ids);
        } catch (RuntimeException e) {
            log.warn("Could not hand back {} claimed deliveries (they are retried when their lease ends)", ids.size());
        }
    }

    private static Thread thread(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
