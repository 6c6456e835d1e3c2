package io.tributary.server.delivery;

import io.tributary.server.storage.DeliveryStore.Claimed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends deliveries of one destination (on a worker thread of a {@link Lanes} lane): one {@link
 * DestinationSender#send} for a single delivery or a sender without batches, else one {@link
 * DestinationSender#sendBatch}. Every delivery gets its own outcome, attempt and status; the attempt is recorded
 * before the request goes out ({@link AttemptStarts}) and completed after ({@link Completer}); in a batch, each
 * attempt's duration is the batch's.
 */
final class Sends {
    private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);

    private final DestinationService destinations;
    private final SigningSecrets secrets;
    private final DeliveryProperties props;
    private final Clock clock;
    private final Completer completer;
    private final AttemptStarts starts;
    private final java.util.function.Consumer<List<String>> release;

    Sends(
            DestinationService destinations,
            SigningSecrets secrets,
            DeliveryProperties props,
            Clock clock,
            Completer completer,
            AttemptStarts starts,
            java.util.function.Consumer<List<String>> release) {
        this.starts = starts;
        this.release = release;
        this.destinations = destinations;
        this.secrets = secrets;
        this.props = props;
        this.clock = clock;
        this.completer = completer;
    }

    void send(List<Claimed> batch) {
        Instant at = clock.instant();
        List<Long> attempts;
        try {
            attempts = starts.begin(batch, at); // before anything goes out
        } catch (RuntimeException e) {
            log.warn("Deliveries {} not sent: their attempts could not be recorded ({})", ids(batch), e.toString());
            release.accept(ids(batch));
            return;
        }
        try {
            long t0 = System.nanoTime();
            Claimed first = batch.get(0);
            long version =
                    batch.stream().mapToLong(Claimed::destinationVersion).max().orElse(0);
            DestinationService.Runtime dest = destinations.runtime(first.destinationId(), version);
            List<Duration> schedule = dest == null ? props.retrySchedule() : dest.schedule();
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
            for (int i = 0; i < batch.size(); i++)
                completer.complete(batch.get(i), attempts.get(i), outcomes.get(i), at, ms, schedule);
        } catch (RuntimeException e) {
            log.warn("Deliveries {} could not be sent: {}", ids(batch), e.toString());
        }
    }

    private static List<String> ids(List<Claimed> batch) {
        return batch.stream().map(Claimed::id).toList();
    }

    /**
     * One {@link DestinationSender#sendBatch} call, with exactly one outcome per event: a sender that throws, or
     * leaves an outcome out, gets {@code retry} for those events.
     */
    static List<SendOutcome> sendBatch(DestinationService.Runtime dest, List<OutgoingEvent> events) {
        List<SendOutcome> got;
        try {
            got = dest.sender().sendBatch(dest.config(), formatted(dest, events));
        } catch (RuntimeException e) {
            got = Collections.nCopies(events.size(), SendOutcome.retry(null, "sender error: " + e, null));
        }
        List<SendOutcome> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            SendOutcome o = got != null && i < got.size() ? got.get(i) : null;
            out.add(o != null ? o : SendOutcome.retry(null, "sender returned no outcome", null));
        }
        return out;
    }

    /** The events as this destination receives them (Terra JSON, or FHIR: {@link FhirPayloads}). */
    private static List<OutgoingEvent> formatted(DestinationService.Runtime dest, List<OutgoingEvent> events) {
        List<OutgoingEvent> out = new ArrayList<>(events.size());
        for (OutgoingEvent e : events) out.add(dest.formatted(e));
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
                secrets.of(c.environmentId()));
    }

    private static SendOutcome sendOne(DestinationService.Runtime dest, OutgoingEvent ev) {
        try {
            SendOutcome outcome = dest.sender().send(dest.config(), dest.formatted(ev));
            return outcome != null ? outcome : SendOutcome.retry(null, "sender returned no outcome", null);
        } catch (RuntimeException e) {
            return SendOutcome.retry(null, "sender error: " + e, null);
        }
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
