package io.tributary.server.delivery;

import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.Ids;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.shared.Timestamps;
import io.tributary.server.storage.DestinationRecord;
import io.tributary.server.storage.DestinationStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Destinations of an environment: create/edit/delete through the API (type-specific validation by the {@link
 * DestinationSender}, secrets encrypted at rest and masked on read), and the decrypted runtime view the engine
 * sends with (cached per destination version).
 */
@Service
public class DestinationService {
    public static final String MASK = "********";
    /** Settings every destination type has; everything else in the body belongs to the type's config. */
    static final Set<String> GENERAL = Set.of(
            "id",
            "type",
            "destination",
            "active",
            "timeout_seconds",
            "retry_schedule",
            "healthcheck_enabled",
            "healthcheck_interval_seconds",
            "disabled_reason",
            "created_at",
            "updated_at",
            "status",
            FhirPayloads.FIELD);

    private final DestinationStore store;
    private final io.tributary.server.storage.BulkCursorStore cursors;
    private final DestinationSenders senders;
    private final SecretBox box;
    private final DeliveryProperties props;
    private final Clock clock;
    private final FhirPayloads formats;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Runtime> cache = new ConcurrentHashMap<>();

    public DestinationService(
            DestinationStore store,
            io.tributary.server.storage.BulkCursorStore cursors,
            DestinationSenders senders,
            SecretBox box,
            DeliveryProperties props,
            Clock clock) {
        this(store, cursors, senders, box, props, clock, new FhirPayloads(null));
    }

    @org.springframework.beans.factory.annotation.Autowired
    public DestinationService(
            DestinationStore store,
            io.tributary.server.storage.BulkCursorStore cursors,
            DestinationSenders senders,
            SecretBox box,
            DeliveryProperties props,
            Clock clock,
            FhirPayloads formats) {
        this.formats = formats;
        this.store = store;
        this.cursors = cursors;
        this.senders = senders;
        this.box = box;
        this.props = props;
        this.clock = clock;
    }

    /**
     * What the engine needs to send to one destination; {@code format} turns an event into what this destination
     * receives (Terra JSON as stored, or a FHIR Bundle: {@link FhirPayloads}).
     */
    public record Runtime(
            DestinationRecord record,
            DestinationSender sender,
            DestinationConfig config,
            List<Duration> schedule,
            java.util.function.UnaryOperator<OutgoingEvent> format) {
        public OutgoingEvent formatted(OutgoingEvent e) {
            return format == null ? e : format.apply(e);
        }
    }

    public boolean hasActiveDestination(EnvironmentRecord env) {
        return store.hasActive(env.id());
    }

    @Transactional
    public Map<String, Object> create(EnvironmentRecord env, JsonNode body) {
        if (body == null || !body.isObject()) throw ApiException.badRequest("request body must be a JSON object");
        String type = typeOf(body);
        if (type == null)
            throw ApiException.badRequest("'type' is required, e.g. {\"type\":\"webhook\",\"url\":\"…\"}");
        DestinationSender sender = senders.require(type);
        String format = FhirPayloads.parse(body, FhirPayloads.TERRA);
        ObjectNode plain = sender.validateConfig(body, env);
        plain.put(FhirPayloads.FIELD, format);
        DestinationRecord rec = new DestinationRecord(
                Ids.newId("dst", clock.millis()),
                env.id(),
                sender.type(),
                encrypt(sender, plain),
                bool(body, "active", true),
                null,
                timeoutMs(body, null),
                schedule(body, null),
                bool(body, "healthcheck_enabled", true),
                healthInterval(body, null),
                null,
                1,
                null,
                null);
        store.insert(rec);
        // a sender that writes batches reads the outbox through a cursor (see DeliveryEngine, bulk destinations)
        if (sender.batches()) cursors.create(rec.id(), env.id());
        store.initHealthcheck(rec.id());
        return view(store.find(env.id(), rec.id()).orElseThrow());
    }

