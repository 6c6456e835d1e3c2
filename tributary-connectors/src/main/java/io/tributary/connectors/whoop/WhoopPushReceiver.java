package io.tributary.connectors.whoop;

import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.HookRequest;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.ProviderResponses;
import io.tributary.connectors.PushAction;
import io.tributary.connectors.PushBatch;
import io.tributary.connectors.PushReceiver;
import io.tributary.connectors.Verification;
import io.tributary.model.DataType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;

/**
 * WHOOP webhooks (https://developer.whoop.com/docs/developing/webhooks): a POST per event {@code {user_id, id, type,
 * trace_id}} with {@code X-WHOOP-Signature} = base64(HMAC-SHA256(client secret, {@code X-WHOOP-Signature-Timestamp}
 * + raw body)). The event carries no data: {@code workout.updated} and {@code sleep.updated} become a fetch of that
 * record; {@code recovery.updated} names the sleep its recovery belongs to (v2 webhooks use the sleep's UUID, not
 * the cycle id: https://developer.whoop.com/docs/api-changelog/ 2025-08-01) and becomes a fetch of that Sleep and of
 * the cycle's Daily and Body. {@code *.deleted} events are reported, not acted on (the framework has no deletion action).
 * Integer ids are the legacy v1 webhook model, no longer published since 2025-11-01: reported, not fetched.
 */
final class WhoopPushReceiver implements PushReceiver {
    static final String SIGNATURE_HEADER = "x-whoop-signature";
    static final String TIMESTAMP_HEADER = "x-whoop-signature-timestamp";
    /** Fetch hints: which WHOOP record ({@code workout}, {@code sleep}, {@code recovery}) and its UUID. */
    static final String HINT_OBJECT = "whoop_object";

    static final String HINT_ID = "whoop_id";

    @Override
    public Verification verify(HookRequest request, List<AppCredentials> apps) {
        String sig = request.header(SIGNATURE_HEADER);
        String ts = request.header(TIMESTAMP_HEADER);
        if (sig == null || sig.isBlank()) return Verification.refused("no " + SIGNATURE_HEADER + " header");
        if (ts == null || ts.isBlank()) return Verification.refused("no " + TIMESTAMP_HEADER + " header");
        byte[] given = sig.trim().getBytes(StandardCharsets.US_ASCII);
        for (AppCredentials app : apps) {
            if (app.clientSecret() == null) continue;
            byte[] want =
                    signature(app.clientSecret(), ts.trim(), request.body()).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(given, want)) return Verification.of(app);
        }
        return Verification.refused(SIGNATURE_HEADER + " does not match any configured WHOOP app");
    }

    /** base64(HMAC-SHA256(secret, timestamp + body)). */
    static String signature(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public PushBatch receive(HookRequest request, Verification verified) throws ConnectorException {
        JsonNode body = ProviderResponses.parse(request.body(), "WHOOP webhook");
        if (!body.isObject()) throw ConnectorException.malformed("a WHOOP webhook event is a JSON object");
        PushBatch.Builder out = new PushBatch.Builder();
        String user = ProviderJson.text(body, "user_id");
        String type = ProviderJson.text(body, "type");
        String id = ProviderJson.text(body, "id");
        String trace = ProviderJson.text(body, "trace_id");
        if (user == null || user.isBlank())
            return out.problem("event without user_id").build();
        if (type == null || !type.contains("."))
            return out.problem("event type " + type + " not known, ignored").build();
        String object = type.substring(0, type.indexOf('.'));
        String verb = type.substring(type.indexOf('.') + 1);
        if (!object.equals("workout") && !object.equals("sleep") && !object.equals("recovery"))
            return out.problem("event type " + type + " not mapped, ignored").build();
        if (verb.equals("deleted"))
            return out.problem(type + " " + id + " (trace " + trace + "): deleted at WHOOP, stored data kept")
                    .build();
        if (!verb.equals("updated"))
            return out.problem("event type " + type + " not known, ignored").build();
        if (!isUuid(id))
            return out.problem(type + " with id " + id + " is the v1 webhook model (no longer published); choose the"
                            + " v2 model for the app's webhook URL")
                    .build();
        Map<String, String> hints = Map.of(HINT_OBJECT, object, HINT_ID, id);
        Instant at = Instant.EPOCH;
        Instant to = Instant.EPOCH.plusSeconds(1);
        switch (object) {
            case "workout" -> out.add(user, new PushAction.Fetch(DataType.ACTIVITY, at, to, hints));
            case "sleep" -> out.add(user, new PushAction.Fetch(DataType.SLEEP, at, to, hints));
            default ->
                out.add(user, new PushAction.Fetch(DataType.SLEEP, at, to, hints))
                        .add(user, new PushAction.Fetch(DataType.DAILY, at, to, hints))
                        .add(user, new PushAction.Fetch(DataType.BODY, at, to, hints));
        }
        return out.build();
    }

    private static boolean isUuid(String s) {
        if (s == null || s.length() != 36) return false;
        try {
            UUID.fromString(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
