package io.tributary.server.delivery;

import io.tributary.server.storage.DeliveryStore;
import io.tributary.server.storage.DeliveryStore.Claimed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Records each attempt as {@code sending} before its request goes out (docs/delivery.md, Crash recovery), so
 * the history counts every send a receiver may have seen. The workers about to send hand their deliveries to one
 * writer thread, which records everything queued meanwhile in one statement (group commit): a send waits one
 * round trip, the database sees one insert per batch of sends, not per send.
 */
final class AttemptStarts {
    /** Most deliveries recorded in one statement. */
    static final int MAX_ROWS = 1000;

    private final DeliveryStore store;
    private final String node;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();

    private record Pending(List<String> ids, Instant at, CompletableFuture<List<Long>> done) {}

    AttemptStarts(DeliveryStore store, String node) {
        this.store = store;
        this.node = node;
    }

    /**
     * The attempt ids of {@code batch}, recorded as being sent by this node from {@code at}; throws if they could
     * not be recorded (then nothing must be sent).
     */
    List<Long> begin(List<Claimed> batch, Instant at) {
        List<String> ids = new ArrayList<>(batch.size());
        for (Claimed c : batch) ids.add(c.id());
        Pending p = new Pending(ids, at, new CompletableFuture<>());
        queue.add(p);
        try {
            return p.done().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording the attempt");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the attempt could not be recorded within 30 s");
        }
    }

    /** The writer thread: runs until interrupted (after the workers have stopped). */
    void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            List<Pending> group = new ArrayList<>();
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) continue;
                group.add(first);
                int rows = first.ids().size();
                for (Pending p;
                        rows < MAX_ROWS && (p = queue.poll()) != null;
                        rows += p.ids().size()) group.add(p);
                write(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        if (!left.isEmpty()) write(left);
    }

    private void write(List<Pending> group) {
        List<String> ids = new ArrayList<>();
        List<Instant> at = new ArrayList<>();
        for (Pending p : group) {
            ids.addAll(p.ids());
            for (int i = 0; i < p.ids().size(); i++) at.add(p.at());
        }
        try {
            List<Long> attempts = store.beginAttempts(ids, at, node);
            int from = 0;
            for (Pending p : group) {
                p.done().complete(attempts.subList(from, from + p.ids().size()));
                from += p.ids().size();
            }
        } catch (RuntimeException e) {
            for (Pending p : group) p.done().completeExceptionally(e);
        }
    }
}