    @Transactional
    public Map<String, Object> update(EnvironmentRecord env, String id, JsonNode body) {
        if (body == null || !body.isObject()) throw ApiException.badRequest("request body must be a JSON object");
        DestinationRecord old = get(env, id);
        DestinationSender sender = senders.require(old.type());
        String newType = typeOf(body);
        if (newType != null && !newType.equalsIgnoreCase(old.type()))
            throw ApiException.badRequest("a destination's 'type' cannot change (it is '" + old.type()
                    + "'); delete it and create a new one");
        ObjectNode merged = plainConfig(sender, old);
        for (Map.Entry<String, JsonNode> f : body.properties()) {
            if (GENERAL.contains(f.getKey())) continue;
            if (sender.secretFields().contains(f.getKey())
                    && f.getValue().isString()
                    && MASK.equals(f.getValue().asString())) continue;
            merged.set(f.getKey(), f.getValue());
        }
        merged.put("type", old.type());
        boolean configChanged = body.properties().stream().anyMatch(f -> !GENERAL.contains(f.getKey()));
        ObjectNode plain = configChanged ? sender.validateConfig(merged, env) : plainConfig(sender, old);
        JsonNode oldFormat = plainConfig(sender, old).get(FhirPayloads.FIELD);
        plain.put(
                FhirPayloads.FIELD,
                FhirPayloads.parse(body, oldFormat == null ? FhirPayloads.TERRA : oldFormat.asString()));
        boolean active = bool(body, "active", old.active());
        DestinationRecord rec = new DestinationRecord(
                old.id(),
                env.id(),
                old.type(),
                encrypt(sender, plain),
                active,
                active ? null : old.disabledReason(),
                timeoutMs(body, old.timeoutMs()),
                schedule(body, old.retryScheduleSeconds()),
                bool(body, "healthcheck_enabled", old.healthcheckEnabled()),
                healthInterval(body, old.healthcheckIntervalSeconds()),
                old.lastHealthcheckAt(),
                old.version(),
                old.createdAt(),
                old.updatedAt());
        store.update(rec);
        if (active && !old.active() && sender.batches()) cursors.restart(old.id());
        forget(old);
        return view(get(env, id));
    }

    @Transactional
    public void delete(EnvironmentRecord env, String id) {
        DestinationRecord d = get(env, id);
        store.delete(env.id(), id);
        forget(d);
    }

