package io.tributary.server.delivery;

import io.tributary.server.storage.BulkCursorStore;
import io.tributary.server.storage.BulkCursorStore.BulkEvent;
import io.tributary.server.storage.BulkCursorStore.Result;
import io.tributary.server.storage.BulkCursorStore.Taken;
import io.tributary.server.storage.DeliveryStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery to bulk destinations (senders that {@link DestinationSender#batches()}: SQL, Supabase, S3, GCS, SQS,
 * Kafka) through a cursor over the outbox instead of a deliveries row per event moved along step by step:
 *
 * <ol>
 *   <li>a destination with readable events after its cursor is drained by one worker of this process at a
 *       time (one process at a time: the cursor is leased in the database, so several nodes share the
 *       destinations between them);
 *   <li>the worker takes up to {@code bulk-batch-max} events, writes them with {@link
 *       DestinationSender#sendBatch} (split into up to {@link #PARTS} concurrent parts of at least {@link
 *       #MIN_PART} events, each within the destination's timeout), then
 *   <li>records the whole batch in one transaction: a {@code delivered} row and one attempt per event (history
 *       and replay work as for any delivery) and the cursor moved past the batch.
 * </ol>
 *
 * Events that fail become ordinary {@code pending} (or {@code failed}) deliveries with their attempt recorded
 * (the dashboard shows why), which the per-delivery engine retries along the destination's schedule, in stream
 * order among themselves. When nothing of a batch got through (target down, credentials refused) the cursor
 * also waits before its next batch: the destination's schedule, capped at {@link #MAX_BACK_OFF}. Events of one
 * user keep their order within a batch (they go in the same part, in order), not across a failure: a retried
 * delivery may land after newer events of its user (receivers order by {@code terra-ordering-timestamp}). Ids
 * are derived from (event, destination), so a batch written twice (crash, lost lease, replay) carries the same
 * trace ids.
 */
final class BulkStreams {
    private static final Logger log = LoggerFactory.getLogger(BulkStreams.class);

    /** A batch is written in up to this many concurrent parts … */
    static final int PARTS = 4;
    /** … of at least this many events each. */
    static final int MIN_PART = 50;

    private final BulkCursorStore cursors;
    private final DestinationService destinations;
    private final DeliveryProperties props;
    private final Function<UUID, List<String>> signingSecrets;
    private final Clock clock;
    private final String node;
    private final AtomicLong leases = new AtomicLong();
    /** Destinations this process is draining right now. */
    private final Set<String> draining = ConcurrentHashMap.newKeySet();

    BulkStreams(
            BulkCursorStore cursors,
            DestinationService destinations,
            DeliveryProperties props,
            Function<UUID, List<String>> signingSecrets,
            Clock clock,
            String node) {
        this.cursors = cursors;
        this.destinations = destinations;
        this.props = props;
        this.signingSecrets = signingSecrets;
        this.clock = clock;
        this.node = node;
    }

    /** Starts a drain on {@code pool} for every due destination this process is not draining yet. */
    void poll(ExecutorService pool, java.util.function.BooleanSupplier running) {
        List<String> due = cursors.due(draining.toArray(String[]::new));
        for (String d : due) {
            if (!draining.add(d)) continue;
            try {
                pool.execute(() -> {
                    try {
                        drain(d, running);
                    } finally {
                        draining.remove(d);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) { // shutting down
                draining.remove(d);
            }
        }
    }

    /** A batch on its way: the events, their delivery ids, and the write in flight. */
    private record Sending(
            Taken taken, List<String> ids, Instant at, long t0, CompletableFuture<List<SendOutcome>> outcomes) {}

    /**
     * Batches until the destination has nothing readable, backs off, or this process stops. Pipelined: while
     * one batch is being written, the next is read from the outbox, and the batch before it recorded; the
     * cursor lease is kept (and extended) from one batch to the next.
     */
    private void drain(String destinationId, java.util.function.BooleanSupplier running) {
        String token = node + "-b" + leases.incrementAndGet();
        Sending sending = null;
        try {
            DestinationService.Runtime dest = destinations.runtime(destinationId, 0);
            if (dest == null) return;
            long lease = dest.config().timeout().plus(props.leaseMargin()).toMillis();
            int limit = Math.max(1, props.bulkBatchMax());
            Taken t = cursors.take(destinationId, token, lease, limit);
            if (t.events().isEmpty()) return;
            if (t.version() > dest.record().version()) dest = destinations.runtime(destinationId, t.version());
            if (dest == null || !running.getAsBoolean()) {
                cursors.release(destinationId, token);
                return;
            }
            sending = start(dest, t);
            while (true) {
                // the next batch is read while this one is written
                Taken next = running.getAsBoolean() ? cursors.readAfter(t, limit) : null;
                List<SendOutcome> outcomes = sending.outcomes().join();
                Sending done = sending;
                sending = null;
                Recorded r = results(dest, done, outcomes);
                boolean more =
                        r.backOff() == null && next != null && !next.events().isEmpty() && running.getAsBoolean();
                // the next batch is written while this one is recorded
                if (more) sending = start(dest, next);
                boolean kept = cursors.advance(
                        destinationId,
                        token,
                        t.environmentId(),
                        r.results(),
                        done.at(),
                        r.durationMs(),
                        r.backOff(),
                        r.error(),
                        more ? lease : null);
                if (!kept) {
                    log.warn(
                            "Bulk destination {}: lease lost while writing a batch; the next holder writes it again",
                            destinationId);
                    return;
                }
                if (!more) return;
                t = next;
            }
        } catch (RuntimeException e) {
            log.warn("Bulk delivery to {}: {}", destinationId, e.toString());
            try {
                cursors.release(destinationId, token);
            } catch (RuntimeException ignored) {
                // the lease runs out by itself
            }
        } finally {
            // a batch still being written when the loop ended is not recorded: the cursor did not pass it, so it
            // is written again (same ids) by whoever drains next; let it finish before the destination is free
            if (sending != null) {
                try {
                    sending.outcomes().join();
                } catch (RuntimeException ignored) {
                    // nothing recorded either way
                }
            }
        }
    }

    /** Starts writing a batch (on {@link #PART_POOL}). */
    private Sending start(DestinationService.Runtime dest, Taken t) {
        List<String> secrets = signingSecrets.apply(t.environmentId());
        List<OutgoingEvent> out = new ArrayList<>(t.events().size());
        List<String> ids = new ArrayList<>(t.events().size());
        for (BulkEvent e : t.events()) {
            String id = DeliveryStore.deliveryId(e.id(), t.destinationId(), e.createdAt());
            ids.add(id);
            out.add(new OutgoingEvent(
                    e.id(),
                    id,
                    e.type(),
                    e.userId(),
                    e.reference(),
                    e.orderingTs(),
                    e.createdAt(),
                    e.payload().getBytes(StandardCharsets.UTF_8),
                    secrets));
        }
        Instant at = clock.instant();
        long t0 = System.nanoTime();
        return new Sending(t, ids, at, t0, CompletableFuture.supplyAsync(() -> send(dest, out), PART_POOL));
    }

    /** A written batch's rows, and the cursor's back-off when nothing of it got through. */
    private record Recorded(List<Result> results, int durationMs, Long backOff, String error) {}

    private Recorded results(DestinationService.Runtime dest, Sending s, List<SendOutcome> outcomes) {
        int ms = (int) ((System.nanoTime() - s.t0()) / 1_000_000);
        List<BulkEvent> events = s.taken().events();
        List<Duration> schedule = dest.schedule();
        List<Result> results = new ArrayList<>(events.size());
        boolean anyDelivered = false;
        String firstError = null;
        String response = "batch of " + events.size();
        for (int i = 0; i < events.size(); i++) {
            SendOutcome o = outcomes.get(i);
            // a failed event continues as an ordinary delivery, on its first retry
            RetryPolicy.Decision d = RetryPolicy.decide(o, 1, schedule, props.retryJitter());
            if (o.kind() == SendOutcome.Kind.SUCCESS) anyDelivered = true;
            else if (firstError == null) firstError = o.error() == null ? "failed" : o.error();
            results.add(new Result(
                    s.ids().get(i),
                    events.get(i),
                    d.status(),
                    d.delayMs(),
                    o.statusCode(),
                    Sends.truncate(o.error(), 1000),
                    Sends.truncate(o.response() == null ? response : o.response() + " (" + response + ")", 2048)));
        }
        // nothing got through (the target is down or refuses everything): the batch's deliveries retry on their
        // schedule like any other, and the cursor waits before trying the events behind them
        Long backOff = null;
        if (!anyDelivered) {
            backOff = backOffMillis(schedule, s.taken().failures());
            log.info(
                    "Bulk destination {}: batch of {} failed ({}); next batch in {} ms",
                    s.taken().destinationId(),
                    events.size(),
                    firstError,
                    backOff);
        }
        return new Recorded(results, ms, backOff, Sends.truncate(firstError, 1000));
    }

    /** Longest wait of a failing destination's cursor between two batches. */
    static final Duration MAX_BACK_OFF = Duration.ofMinutes(5);

    /** The cursor's wait after its {@code failures + 1}-th failed batch in a row: the schedule, capped. */
    static long backOffMillis(List<Duration> schedule, int failures) {
        if (schedule.isEmpty()) return MAX_BACK_OFF.toMillis();
        Duration d = schedule.get(Math.min(failures, schedule.size() - 1));
        return Math.min(d.toMillis(), MAX_BACK_OFF.toMillis());
    }

    /** One outcome per event: the batch in up to {@link #PARTS} concurrent parts. */
    private List<SendOutcome> send(DestinationService.Runtime dest, List<OutgoingEvent> events) {
        int parts = Math.max(1, Math.min(PARTS, events.size() / MIN_PART));
        if (parts == 1) return Sends.sendBatch(dest, events);
        // parts by user, so each user's events stay in one part, in order (Kafka keys, SQS FIFO groups)
        List<List<Integer>> index = new ArrayList<>();
        for (int p = 0; p < parts; p++) index.add(new ArrayList<>());
        for (int i = 0; i < events.size(); i++) {
            UUID u = events.get(i).userId();
            index.get(u == null ? i % parts : Math.floorMod(u.hashCode(), parts))
                    .add(i);
        }
        List<CompletableFuture<List<SendOutcome>>> fs = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            List<OutgoingEvent> part = new ArrayList<>(index.get(p).size());
            for (int i : index.get(p)) part.add(events.get(i));
            if (part.isEmpty()) fs.add(CompletableFuture.completedFuture(List.of()));
            else if (p == parts - 1) fs.add(CompletableFuture.completedFuture(Sends.sendBatch(dest, part)));
            else fs.add(CompletableFuture.supplyAsync(() -> Sends.sendBatch(dest, part), PART_POOL));
        }
        SendOutcome[] all = new SendOutcome[events.size()];
        for (int p = 0; p < parts; p++) {
            List<SendOutcome> got = fs.get(p).join();
            List<Integer> at = index.get(p);
            for (int k = 0; k < at.size(); k++) all[at.get(k)] = got.get(k);
        }
        return java.util.Arrays.asList(all);
    }

    /** Threads that write batches: one per batch in flight, plus its extra parts (the last part is written on the batch's own thread). */
    private static final ExecutorService PART_POOL = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread th = new Thread(r, "bulk-part");
        th.setDaemon(true);
        return th;
    });
}
