package io.tributary.server.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.server.shared.Timestamps;
import io.tributary.server.storage.DeliveryHistoryStore.Attempt;
import io.tributary.server.storage.DeliveryHistoryStore.Row;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The shapes of {@code GET /v2/dashboard/webhooks}: what to search for and what is found. */
public final class DeliveryHistory {
    private DeliveryHistory() {}

    /** Every field may be null (no filter). Time bounds apply to the delivery's creation. */
    public record Query(
            Instant from,
            Instant to,
            UUID userId,
            String referenceId,
            String dataType,
            String status,
            String destinationId,
            String provider,
            String deliveryId,
            int limit,
            int offset) {}

    public record Page(String status, long total, int limit, int offset, List<Delivery> webhooks) {}

    /** One delivery with its attempts, oldest first. {@code id} is also the {@code X-Terra-Trace-Id}. */
    public record Delivery(
            String id,
            @JsonProperty("trace_id") String traceId,
            @JsonProperty("event_id") String eventId,
            @JsonProperty("destination_id") String destinationId,
            @JsonProperty("destination_type") String destinationType,
            String type,
            @JsonProperty("data_type") String dataType,
            @JsonProperty("user_id") String userId,
            String provider,
            @JsonProperty("reference_id") String referenceId,
            @JsonProperty("terra_reference") String terraReference,
            String status,
            @JsonProperty("attempt_count") int attemptCount,
            @JsonProperty("next_attempt_at") String nextAttemptAt,
            @JsonProperty("last_status_code") Integer lastStatusCode,
            @JsonProperty("last_error") String lastError,
            @JsonProperty("created_at") String createdAt,
            @JsonProperty("delivered_at") String deliveredAt,
            @JsonProperty("event_created_at") String eventCreatedAt,
            @JsonProperty("ordering_timestamp") Long orderingTimestamp,
            List<AttemptView> attempts) {

        static Delivery of(Row r, List<Attempt> attempts) {
            return new Delivery(
                    r.id(),
                    r.id(),
                    r.eventId(),
                    r.destinationId(),
                    r.destinationType(),
                    r.type(),
                    r.type(),
                    r.userId() == null ? null : r.userId().toString(),
                    r.provider(),
                    r.userReferenceId(),
                    r.reference(),
                    r.status(),
                    r.attemptCount(),
                    "pending".equals(r.status()) ? Timestamps.iso(r.nextAttemptAt()) : null,
                    r.lastStatusCode(),
                    r.lastError(),
                    Timestamps.iso(r.createdAt()),
                    Timestamps.iso(r.deliveredAt()),
                    Timestamps.iso(r.eventCreatedAt()),
                    r.orderingTs() == null ? null : r.orderingTs().toEpochMilli(),
                    attempts.stream().map(AttemptView::of).toList());
        }
    }

    public record AttemptView(
            @JsonProperty("attempted_at") String attemptedAt,
            @JsonProperty("status_code") Integer statusCode,
            String error,
            @JsonProperty("duration_ms") int durationMs,
            String response) {
        static AttemptView of(Attempt a) {
            return new AttemptView(
                    Timestamps.iso(a.attemptedAt()), a.statusCode(), a.error(), a.durationMs(), a.response());
        }
    }
}
