package io.tributary.server.delivery;

import io.tributary.server.account.AccountService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.Ids;
import io.tributary.server.shared.Timestamps;
import io.tributary.server.storage.DeliveryHistoryStore;
import io.tributary.server.storage.DeliveryHistoryStore.Attempt;
import io.tributary.server.storage.DeliveryHistoryStore.Filter;
import io.tributary.server.storage.DeliveryHistoryStore.Row;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Delivery history, replay and the destination ping. */
@Service
public class DeliveryService {
    private final DeliveryHistoryStore history;
    private final DestinationService destinations;
    private final DeliveryEngine engine;
    private final Healthchecks healthchecks;
    private final AccountService accounts;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public DeliveryService(
            DeliveryHistoryStore history,
            DestinationService destinations,
            DeliveryEngine engine,
            Healthchecks healthchecks,
            AccountService accounts,
            Clock clock) {
        this.history = history;
        this.destinations = destinations;
        this.engine = engine;
        this.healthchecks = healthchecks;
        this.accounts = accounts;
        this.clock = clock;
    }

    public Map<String, Object> search(Filter f) {
        DeliveryHistoryStore.Page page = history.search(f);
        Map<String, List<Attempt>> attempts =
                history.attempts(page.rows().stream().map(Row::id).toList());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Row r : page.rows()) items.add(view(r, attempts.getOrDefault(r.id(), List.of())));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", "success");
        out.put("total", page.total());
        out.put("limit", f.limit());
        out.put("offset", f.offset());
        out.put("webhooks", items);
        return out;
    }

    private static Map<String, Object> view(Row r, List<Attempt> attempts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("trace_id", r.id());
        m.put("event_id", r.eventId());
        m.put("destination_id", r.destinationId());
        m.put("destination_type", r.destinationType());
        m.put("type", r.type());
        m.put("data_type", r.type());
        m.put("user_id", r.userId() == null ? null : r.userId().toString());
        m.put("provider", r.provider());
        m.put("reference_id", r.userReferenceId());
        m.put("terra_reference", r.reference());
        m.put("status", r.status());
        m.put("attempt_count", r.attemptCount());
        m.put("next_attempt_at", "pending".equals(r.status()) ? Timestamps.iso(r.nextAttemptAt()) : null);
        m.put("last_status_code", r.lastStatusCode());
        m.put("last_error", r.lastError());
        m.put("created_at", Timestamps.iso(r.createdAt()));
        m.put("delivered_at", Timestamps.iso(r.deliveredAt()));
        m.put("event_created_at", Timestamps.iso(r.eventCreatedAt()));
        m.put(
                "ordering_timestamp",
                r.orderingTs() == null ? null : r.orderingTs().toEpochMilli());
        List<Map<String, Object>> as = new ArrayList<>();
        for (Attempt a : attempts) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("attempted_at", Timestamps.iso(a.attemptedAt()));
            am.put("status_code", a.statusCode());
            am.put("error", a.error());
            am.put("duration_ms", a.durationMs());
            am.put("response", a.response());
            as.add(am);
        }
        m.put("attempts", as);
        return m;
    }

    public int resendDelivery(EnvironmentRecord env, String deliveryId) {
        if (!history.resendDelivery(env.id(), deliveryId))
            throw ApiException.notFound(
                    "no delivery with id '" + deliveryId + "' in this environment (or it is being sent right now)");
        engine.wakeUp();
        return 1;
    }

    public int resendFailed(EnvironmentRecord env, Instant from, Instant to, String destinationId) {
        int n = history.resendFailed(env.id(), from, to, destinationId);
        engine.wakeUp();
        return n;
    }

    public int resendUserEvents(EnvironmentRecord env, UUID userId, Instant from, Instant to, String destinationId) {
        int n = history.resendUserEvents(env.id(), userId, from, to, destinationId);
        engine.wakeUp();
        return n;
    }

    /** Sends a {@code healthcheck} event synchronously to a saved destination (by id) or to an unsaved config. */
    public Map<String, Object> ping(EnvironmentRecord env, JsonNode body) {
        DestinationService.Runtime rt;
        String id =
                body == null || body.get("id") == null ? null : body.get("id").asString();
        if (id != null) {
            var rec = destinations.get(env, id);
            rt = destinations.runtime(rec.id(), rec.version());
        } else {
            rt = destinations.adHoc(env, body == null ? json.createObjectNode() : body);
        }
        Map<String, Object> payload = healthchecks.payload(id);
        String traceId = Ids.newId("dlv");
        OutgoingEvent ev = new OutgoingEvent(
                Ids.newId("evt"),
                traceId,
                "healthcheck",
                null,
                UUID.randomUUID().toString(),
                clock.instant(),
                clock.instant(),
                json.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8),
                accounts.signingSecrets(env.id()));
        long t0 = System.nanoTime();
        SendOutcome o;
        try {
            o = rt.sender().ping(rt.config(), ev);
        } catch (RuntimeException e) {
            o = SendOutcome.retry(null, e.toString(), null);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", o.succeeded() ? "success" : "error");
        out.put("destination_id", id);
        out.put("status_code", o.statusCode());
        out.put("duration_ms", ms);
        out.put("error", o.error());
        out.put(
                "response",
                o.response() == null || o.response().length() <= 2048
                        ? o.response()
                        : o.response().substring(0, 2048));
        out.put("trace_id", traceId);
        return out;
    }
}
