package io.tributary.server.delivery;

import io.tributary.server.shared.Ids;
import io.tributary.server.storage.DeliveryStore;
import io.tributary.server.storage.DeliveryStore.Claimed;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The dispatcher thread: fans new events out into one {@code deliveries} row per active webhook of the event's
 * environment (one process at a time, under an advisory lock, so a stream's deliveries are created in event order)
 * and takes the stream heads it creates straight into the {@link Lanes} as far as they have room. Woken by {@link
 * #signal} (an event committed by this process) or every poll interval (events committed by other processes).
 */
final class Dispatcher {
    private final DeliveryStore store;
    private final Lanes lanes;
    private final DeliveryProperties props;
    private final Runnable dueForClaim;
    private final Consumer<List<String>> release;
    private final Clock clock;
    final Signal signal = new Signal();

    Dispatcher(
            DeliveryStore store,
            Lanes lanes,
            DeliveryProperties props,
            Runnable dueForClaim,
            Consumer<List<String>> release,
            Clock clock) {
        this.store = store;
        this.lanes = lanes;
        this.props = props;
        this.dueForClaim = dueForClaim;
        this.release = release;
        this.clock = clock;
    }

    void loop(BooleanSupplier running) {
        Loops.run("Dispatcher", running, () -> {
            int n;
            do {
                DeliveryStore.Dispatched r =
                        store.dispatch(props.batchSize(), ev -> Ids.newId("dlv", clock.millis()), lanes.handOff());
                n = r.events();
                List<Claimed> handed = r.handedOff();
                if (!lanes.take(handed))
                    release.accept(handed.stream().map(Claimed::id).toList());
                if (n > 0) dueForClaim.run();
            } while (running.getAsBoolean() && n >= props.batchSize());
            signal.await(props.pollInterval().toMillis());
        });
    }
}
