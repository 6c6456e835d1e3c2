package io.tributary.server.outbox;

import io.tributary.model.event.WebhookEvent;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.Ids;
import io.tributary.server.storage.DeliveryStore;
import io.tributary.server.storage.OutboxStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way into the outbox: every producer hands over a model event record ({@code io.tributary.model.event}),
 * written here as the JSON destinations receive, with the record's {@code type} as the event's type. Events are
 * appended in the caller's transaction (so an event exists if and only if its change committed; see {@link
 * OutboxStore} for how a transaction's events are written together just before it commits).
 *
 * <p>One {@link ObjectWriter} of its own, built once: the bytes depend on the records' annotations only, not on the
 * application's Jackson settings (they are pinned by {@code EventPayloadsGoldenIT}). Data events carry their
 * objects as stored JSON text ({@link io.tributary.model.event.RawDataEvent}), which is copied, not parsed.
 */
@Component
public class EventWriter {
    private static final ObjectWriter JSON = JsonMapper.builder().build().writer();

    private final OutboxStore outbox;
    private final DeliveryStore deliveries;
    private final Clock clock;

    public EventWriter(OutboxStore outbox, DeliveryStore deliveries, Clock clock) {
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /**
     * Appends {@code event} about {@code userId} (null for none) with {@code reference} (the {@code
     * terra-reference} shared by every event one request causes). Returns the event id.
     */
    public String append(EnvironmentRecord env, UUID userId, String reference, WebhookEvent event) {
        Instant now = clock.instant();
        String id = Ids.newId("evt", now.toEpochMilli());
        // through UTF-8 bytes: a data event carrying a 50 MB activity then costs its size once more, not the twice of
        // a UTF-16 buffer (issue 24: a 45 MB GPX imports in a 256 MB heap)
        String payload = new String(JSON.writeValueAsBytes(event), StandardCharsets.UTF_8);
        outbox.append(id, env.id(), userId, event.type(), reference, payload, now);
        return id;
    }

    /** {@link #append} for an event that no request caused: a reference of its own. */
    public String append(EnvironmentRecord env, UUID userId, WebhookEvent event) {
        return append(env, userId, UUID.randomUUID().toString(), event);
    }

    /**
     * Sends {@code event} to one destination only, outside the fan-out (a destination's healthcheck): the event and
     * its delivery are written at once. Returns the event id.
     */
    public String direct(UUID environmentId, String destinationId, WebhookEvent event) {
        String id = Ids.newId("evt", clock.millis());
        deliveries.insertDirect(
                id,
                environmentId,
                event.type(),
                UUID.randomUUID().toString(),
                JSON.writeValueAsString(event),
                destinationId,
                Ids.newId("dlv", clock.millis()));
        return id;
    }

    /** The bytes of an event that is sent but not kept (the dashboard's ping of a destination). */
    public byte[] bytes(WebhookEvent event) {
        return JSON.writeValueAsBytes(event);
    }
}
