package io.tributary.server.delivery.writer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One event as a destination writer sees it: the outbox row plus the delivery's trace id, which is stable
 * across retries and therefore the idempotency key of every writer (SQL unique payload id, object key,
 * FIFO deduplication id, Kafka header).
 *
 * @param payload the complete event body exactly as a webhook would receive it (UTF-8 JSON)
 */
public record TargetEvent(
        String eventId,
        String type,
        String userId,
        String reference,
        String traceId,
        Instant orderingTs,
        byte[] payload) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static TargetEvent from(io.tributary.server.delivery.OutgoingEvent e) {
        return new TargetEvent(
                e.eventId(),
                e.type(),
                e.userId() == null ? null : e.userId().toString(),
                e.reference(),
                e.traceId(),
                e.orderingTimestamp() != null ? e.orderingTimestamp() : e.createdAt(),
                e.payload());
    }

    public String payloadString() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** The payload parsed; writers read user, data[].metadata and so on from it. */
    public JsonNode json() {
        return JSON.readTree(payload);
    }

    /** Data events carry a {@code data} array (or {@code athlete}) and are versioned (docs/decisions.md#15). */
    public boolean isDataEvent() {
        return EventKinds.isData(type);
    }
}
