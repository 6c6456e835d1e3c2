package io.tributary.server.delivery;

import io.tributary.server.storage.DeliveryStore;
import io.tributary.server.storage.DeliveryStore.Claimed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The claimer thread: takes due deliveries (only stream heads are due; {@code delivering} ones whose lease ended
 * too) with {@code FOR UPDATE SKIP LOCKED} into the {@link Lanes} — at most their free capacity, globally and per
 * destination, skipping destinations whose lane is full — and sleeps until woken ({@link #signal}: capacity freed,
 * deliveries made due here or in another process) or the poll interval passed.
 */
final class Claimer {
    private final DeliveryStore store;
    private final Lanes lanes;
    private final DeliveryProperties props;
    private final Consumer<List<String>> release;
    final Signal signal;

    Claimer(DeliveryStore store, Lanes lanes, DeliveryProperties props, Consumer<List<String>> release, Signal signal) {
        this.signal = signal;
        this.store = store;
        this.lanes = lanes;
        this.props = props;
        this.release = release;
    }

    void loop(BooleanSupplier running) {
        Loops.run("Claimer", running, () -> {
            int got = claimOnce();
            if (got == 0 || lanes.free() <= 0) signal.await(props.pollInterval().toMillis());
        });
    }

    /** Claims what the free capacity allows and queues it. Returns the number claimed. */
    int claimOnce() {
        int free = lanes.free();
        if (free <= 0) return 0;
        int limit = Math.min(free, props.batchSize());
        Map<String, Integer> perDest = new HashMap<>();
        List<Claimed> claimed = store.claim(limit, lanes.busy(), lanes.newToken(), candidates -> {
            Map<String, Long> chosen = new HashMap<>();
            Map<String, Integer> taken = new HashMap<>();
            for (DeliveryStore.Candidate c : candidates) {
                if (chosen.size() >= limit) break;
                String d = c.destinationId();
                int already = lanes.held(d) + taken.getOrDefault(d, 0);
                if (already >= perDest.computeIfAbsent(d, lanes::maxHeldPerDestination)) continue;
                taken.merge(d, 1, Integer::sum);
                chosen.put(c.id(), lanes.leaseMillis(d));
            }
            return chosen;
        });
        if (!lanes.take(claimed))
            release.accept(claimed.stream().map(Claimed::id).toList());
        return claimed.size();
    }
}
