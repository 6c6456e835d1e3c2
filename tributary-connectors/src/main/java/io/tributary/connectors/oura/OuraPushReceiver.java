package io.tributary.connectors.oura;

import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.HookRequest;
import io.tributary.connectors.HookResponse;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.ProviderResponses;
import io.tributary.connectors.PushAction;
import io.tributary.connectors.PushBatch;
import io.tributary.connectors.PushReceiver;
import io.tributary.connectors.Verification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Oura's webhooks (API v2 "Webhooks"): a POST per event {@code {event_type, data_type, object_id, user_id}} signed
 * with {@code x-oura-signature} = hex HMAC-SHA256 over {@code x-oura-timestamp} + raw body, keyed with the app's
 * client secret; and a GET {@code ?verification_token=&challenge=} when a subscription is created, answered with
 * {@code {"challenge": ...}} when the token is ours. The notification carries no data: each event becomes a fetch
 * of that one document ({@link #HINT_ENDPOINT}, {@link #HINT_OBJECT_ID}) over the local days its {@code event_time}
 * says it belongs to ({@link #fetchOf}).
 */
final class OuraPushReceiver implements PushReceiver {
    static final String SIGNATURE_HEADER = "x-oura-signature";
    static final String TIMESTAMP_HEADER = "x-oura-timestamp";
    static final String HINT_ENDPOINT = "endpoint";
    static final String HINT_OBJECT_ID = "object_id";
    /** The event's UTC offset ({@code event_time}'s), so the window's local days are the member's. */
    static final String HINT_OFFSET = "offset";

    @Override
    public Verification verify(HookRequest request, List<AppCredentials> apps) {
        String sig = request.header(SIGNATURE_HEADER);
        String ts = request.header(TIMESTAMP_HEADER);
        if (sig == null || sig.isBlank()) return Verification.refused("no " + SIGNATURE_HEADER + " header");
        if (ts == null || ts.isBlank()) return Verification.refused("no " + TIMESTAMP_HEADER + " header");
        byte[] given = sig.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        for (AppCredentials app : apps) {
            if (app.clientSecret() == null) continue;
            byte[] want =
                    signature(app.clientSecret(), ts.trim(), request.body()).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(given, want)) return Verification.of(app);
        }
        return Verification.refused(SIGNATURE_HEADER + " does not match any configured Oura app");
    }

    /** Lower-case hex HMAC-SHA256(secret, timestamp + body). */
    static String signature(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * The verification token Tributary registers with Oura for an app. AppCredentials carries only the client id
     * and secret, so the token is derived from the secret (stable, never sent anywhere but to Oura itself).
     */
    static String verificationToken(AppCredentials app) {
        return signature(app.clientSecret(), "tributary-oura-verification", new byte[0]);
    }

    @Override
    public Optional<HookResponse> challenge(HookRequest request, List<AppCredentials> apps) {
        String token = request.query().get("verification_token");
        String challenge = request.query().get("challenge");
        if (token == null || challenge == null) return Optional.empty();
        byte[] given = token.getBytes(StandardCharsets.UTF_8);
        for (AppCredentials app : apps) {
            if (app.clientSecret() == null) continue;
            if (MessageDigest.isEqual(given, verificationToken(app).getBytes(StandardCharsets.UTF_8))) {
                var body = JsonNodeFactory.instance.objectNode().put("challenge", challenge);
                return Optional.of(HookResponse.json(200, body.toString()));
            }
        }
        return Optional.empty();
    }

    @Override
    public PushBatch receive(HookRequest request, Verification verified) throws ConnectorException {
        JsonNode body = ProviderResponses.parse(request.body(), "Oura webhook");
        if (!body.isObject()) throw ConnectorException.malformed("an Oura webhook event is a JSON object");
        PushBatch.Builder out = new PushBatch.Builder();
        String user = ProviderJson.text(body, "user_id");
        String dataType = ProviderJson.text(body, "data_type");
        String event = ProviderJson.text(body, "event_type");
        String object = ProviderJson.text(body, "object_id");
        if (user == null || user.isBlank())
            return out.problem("event without user_id").build();
        var endpoint = dataType == null ? Optional.<OuraEndpoint>empty() : OuraEndpoint.byPath(dataType);
        if (endpoint.isEmpty() || !endpoint.get().webhook)
            return out.problem("data_type " + dataType + " not mapped, ignored").build();
        if ("delete".equals(event))
            return out.problem(dataType + " " + object + " deleted at Oura, ignored")
                    .build();
        if (object == null || object.isBlank())
            return out.problem("event without object_id").build();
        OffsetDateTime at;
        try {
            at = OuraTime.parse(ProviderJson.text(body, "event_time"));
        } catch (ConnectorException e) {
            at = null;
        }
        if (at == null)
            return out.problem("event without a readable event_time").build();
        out.add(user, fetchOf(endpoint.get(), object, at));
        return out.build();
    }

    /**
     * The announced document, over the local days it can belong to: the day of {@code event_time} at the event's
     * own offset and the day before (a night's sleep, readiness and daily sleep are dated the morning they are
     * made; an activity day is updated through the day), i.e. local midnight of the day before until local midnight
     * after the event's day.
     */
    static PushAction.Fetch fetchOf(OuraEndpoint e, String object, OffsetDateTime at) {
        LocalDate day = at.toLocalDate();
        Instant start = day.minusDays(1).atStartOfDay().toInstant(at.getOffset());
        Instant end = day.plusDays(1).atStartOfDay().toInstant(at.getOffset());
        return new PushAction.Fetch(
                e.type,
                start,
                end,
                Map.of(
                        HINT_ENDPOINT,
                        e.path,
                        HINT_OBJECT_ID,
                        object,
                        HINT_OFFSET,
                        at.getOffset().getId()));
    }
}
