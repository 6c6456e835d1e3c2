package io.tributary.server.storage;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Appends events to the outbox. Callers do this inside the transaction of the change that caused the event
 * (so an event exists if and only if its change committed); the delivery module takes it from there.
 */
@Repository
public class OutboxStore {
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    /**
     * Published for every appended event; the delivery engine listens after commit to fan out at once (no
     * database NOTIFY: that would serialise every writer's commit on PostgreSQL's notification queue lock).
     * {@code queuedForFanOut}: the event was queued for the dispatcher (its environment has webhooks).
     */
    public record Appended(String eventId, boolean queuedForFanOut) {}

    public OutboxStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * @param id event id ({@code evt_…})
     * @param reference the {@code terra-reference} shared by every event a request causes
     * @param payloadJson the complete event body exactly as destinations will receive it
     * @param orderingTs sent as {@code X-Terra-Ordering-Timestamp}; a newer copy of the same record has a
     *     higher value
     */
    public void append(
            String id,
            UUID environmentId,
            UUID userId,
            String type,
            String reference,
            String payloadJson,
            Instant orderingTs) {
        // the event and, when the environment has a destination that is fanned out (webhooks), its place in the
        // dispatch queue, in one statement; bulk destinations read the events through their cursors instead
        int queued = jdbc.sql(
                        "WITH e AS (INSERT INTO events (id, environment_id, user_id, type, reference, payload, ordering_ts)"
                                + " VALUES (?, ?, ?, ?, ?, ?::json, ?) RETURNING seq)"
                                + " INSERT INTO outbox_pending (seq) SELECT seq FROM e WHERE EXISTS (SELECT 1 FROM destinations d"
                                + " WHERE d.environment_id = ? AND d.active AND d.deleted_at IS NULL"
                                + " AND NOT EXISTS (SELECT 1 FROM destination_cursors c WHERE c.destination_id = d.id))")
                .params(
                        id,
                        environmentId,
                        userId,
                        type,
                        reference,
                        payloadJson,
                        orderingTs.atOffset(ZoneOffset.UTC),
                        environmentId)
                .update();
        events.publishEvent(new Appended(id, queued > 0));
    }
}
