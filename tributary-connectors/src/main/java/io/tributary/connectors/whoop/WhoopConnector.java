package io.tributary.connectors.whoop;

import io.tributary.connectors.AppContext;
import io.tributary.connectors.AuthKind;
import io.tributary.connectors.BackfillWindow;
import io.tributary.connectors.ConnectionContext;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.FetchRequest;
import io.tributary.connectors.FetchResult;
import io.tributary.connectors.HistoryDelivery;
import io.tributary.connectors.HistoryPolicy;
import io.tributary.connectors.Identity;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderHttp;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.ProviderLimits;
import io.tributary.connectors.ProviderLimits.RateLimit;
import io.tributary.connectors.ProviderResponses;
import io.tributary.connectors.PushReceiver;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.DataType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * WHOOP API v2: OAuth 2.0 authorization code (the {@code offline} scope is what brings a refresh token), the member
 * identified by {@code GET /v2/user/profile/basic}; cycles → Daily, sleeps → Sleep, workouts → Activity, recoveries →
 * Body, profile and body measurement → Athlete, each recovery also joined onto its cycle and its sleep; webhooks announce updated sleeps,
 * workouts and recoveries ({@link WhoopPushReceiver}); deauthentication revokes at WHOOP ({@code DELETE
 * /v2/user/access}). See README.md in this package for the sources of every rule.
 */
public final class WhoopConnector implements Connector {
    public static final String PROVIDER = "WHOOP";
    /** One backfill request's window: about 30 records per collection, two pages of 25. */
    static final Duration MAX_WINDOW = Duration.ofDays(30);

    static final String RATE_LIMIT_SOURCE = "https://developer.whoop.com/docs/developing/rate-limiting";

    private static final Set<DataType> TYPES =
            EnumSet.of(DataType.DAILY, DataType.SLEEP, DataType.ACTIVITY, DataType.BODY, DataType.ATHLETE);

    private static final ConnectorDescriptor DESCRIPTOR = new ConnectorDescriptor(
            PROVIDER,
            "WHOOP",
            "whoop.svg",
            "CUSTOM_CREDENTIALS",
            AuthKind.OAUTH2,
            new ConnectorDescriptor.OAuth2Spec(
                    "https://api.prod.whoop.com/oauth/oauth2/auth",
                    "https://api.prod.whoop.com/oauth/oauth2/token",
                    null, // WHOOP revokes with DELETE /v2/user/access (beforeDeauth), not RFC 7009
                    List.of(
                            "offline",
                            "read:recovery",
                            "read:cycles",
                            "read:sleep",
                            "read:workout",
                            "read:profile",
                            "read:body_measurement"),
                    " ",
                    false,
                    ConnectorDescriptor.ClientAuth.BODY),
            null,
            List.of(),
            TYPES,
            Set.of(),
            true,
            false,
            "https://api.prod.whoop.com/developer",
            new ProviderLimits(
                    4,
                    List.of(
                            RateLimit.requests(ProviderLimits.Scope.APP, 100, Duration.ofMinutes(1), RATE_LIMIT_SOURCE),
                            RateLimit.requests(
                                    ProviderLimits.Scope.APP, 10_000, Duration.ofDays(1), RATE_LIMIT_SOURCE))),
            new HistoryPolicy(Duration.ofDays(30), available(), MAX_WINDOW, HistoryDelivery.PULL));

    private static final WhoopCycleMapper CYCLE = new WhoopCycleMapper();
    private static final WhoopSleepMapper SLEEP = new WhoopSleepMapper();
    private static final WhoopWorkoutMapper WORKOUT = new WhoopWorkoutMapper();
    private static final WhoopRecoveryMapper RECOVERY = new WhoopRecoveryMapper();
    private static final WhoopProfileMapper PROFILE = new WhoopProfileMapper();
    private static final WhoopPushReceiver RECEIVER = new WhoopPushReceiver();