    public List<Map<String, Object>> list(EnvironmentRecord env) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (DestinationRecord d : store.list(env.id())) out.add(view(d));
        return out;
    }

    public DestinationRecord get(EnvironmentRecord env, String id) {
        if (id == null || id.isBlank())
            throw ApiException.badRequest("the destination 'id' is required (in the path, ?id= or the body)");
        return store.find(env.id(), id.trim())
                .orElseThrow(() -> ApiException.notFound("no destination with id '" + id + "' in this environment"));
    }

    public Map<String, Object> view(EnvironmentRecord env, String id) {
        return view(get(env, id));
    }

    /** A not-yet-saved destination from a request body (for ping before saving). */
    public Runtime adHoc(EnvironmentRecord env, JsonNode body) {
        String type = typeOf(body);
        if (type == null) throw ApiException.badRequest("'id' of a destination, or a destination's 'type' and config");
        DestinationSender sender = senders.require(type);
        ObjectNode plain = sender.validateConfig(body, env);
        plain.put(FhirPayloads.FIELD, FhirPayloads.parse(body, FhirPayloads.TERRA));
        Integer timeout = timeoutMs(body, null);
        DestinationConfig cfg = new DestinationConfig(
                "dst_unsaved",
                0,
                env.id(),
                env.name(),
                sender.type(),
                plain,
                timeout == null ? props.webhookTimeout() : Duration.ofMillis(timeout));
        return new Runtime(null, sender, cfg, props.retrySchedule(), e -> formats.apply(cfg, e));
    }

    /** The engine's view of a destination, decrypted; reloaded when its version changes. Null if gone. */
    public Runtime runtime(String id, long version) {
        Runtime r = cache.get(id);
        if (r != null && r.record().version() >= version) return r;
        DestinationRecord rec = store.findById(id).orElse(null);
        if (rec == null) return null;
        DestinationSender sender = senders.find(rec.type()).orElse(null);
        if (sender == null) return null;
        String envName = store.environmentName(rec.environmentId());
        Duration timeout = rec.timeoutMs() == null ? props.webhookTimeout() : Duration.ofMillis(rec.timeoutMs());
        List<Duration> schedule = rec.retryScheduleSeconds() == null
                ? props.retrySchedule()
                : rec.retryScheduleSeconds().stream()
                        .map(s -> Duration.ofSeconds(s))
                        .toList();
        DestinationConfig cfg = new DestinationConfig(
                rec.id(), rec.version(), rec.environmentId(), envName, rec.type(), plainConfig(sender, rec), timeout);
        r = new Runtime(rec, sender, cfg, schedule, e -> formats.apply(cfg, e));
        cache.put(id, r);
        return r;
    }

    public Duration timeoutOf(String id, long version) {
        Runtime r = runtime(id, version);
        return r == null ? props.webhookTimeout() : r.config().timeout();
    }

    private void forget(DestinationRecord d) {
        cache.remove(d.id());
        senders.find(d.type()).ifPresent(s -> s.forget(d.id()));
    }

    Map<String, Object> view(DestinationRecord d) {
        DestinationSender sender = senders.find(d.type()).orElse(null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("type", d.type());
        m.put("destination", d.type());
        ObjectNode cfg = (ObjectNode) json.readTree(d.configJson());
        for (Map.Entry<String, JsonNode> f : cfg.properties()) {
            boolean secret = sender != null && sender.secretFields().contains(f.getKey());
            m.put(f.getKey(), secret && !f.getValue().isNull() ? MASK : json.treeToValue(f.getValue(), Object.class));
        }
        m.put("active", d.active());
        m.put("disabled_reason", d.disabledReason());
        m.put("timeout_seconds", (d.timeoutMs() == null ? props.webhookTimeout().toMillis() : d.timeoutMs()) / 1000.0);
        m.put(
                "retry_schedule",
                d.retryScheduleSeconds() == null
                        ? props.retrySchedule().stream()
                                .map(Duration::toSeconds)
                                .toList()
                        : d.retryScheduleSeconds());
        m.put("healthcheck_enabled", d.healthcheckEnabled());
        m.put(
                "healthcheck_interval_seconds",
                d.healthcheckIntervalSeconds() == null
                        ? props.healthcheckInterval().toSeconds()
                        : d.healthcheckIntervalSeconds());
        m.put("created_at", Timestamps.iso(d.createdAt()));
        m.put("updated_at", Timestamps.iso(d.updatedAt()));
        // a bulk destination's cursor: batches that failed as a whole in a row, why, and when it tries again
        cursors.state(d.id()).ifPresent(st -> {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("failed_batches_in_a_row", st.failures());
            b.put("last_error", st.lastError());
            b.put("next_batch_at", st.failures() == 0 ? null : Timestamps.iso(st.nextAttemptAt()));
            m.put("bulk_delivery", b);
        });
        return m;
    }

    private String encrypt(DestinationSender sender, ObjectNode plain) {
        ObjectNode copy = plain.deepCopy();
        for (String f : sender.secretFields()) {
            JsonNode v = copy.get(f);
            if (v != null && !v.isNull()) copy.put(f, box.encrypt(v.isString() ? v.asString() : v.toString()));
        }
        return json.writeValueAsString(copy);
    }

    private ObjectNode plainConfig(DestinationSender sender, DestinationRecord d) {
        ObjectNode cfg = (ObjectNode) json.readTree(d.configJson());
        for (String f : sender.secretFields()) {
            JsonNode v = cfg.get(f);
            if (v != null && v.isString()) cfg.put(f, box.decrypt(v.asString()));
        }
        return cfg;
    }

    private static String typeOf(JsonNode body) {
        JsonNode t = body.get("type");
        if (t == null || t.isNull()) t = body.get("destination");
        if (t == null || t.isNull()) return null;
        if (!t.isString()) throw ApiException.badRequest("'type' must be a string");
        return t.asString().trim().toLowerCase(Locale.ROOT);
    }

    private static boolean bool(JsonNode body, String field, boolean dflt) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return dflt;
        if (v.isBoolean()) return v.asBoolean();
        if (v.isString() && (v.asString().equals("true") || v.asString().equals("false")))
            return Boolean.parseBoolean(v.asString());
        throw ApiException.badRequest("'" + field + "' must be true or false");
    }

    private static Integer timeoutMs(JsonNode body, Integer dflt) {
        JsonNode v = body.get("timeout_seconds");
        if (v == null) return dflt;
        if (v.isNull()) return null;
        if (!v.isNumber() || v.asDouble() < 0.1 || v.asDouble() > 300)
            throw ApiException.badRequest("'timeout_seconds' must be a number between 0.1 and 300");
        return (int) Math.round(v.asDouble() * 1000);
    }

    private static Integer healthInterval(JsonNode body, Integer dflt) {
        JsonNode v = body.get("healthcheck_interval_seconds");
        if (v == null) return dflt;
        if (v.isNull()) return null;
        if (!v.isIntegralNumber() || v.asLong() < 10 || v.asLong() > 7 * 86400)
            throw ApiException.badRequest("'healthcheck_interval_seconds' must be an integer between 10 and 604800");
        return v.asInt();
    }

    /** A list of delays: numbers of seconds or durations like "30s", "2m", "1h". */
    static List<Integer> schedule(JsonNode body, List<Integer> dflt) {
        JsonNode v = body.get("retry_schedule");
        if (v == null) return dflt;
        if (v.isNull()) return null;
        if (!v.isArray() || v.size() > 50)
            throw ApiException.badRequest(
                    "'retry_schedule' must be an array of at most 50 delays (seconds or" + " \"30s\", \"2m\", \"1h\")");
        List<Integer> out = new ArrayList<>();
        for (JsonNode d : v) {
            long s;
            if (d.isIntegralNumber()) s = d.asLong();
            else if (d.isString()) s = parseDuration(d.asString());
            else s = -1;
            if (s < 0 || s > 7 * 86400)
                throw ApiException.badRequest("'retry_schedule' entries must be delays between 0 and 7 days, got " + d);
            out.add((int) s);
        }
        return out;
    }

    private static long parseDuration(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) return Long.parseLong(t.substring(0, t.length() - 2)) / 1000;
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> n;
                case 'm' -> n * 60;
                case 'h' -> n * 3600;
                case 'd' -> n * 86400;
                default -> Long.parseLong(t);
            };
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return -1;
        }
    }
}
