package io.tributary.server.delivery;

import io.tributary.server.storage.DeliveryStore;
import io.tributary.server.storage.DeliveryStore.Claimed;
import io.tributary.server.storage.DeliveryStore.Completion;
import io.tributary.server.storage.DestinationStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The completer thread: records attempts and new statuses in batches (one transaction for up to 1,000 results),
 * which also makes each finished head's successor due, taken straight into the {@link Lanes} where they have
 * room; disables destinations that answered {@code 410 Gone}.
 */
final class Completer {
    private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);

    private final DeliveryStore store;
    private final DestinationStore destinations;
    private final Lanes lanes;
    private final DeliveryProperties props;
    private final BooleanSupplier running;
    private final Runnable recorded;
    private final AttemptMetrics metrics;
    private final Consumer<List<String>> release;
    private final LinkedBlockingQueue<Completion> completions = new LinkedBlockingQueue<>();
    private final Map<String, String> toDisable = new ConcurrentHashMap<>();

    Completer(
            DeliveryStore store,
            DestinationStore destinations,
            Lanes lanes,
            DeliveryProperties props,
            BooleanSupplier running,
            Runnable recorded,
            Consumer<List<String>> release,
            AttemptMetrics metrics) {
        this.metrics = metrics;
        this.release = release;
        this.store = store;
        this.destinations = destinations;
        this.lanes = lanes;
        this.props = props;
        this.running = running;
        this.recorded = recorded;
    }

    /** Queues one delivery's attempt and next status. */
    void complete(Claimed c, long attemptId, SendOutcome outcome, Instant at, int ms, List<Duration> schedule) {
        RetryPolicy.Decision d = RetryPolicy.decide(outcome, c.attemptCount() + 1, schedule, props.retryJitter());
        metrics.record(c.destinationId(), d.status(), ms);
        if (outcome.kind() == SendOutcome.Kind.GONE)
            toDisable.put(
                    c.destinationId(),
                    "receiver answered " + (outcome.statusCode() == null ? "gone" : outcome.statusCode()) + " at "
                            + at);
        completions.add(new Completion(
                c.id(),
                attemptId,
                c.destinationId(),
                c.token(),
                d.status(),
                d.delayMs(),
                outcome.statusCode(),
                Sends.truncate(outcome.error(), 1000),
                ms,
                Sends.truncate(outcome.response(), 2048)));
    }

    void loop() {
        while (running.getAsBoolean() || !completions.isEmpty()) {
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

    /** Writes whatever is still queued (shutdown, after the loop ended). */
    void flush() {
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
                List<Claimed> next = store.complete(batch, lanes.handOff());
                if (!lanes.take(next))
                    release.accept(next.stream().map(Claimed::id).toList());
                recorded.run();
                return;
            } catch (RuntimeException e) {
                // the leases expire and the deliveries are retried anyway (at-least-once); keep trying a while
                if (tries >= 20 || !running.getAsBoolean() && tries >= 2) {
                    log.warn("Could not record {} delivery attempts: {}", batch.size(), e.toString());
                    return;
                }
                Loops.sleep(500);
            }
        }
    }
}
