package io.tributary.server.delivery;

import io.tributary.model.event.HealthcheckEvent;
import io.tributary.server.outbox.EventWriter;
import io.tributary.server.shared.Timestamps;
import io.tributary.server.storage.DeliveryStore;
import io.tributary.server.storage.DestinationRecord;
import io.tributary.server.storage.DestinationStore;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The periodic {@code healthcheck} event, per destination (hourly by default, {@code
 * healthcheck_interval_seconds} per destination, off with {@code healthcheck_enabled:false}). It is an ordinary
 * delivery to that one destination (history, retries), with {@code sent_webhooks_last_hour} = deliveries that
 * reached the destination in the last hour and {@code trend_percentage} = change against the hour before.
 */
@Component
public class Healthchecks {
    private static final Logger log = LoggerFactory.getLogger(Healthchecks.class);
    private final DestinationStore destinations;
    private final DeliveryStore deliveries;
    private final EventWriter events;
    private final DeliveryEngine engine;
    private final DeliveryProperties props;
    private final Clock clock;

    public Healthchecks(
            DestinationStore destinations,
            DeliveryStore deliveries,
            EventWriter events,
            DeliveryEngine engine,
            DeliveryProperties props,
            Clock clock) {
        this.destinations = destinations;
        this.deliveries = deliveries;
        this.events = events;
        this.engine = engine;
        this.props = props;
        this.clock = clock;
    }

    @Scheduled(initialDelay = 5000, fixedDelay = 5000)
    public void run() {
        if (!props.enabled() || !engine.isRunning()) return; // off on nodes without the delivery role
        try {
            long dflt = props.healthcheckInterval().toSeconds();
            int n = 0;
            for (DestinationRecord d : destinations.dueForHealthcheck(dflt)) {
                if (!destinations.claimHealthcheck(d.id(), dflt)) continue; // another process took it
                events.direct(d.environmentId(), d.id(), event(d.id()));
                n++;
            }
            if (n > 0) engine.wakeUp();
        } catch (RuntimeException e) {
            log.warn("Healthchecks: {}", e.toString());
        }
    }

    /** The healthcheck of a destination (null: one not saved yet), with its last two hours' figures. */
    public HealthcheckEvent event(String destinationId) {
        long last = destinationId == null ? 0 : deliveries.deliveredBetween(destinationId, 3600, 0);
        long before = destinationId == null ? 0 : deliveries.deliveredBetween(destinationId, 7200, 3600);
        return HealthcheckEvent.of(
                Timestamps.iso(clock.instant()),
                before == 0 ? 0 : (int) Math.round((last - before) * 100.0 / before),
                (int) last);
    }
}
