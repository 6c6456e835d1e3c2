package io.tributary.server.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One event on its way to one destination.
 *
 * @param eventId the outbox id ({@code evt_…})
 * @param traceId the delivery id ({@code dlv_…}): unique per event × destination and stable across retries
 *     and resends, sent as {@code X-Terra-Trace-Id}; the receiver's dedupe key
 * @param type the event type ({@code activity}, {@code auth}, {@code healthcheck} …); for data events the
 *     data type
 * @param userId the Terra user id, or null for events without a user (e.g. {@code healthcheck})
 * @param reference the {@code terra-reference} (shared by every event of one request)
 * @param orderingTimestamp sent as {@code X-Terra-Ordering-Timestamp}; higher for a newer copy of a record
 * @param createdAt when the event was written to the outbox
 * @param payload the exact JSON body (UTF-8); signatures are computed over these bytes
 * @param signingSecrets the environment's webhook signing secrets: current first, then the previous one while
 *     a rotation overlap lasts
 */
public record OutgoingEvent(
        String eventId,
        String traceId,
        String type,
        UUID userId,
        String reference,
        Instant orderingTimestamp,
        Instant createdAt,
        byte[] payload,
        List<String> signingSecrets) {

    public String payloadString() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** Data events carry {@code "version": "2022-03-16"} and go under that folder in object stores. */
    public boolean isDataEvent() {
        return DATA_TYPES.contains(type);
    }

    public static final List<String> DATA_TYPES = List.of(
            "activity",
            "athlete",
            "body",
            "daily",
            "menstruation",
            "nutrition",
            "sleep",
            "planned_workout",
            "hormone",
            "health_observation");
}