    private static Map<DataType, Duration> available() {
        Map<DataType, Duration> m = new EnumMap<>(DataType.class);
        // WHOOP keeps a member's whole history; the collections take any start
        for (DataType t : TYPES) m.put(t, Duration.ofDays(3650));
        return m;
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Identity identify(ConnectionContext c) throws ConnectorException {
        JsonNode p = ProviderResponses.json(c.http().get(c.api(WhoopApi.PROFILE), Map.of()), "WHOOP profile");
        long id = p.path("user_id").asLong(0);
        if (id == 0) throw ConnectorException.malformed("WHOOP profile without user_id");
        return new Identity(Long.toString(id), null);
    }

    /** WHOOP's refresh grant asks for {@code scope=offline} again, so the answer carries the next refresh token. */
    @Override
    public Map<String, String> tokenRequestParameters(AppContext app, String grantType) {
        return "refresh_token".equals(grantType) ? Map.of("scope", "offline") : Map.of();
    }

    /** {@code DELETE /v2/user/access}: the token is revoked and WHOOP stops sending this member's webhooks. */
    @Override
    public void beforeDeauth(ConnectionContext c) throws ConnectorException {
        ProviderHttp.Response r = c.http().delete(c.api(WhoopApi.ACCESS));
        ProviderResponses.require(r, "WHOOP revoke access");
    }

    @Override
    public FetchResult fetch(FetchRequest request) throws ConnectorException {
        if (!TYPES.contains(request.type())) return FetchResult.unsupported();
        ConnectionContext c = request.requireConnection();
        String event = request.hints().get(WhoopPushReceiver.HINT_OBJECT);
        if (event != null) return FetchResult.mapped(announced(c, request.type(), event, request.hints()));
        Instant from = request.start();
        Instant to = request.end();
        return FetchResult.mapped(
                switch (request.type()) {
                    case DAILY ->
                        joined(
                                CYCLE,
                                WhoopApi.all(c, WhoopApi.CYCLES, from, to),
                                "id",
                                byField(WhoopApi.all(c, WhoopApi.RECOVERIES, from, to), "cycle_id"));
                    case SLEEP ->
                        joined(
                                SLEEP,
                                WhoopApi.all(c, WhoopApi.SLEEPS, from, to),
                                "id",
                                byField(WhoopApi.all(c, WhoopApi.RECOVERIES, from, to), "sleep_id"));
                    case ACTIVITY -> map(WORKOUT, WhoopApi.all(c, WhoopApi.WORKOUTS, from, to));
                    case BODY ->
                        withCycles(
                                WhoopApi.all(c, WhoopApi.RECOVERIES, from, to),
                                byField(WhoopApi.all(c, WhoopApi.CYCLES, from, to), "id"));
                    case ATHLETE -> PROFILE.map(profile(c));
                    default -> List.of();
                });
    }

    /** The record a webhook named ({@link WhoopPushReceiver}): a workout, or a sleep and the recovery it has. */
    private static List<MappedRecord> announced(
            ConnectionContext c, DataType type, String object, Map<String, String> h) throws ConnectorException {
        String id = h.get(WhoopPushReceiver.HINT_ID);
        if (id == null || id.isBlank()) throw ConnectorException.malformed("WHOOP fetch without an id");
        if (type == DataType.ACTIVITY) {
            Optional<JsonNode> w = WhoopApi.one(c, WhoopApi.WORKOUTS + "/" + WhoopApi.id(id));
            return w.isEmpty() ? List.of() : WORKOUT.map(w.get());
        }
        // sleep.updated names the sleep; recovery.updated names the sleep its recovery belongs to (v2 webhooks)
        Optional<JsonNode> sleep = WhoopApi.one(c, WhoopApi.SLEEPS + "/" + WhoopApi.id(id));
        if (sleep.isEmpty()) return List.of();
        long cycleId = sleep.get().path("cycle_id").asLong(0);
        if (cycleId == 0) throw ConnectorException.malformed("WHOOP sleep " + id + " without cycle_id");
        String cycle = WhoopApi.CYCLES + "/" + cycleId;
        JsonNode recovery = WhoopApi.one(c, cycle + "/recovery").orElse(null);
        if (type == DataType.SLEEP) return SLEEP.map(WhoopRecovery.join(sleep.get(), recovery));
        Optional<JsonNode> cy = WhoopApi.one(c, cycle);
        if (type == DataType.DAILY) return cy.isEmpty() ? List.of() : CYCLE.map(WhoopRecovery.join(cy.get(), recovery));
        if (type == DataType.BODY && recovery != null) return RECOVERY.map(withCycle(recovery, cy.orElse(null)));
        return List.of();
    }

    private static JsonNode profile(ConnectionContext c) throws ConnectorException {
        JsonNode p = ProviderResponses.json(c.http().get(c.api(WhoopApi.PROFILE), Map.of()), "WHOOP profile");
        ProviderHttp.Response b = c.http().get(c.api(WhoopApi.BODY), Map.of());
        // no measurement yet (404), or read:body_measurement not granted (403): the profile alone
        if (b.status() == 404 || b.status() == 403 || !p.isObject()) return p;
        ObjectNode copy = ((ObjectNode) p).deepCopy();
        copy.set(WhoopProfileMapper.BODY, ProviderResponses.json(b, "WHOOP body measurement"));
        return copy;
    }

    private static Map<String, JsonNode> byField(List<JsonNode> records, String field) {
        Map<String, JsonNode> m = new HashMap<>();
        for (JsonNode r : records) {
            String k = ProviderJson.text(r, field);
            if (k != null) m.put(k, r);
        }
        return m;
    }

    /** Each record with its recovery (by {@code key}) joined, mapped; the first malformed record fails them all. */
    private static List<MappedRecord> joined(
            RecordMapper m, List<JsonNode> records, String key, Map<String, JsonNode> recoveries)
            throws ConnectorException {
        List<MappedRecord> out = new ArrayList<>();
        for (JsonNode r : records) out.addAll(m.map(WhoopRecovery.join(r, recoveries.get(ProviderJson.text(r, key)))));
        return out;
    }

    /** Each recovery with its cycle (by {@code cycle_id}) joined, mapped to the Body of the cycle's day. */
    private static List<MappedRecord> withCycles(List<JsonNode> recoveries, Map<String, JsonNode> cycles)
            throws ConnectorException {
        List<MappedRecord> out = new ArrayList<>();
        for (JsonNode r : recoveries)
            out.addAll(RECOVERY.map(withCycle(r, cycles.get(ProviderJson.text(r, "cycle_id")))));
        return out;
    }

    private static JsonNode withCycle(JsonNode recovery, JsonNode cycle) {
        if (cycle == null || !recovery.isObject()) return recovery;
        ObjectNode copy = ((ObjectNode) recovery).deepCopy();
        copy.set(WhoopRecoveryMapper.CYCLE, cycle);
        return copy;
    }

    private static List<MappedRecord> map(RecordMapper m, List<JsonNode> records) throws ConnectorException {
        List<MappedRecord> out = new ArrayList<>();
        for (JsonNode r : records) out.addAll(m.map(r));
        return out;
    }

    @Override
    public List<BackfillWindow> planBackfill(DataType type, Instant from, Instant to) {
        if (!TYPES.contains(type) || !to.isAfter(from)) return List.of();
        if (type == DataType.ATHLETE) // a profile, not history: one request
        return List.of(new BackfillWindow(type, null, from, to, HistoryDelivery.PULL));
        return BackfillWindow.split(DESCRIPTOR.history(), type, null, from, to);
    }

    @Override
    public Optional<PushReceiver> pushReceiver() {
        return Optional.of(RECEIVER);
    }

    @Override
    public List<RecordMapper> mappers() {
        return List.of(CYCLE, SLEEP, WORKOUT, RECOVERY, PROFILE);
    }
}
