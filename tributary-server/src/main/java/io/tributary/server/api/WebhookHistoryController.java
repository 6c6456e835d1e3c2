package io.tributary.server.api;

import io.tributary.server.delivery.DeliveryHistory;
import io.tributary.server.delivery.DeliveryService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Delivery history ({@code GET /v2/dashboard/webhooks}: every delivery with its attempts, newest first) and
 * replay ({@code POST /v2/dashboard/webhooks/resend}).
 */
@RestController
@RequestMapping("/v2/dashboard/webhooks")
public class WebhookHistoryController {
    private static final Set<String> STATUSES = Set.of("waiting", "pending", "delivering", "delivered", "failed");
    private final DeliveryService deliveries;

    private final Clock clock;

    public WebhookHistoryController(DeliveryService deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @GetMapping
    public DeliveryHistory.Page history(
            EnvironmentRecord env,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(name = "user_id", required = false) String userId,
            @RequestParam(name = "reference_id", required = false) String referenceId,
            @RequestParam(name = "data_type", required = false) String dataType,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "destination_id", required = false) String destinationId,
            @RequestParam(name = "provider", required = false) String provider,
            @RequestParam(name = "id", required = false) String id,
            @RequestParam(name = "limit", required = false) String limit,
            @RequestParam(name = "offset", required = false) String offset) {
        Instant from = time("start_date", startDate, false);
        Instant to = time("end_date", endDate, true);
        if (from != null && to != null && to.isBefore(from))
            throw ApiException.badRequest("'end_date' must not be before 'start_date'");
        String st = blank(status);
        if (st != null) {
            st = st.toLowerCase(Locale.ROOT);
            if (st.equals("success") || st.equals("sent")) st = "delivered";
            if (!STATUSES.contains(st))
                throw ApiException.badRequest("'status' must be one of " + STATUSES + ", got '" + status + "'");
        }
        DeliveryHistory.Query q = new DeliveryHistory.Query(
                from,
                to,
                uuid("user_id", userId),
                blank(referenceId),
                blank(dataType),
                st,
                blank(destinationId),
                blank(provider),
                blank(id),
                Params.nonNegativeInt("limit", limit, 50, 1000),
                Params.nonNegativeInt("offset", offset, 0, Integer.MAX_VALUE));
        return deliveries.search(env, q);
    }

    /**
     * One delivery ({@code {"id": "dlv_…"}} or {@code delivery_id}); every failed delivery of a time range
     * ({@code {"status": "failed", "start_date": …, "end_date": …}}); or every event of a user in a range ({@code
     * {"user_id": …, "start_date": …, "end_date": …}}, also as Terra's query form {@code ?user_id=&timestamp=}:
     * the user's events from {@code timestamp} on). {@code destination_id} narrows any of them.
     */
    @PostMapping("/resend")
    public ResendResponse resend(
            EnvironmentRecord env,
            @RequestParam(name = "user_id", required = false) String qUser,
            @RequestParam(name = "timestamp", required = false) String qTimestamp,
            @RequestParam(name = "id", required = false) String qId,
            @FromWire(FromWire.Source.BODY) ResendRequest body) {
        String id = first(qId, body.deliveryId(), body.id());
        String user = first(qUser, body.userId());
        String start = first(qTimestamp, body.startDate(), body.timestamp());
        String end = body.endDate();
        String status = body.status();
        String destinationId = body.destinationId();
        int n;
        String what;
        if (id != null) {
            n = deliveries.resendDelivery(env, id);
            what = "delivery";
        } else if (user != null) {
            Instant from = time("start_date", start, false);
            Instant to = time("end_date", end, true);
            UUID u = uuid("user_id", user);
            n = deliveries.resendUserEvents(
                    env, u, from == null ? Instant.EPOCH : from, to == null ? clock.instant() : to, destinationId);
            what = "user_events";
        } else if (status != null || start != null) {
            if (status != null && !status.equalsIgnoreCase("failed"))
                throw ApiException.badRequest("bulk resend by time range is for 'status':'failed' deliveries only");
            Instant from = time("start_date", start, false);
            Instant to = time("end_date", end, true);
            if (from == null)
                throw ApiException.badRequest("'start_date' is required to resend the failed deliveries of a range");
            n = deliveries.resendFailed(env, from, to == null ? clock.instant() : to, destinationId);
            what = "failed_deliveries";
        } else {
            throw ApiException.badRequest("say what to resend: 'id' (one delivery), 'user_id' with 'start_date'"
                    + "/'end_date' (a user's events), or 'status':'failed' with 'start_date'/'end_date'");
        }
        return new ResendResponse("success", what, n);
    }

    public record ResendResponse(String status, String resent, int count) {}

    /**
     * The body of a resend: each field a string (numbers as their text, other values as if absent); a body that
     * is not an object names nothing.
     */
    public record ResendRequest(
            String id,
            String deliveryId,
            String userId,
            String startDate,
            String timestamp,
            String endDate,
            String status,
            String destinationId) {
        static ResendRequest from(WireInput in) {
            return new ResendRequest(
                    field(in, "id"),
                    field(in, "delivery_id"),
                    field(in, "user_id"),
                    field(in, "start_date"),
                    field(in, "timestamp"),
                    field(in, "end_date"),
                    field(in, "status"),
                    field(in, "destination_id"));
        }

        private static String field(WireInput in, String name) {
            if (!in.bodyIsObject()) return null;
            JsonNode v = in.body().get(name);
            if (v == null || v.isNull()) return null;
            return v.isNumber() ? v.asString() : blank(v.asString());
        }
    }

    private static String first(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static UUID uuid(String name, String value) {
        if (blank(value) == null) return null;
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'" + name + "' must be a UUID, got '" + value + "'");
        }
    }

    /** ISO date-time (with offset), ISO date (start or end of that UTC day), or unix seconds. */
    static Instant time(String name, String value, boolean endOfDay) {
        String v = blank(value);
        if (v == null) return null;
        try {
            if (v.matches("\\d{1,12}(\\.\\d+)?")) return Instant.ofEpochMilli(Math.round(Double.parseDouble(v) * 1000));
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(v);
                return endOfDay
                        ? d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000)
                        : d.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            try {
                return OffsetDateTime.parse(v).toInstant();
            } catch (DateTimeParseException e) {
                return java.time.LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw ApiException.badRequest(
                    "'" + name + "' must be an ISO-8601 date or date-time or unix seconds, got '" + value + "'");
        }
    }
}
