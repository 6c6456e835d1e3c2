package io.tributary.server.delivery;

import io.tributary.server.storage.DeliveryStore;
import io.tributary.server.storage.DeliveryStore.Claimed;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * This process's share of the deliveries: what it holds (claimed or handed off, queued or being sent), per
 * destination and in all, within the limits that keep one slow destination from occupying more than its share.
 * Each destination has a {@link Lane}: at most {@code per-destination-concurrency} sends run at once, the rest of
 * what was taken for it waits in the lane (never in the shared pool). A send takes up to {@code batch-max} queued
 * deliveries at once; a lane only holds stream heads, and a send never takes two of one stream, so per-stream
 * order holds.
 */
final class Lanes {
    /** Deliveries held per process may be up to this many times the send concurrency (local queueing). */
    static final int PREFETCH = 4;

    private final DeliveryProperties props;
    private final DestinationService destinations;
    private final String node;
    private final BooleanSupplier running;
    private final Consumer<List<Claimed>> send;
    /** Called whenever sends finished and capacity is free again. */
    private final Runnable freed;

    private final AtomicLong claims = new AtomicLong();
    private final AtomicInteger held = new AtomicInteger();
    private final Map<String, Lane> lanes = new ConcurrentHashMap<>();
    private volatile ExecutorService workers;

    Lanes(
            DeliveryProperties props,
            DestinationService destinations,
            String node,
            BooleanSupplier running,
            Consumer<List<Claimed>> send,
            Runnable freed) {
        this.props = props;
        this.destinations = destinations;
        this.node = node;
        this.running = running;
        this.send = send;
        this.freed = freed;
    }

    void workers(ExecutorService workers) {
        this.workers = workers;
    }

    /** A new lease token of this process: {@code <node id>-<n>} (see NodeHeartbeat). */
    String newToken() {
        return node + "-" + claims.incrementAndGet();
    }

    /** Deliveries held and not yet finished (in flight or queued locally), at most. */
    int maxHeld() {
        return props.workers() * PREFETCH;
    }

    int free() {
        return maxHeld() - held.get();
    }

    int held(String destinationId) {
        Lane lane = lanes.get(destinationId);
        return lane == null ? 0 : lane.held();
    }

    /**
     * Deliveries of one destination this process may hold. A destination whose sender writes batches may hold
     * more, so that batches of up to {@code batch-max} can form behind the sends in flight; it is capped at a
     * quarter of the global limit so a slow or dead destination still leaves most of the capacity to the others.
     */
    int maxHeldPerDestination(String destinationId) {
        int plain = props.perDestinationConcurrency() * PREFETCH;
        if (batchMax(destinationId) <= 1) return plain;
        return Math.max(plain, Math.min(PREFETCH * props.batchMax(), maxHeld() / 4));
    }

    /** Destinations whose lane is full. */
    String[] busy() {
        List<String> busy = new ArrayList<>();
        lanes.forEach((d, lane) -> {
            if (lane.held() >= maxHeldPerDestination(d)) busy.add(d);
        });
        return busy.toArray(String[]::new);
    }

    /** A taken delivery is queued behind at most PREFETCH - 1 rounds of in-flight sends, then sent. */
    long leaseMillis(String destinationId) {
        return destinations
                .timeoutOf(destinationId, 0)
                .multipliedBy(PREFETCH)
                .plus(props.leaseMargin())
                .toMillis();
    }

    /** How many deliveries one send to this destination may take: batch-max if its sender batches, else 1. */
    private int batchMax(String destinationId) {
        if (props.batchMax() <= 1) return 1;
        DestinationService.Runtime r = destinations.runtime(destinationId, 0);
        return r != null && r.sender().batches() ? props.batchMax() : 1;
    }

    /**
     * Lets the dispatcher and the completer take the deliveries they make due straight into the lanes (no claim
     * round trip), as far as there is room: each hand-off budgets at most the free capacity, globally and per
     * destination; beyond it deliveries stay {@code pending} for the claimer (of any process).
     */
    DeliveryStore.HandOff handOff() {
        if (!running.getAsBoolean()) return DeliveryStore.HandOff.NONE;
        int[] globalFree = {free()};
        Map<String, Integer> budget = new HashMap<>();
        return new DeliveryStore.HandOff(newToken(), dst -> {
            if (globalFree[0] <= 0) return null;
            int left = budget.computeIfAbsent(dst, d -> maxHeldPerDestination(d) - held(d));
            if (left <= 0) return null;
            budget.put(dst, left - 1);
            globalFree[0]--;
            return leaseMillis(dst);
        });
    }

    /**
     * Queues deliveries this process has taken on their destinations' lanes. Returns false (queuing nothing) when
     * this process is stopping: the caller hands them back.
     */
    boolean take(List<Claimed> claimed) {
        if (claimed.isEmpty()) return true;
        if (!running.getAsBoolean()) return false;
        Map<String, List<Claimed>> byDestination = new LinkedHashMap<>();
        for (Claimed c : claimed)
            byDestination
                    .computeIfAbsent(c.destinationId(), k -> new ArrayList<>())
                    .add(c);
        held.addAndGet(claimed.size());
        byDestination.forEach((d, cs) -> lanes.computeIfAbsent(d, Lane::new).offer(cs));
        return true;
    }

    /** Empties every lane (shutdown): the deliveries taken and not yet being sent. */
    List<String> drain() {
        List<String> unsent = new ArrayList<>();
        lanes.values().forEach(l -> l.drain().forEach(c -> unsent.add(c.id())));
        held.addAndGet(-unsent.size());
        return unsent;
    }

    private final class Lane {
        private final String destinationId;
        private final ArrayDeque<Claimed> queue = new ArrayDeque<>();
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
                    Lanes.this.workers.execute(() -> run(batch));
                } catch (RejectedExecutionException e) { // shutting down
                    synchronized (this) {
                        workers--;
                    }
                }
            }
        }

        private void run(int batch) {
            while (true) {
                List<Claimed> taken;
                synchronized (this) {
                    // an even share of the queue among this lane's workers, at most batch-max: the sends stay
                    // concurrent (a batch of 100 behind which the next heads wait is slower than ten of 10), and
                    // batches grow only when the queue is longer than the workers can take one by one
                    int share = Math.min(batch, Math.max(1, (queue.size() + workers - 1) / Math.max(1, workers)));
                    taken = running.getAsBoolean() ? poll(share) : List.of();
                    if (taken.isEmpty()) {
                        workers--;
                        return;
                    }
                    sending += taken.size();
                }
                try {
                    send.accept(taken);
                } finally {
                    synchronized (this) {
                        sending -= taken.size();
                    }
                    held.addAndGet(-taken.size());
                    freed.run();
                }
            }
        }

        /** Up to {@code max} queued deliveries, stopping before a second one of the same stream. */
        private List<Claimed> poll(int max) {
            List<Claimed> out = new ArrayList<>(Math.min(max, queue.size()));
            Set<String> streams = new HashSet<>();
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
}
