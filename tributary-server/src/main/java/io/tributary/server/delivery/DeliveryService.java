package io.tributary.server.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.server.account.AccountService;
import io.tributary.server.outbox.EventWriter;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.Ids;
import io.tributary.server.storage.DeliveryHistoryStore;
import io.tributary.server.storage.DeliveryHistoryStore.Attempt;
import io.tributary.server.storage.DeliveryHistoryStore.Filter;
import io.tributary.server.storage.DeliveryHistoryStore.Row;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
    private final EventWriter events;
    private final AccountService accounts;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public DeliveryService(
            DeliveryHistoryStore history,
            DestinationService destinations,
            DeliveryEngine engine,
            Healthchecks healthchecks,
            EventWriter events,
            AccountService accounts,
            Clock clock) {
        this.history = history;
        this.destinations = destinations;
        this.engine = engine;
        this.healthchecks = healthchecks;
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
    }

    public DeliveryHistory.Page search(EnvironmentRecord env, DeliveryHistory.Query q) {
        Filter f = new Filter(
                env.id(),
                q.from(),
                q.to(),
                q.userId(),
                q.referenceId(),
                q.dataType(),
                q.status(),
                q.destinationId(),
                q.provider(),
                q.deliveryId(),
                q.limit(),
                q.offset());
        DeliveryHistoryStore.Page page = history.search(f);
        Map<String, List<Attempt>> attempts =
                history.attempts(page.rows().stream().map(Row::id).toList());
        List<DeliveryHistory.Delivery> items = new ArrayList<>();
        for (Row r : page.rows()) items.add(DeliveryHistory.Delivery.of(r, attempts.getOrDefault(r.id(), List.of())));
        return new DeliveryHistory.Page("success", page.total(), f.limit(), f.offset(), items);
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
    /** What a ping found: the receiver's status code and (the start of) its response. */
    public record PingResult(
            String status,
            @JsonProperty("destination_id") String destinationId,
            @JsonProperty("status_code") Integer statusCode,
            @JsonProperty("duration_ms") long durationMs,
            String error,
            String response,
            @JsonProperty("trace_id") String traceId) {}

    /** Pings the saved destination {@code id}, else the unsaved destination {@code config} (a type and its fields). */
    public PingResult ping(EnvironmentRecord env, String id, JsonNode config) {
        if (id != null) return ping(env, json.createObjectNode().put("id", id));
        return ping(env, config);
    }

    private PingResult ping(EnvironmentRecord env, JsonNode body) {
        DestinationService.Runtime rt;
        String id =
                body == null || body.get("id") == null ? null : body.get("id").asString();
        if (id != null) {
            var rec = destinations.get(env, id);
            rt = destinations.runtime(rec.id(), rec.version());
        } else {
            rt = destinations.adHoc(env, body == null ? json.createObjectNode() : body);
        }
        byte[] payload = events.bytes(healthchecks.event(id));
        String traceId = Ids.newId("dlv", clock.millis());
        OutgoingEvent ev = new OutgoingEvent(
                Ids.newId("evt", clock.millis()),
                traceId,
                "healthcheck",
                null,
                UUID.randomUUID().toString(),
                clock.instant(),
                clock.instant(),
                payload,
                accounts.signingSecrets(env.id()));
        long t0 = System.nanoTime();
        SendOutcome o;
        try {
            o = rt.sender().ping(rt.config(), ev);
        } catch (RuntimeException e) {
            o = SendOutcome.retry(null, e.toString(), null);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new PingResult(
                o.succeeded() ? "success" : "error",
                id,
                o.statusCode(),
                ms,
                o.error(),
                o.response() == null || o.response().length() <= 2048
                        ? o.response()
                        : o.response().substring(0, 2048),
                traceId);
    }
}
