package io.tributary.connectors.garmin;

import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.HookRequest;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.ProviderResponses;
import io.tributary.connectors.PushAction;
import io.tributary.connectors.PushBatch;
import io.tributary.connectors.PushReceiver;
import io.tributary.connectors.Verification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Garmin's push and ping notifications (Health API / Activity API "Push Service" and "Ping Service"): one JSON
 * object whose keys are summary types ({@code dailies}, {@code sleeps}, …) with an array each, plus {@code
 * deregistrations} and {@code userPermissionsChange}. A push element carries the summary itself (ingested at
 * once); a ping element carries a {@code callbackURL} to fetch within 24 hours (scheduled as a fetch). Garmin does
 * not sign notifications; it names the app in the {@code garmin-client-id} header, which must be the client id of
 * a configured app.
 */
final class GarminPushReceiver implements PushReceiver {
    static final String CLIENT_ID_HEADER = "garmin-client-id";
    /** {@link PushAction.Fetch#hints()} keys of a ping. */
    static final String HINT_CALLBACK = "callbackURL";

    static final String HINT_STREAM = "stream";

    @Override
    public Verification verify(HookRequest request, List<AppCredentials> apps) {
        String header = request.header(CLIENT_ID_HEADER);
        if (header == null || header.isBlank()) return Verification.refused("no " + CLIENT_ID_HEADER + " header");
        byte[] given = header.trim().getBytes(StandardCharsets.UTF_8);
        for (AppCredentials app : apps) {
            if (app.clientId() == null) continue;
            if (MessageDigest.isEqual(given, app.clientId().getBytes(StandardCharsets.UTF_8)))
                return Verification.of(app);
        }
        return Verification.refused(CLIENT_ID_HEADER + " is not the client id of a configured Garmin app");
    }

    @Override
    public PushBatch receive(HookRequest request, Verification verified) throws ConnectorException {
        JsonNode body = ProviderResponses.parse(request.body(), "Garmin notification");
        if (!body.isObject()) throw ConnectorException.malformed("a Garmin notification is a JSON object");
        PushBatch.Builder out = new PushBatch.Builder();
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            String key = e.getKey();
            JsonNode list = e.getValue();
            if (!list.isArray()) {
                out.problem(key + ": not an array");
                continue;
            }
            switch (key) {
                case "deregistrations" ->
                    eachUser(list, key, out, (u, el) -> out.add(u, new PushAction.Deauthorized()));
                case "userPermissionsChange" ->
                    eachUser(list, key, out, (u, el) -> {
                        List<String> scopes = new ArrayList<>();
                        el.path("permissions").forEach(p -> scopes.add(p.asString()));
                        out.add(u, new PushAction.PermissionsChanged(scopes));
                    });
                default -> summaries(key, list, out);
            }
        }
        return out.build();
    }

    private interface PerUser {
        void accept(String providerUserId, JsonNode element);
    }

    private static void eachUser(JsonNode list, String key, PushBatch.Builder out, PerUser f) {
        int i = 0;
        for (JsonNode el : list) {
            String user = ProviderJson.text(el, "userId");
            if (user == null || user.isBlank()) out.problem(key + "[" + i + "]: no userId");
            else f.accept(user, el);
            i++;
        }
    }

    private static void summaries(String key, JsonNode list, PushBatch.Builder out) {
        var type = GarminSummaryType.byPushKey(key);
        if (type.isEmpty()) {
            out.problem(key + ": summary type not mapped, ignored");
            return;
        }
        Map<String, ArrayNode> pushedByUser = new LinkedHashMap<>();
        eachUser(list, key, out, (user, el) -> {
            if (el.has(HINT_CALLBACK)) out.add(user, ping(type.get(), el));
            else
                pushedByUser
                        .computeIfAbsent(user, u -> JsonNodeFactory.instance.arrayNode())
                        .add(el);
        });
        pushedByUser.forEach((user, elements) -> {
            List<MappedRecord> records = type.get().mapper.mapEach(elements, out.problems());
            if (!records.isEmpty()) out.add(user, new PushAction.Ingest(records));
        });
    }

    /** A ping: fetch {@code callbackURL} (it covers the upload window, not the summaries' own times). */
    private static PushAction.Fetch ping(GarminSummaryType type, JsonNode el) {
        Long from = ProviderJson.longValue(el, "uploadStartTimeInSeconds");
        Long to = ProviderJson.longValue(el, "uploadEndTimeInSeconds");
        Instant start = from == null ? Instant.EPOCH : Instant.ofEpochSecond(from);
        Instant end = to == null || to <= (from == null ? 0 : from) ? start.plusSeconds(1) : Instant.ofEpochSecond(to);
        return new PushAction.Fetch(
                type.dataType(),
                start,
                end,
                Map.of(HINT_STREAM, type.pushKey, HINT_CALLBACK, ProviderJson.text(el, HINT_CALLBACK)));
    }
}
