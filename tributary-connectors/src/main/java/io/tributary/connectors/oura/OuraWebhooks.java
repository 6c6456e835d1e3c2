package io.tributary.connectors.oura;

import io.tributary.connectors.AppContext;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.ProviderHttp;
import io.tributary.connectors.ProviderResponses;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The app's webhook subscriptions (API v2 "Webhook Subscription Routes"): one per pushed collection and event
 * type ({@code create}, {@code update}) at Tributary's hook URL, created with {@code POST
 * /v2/webhook/subscription} and renewed with {@code PUT /v2/webhook/subscription/renew/{id}} before they expire.
 * These calls authenticate with the app's {@code x-client-id}/{@code x-client-secret} headers, not a user token.
 */
final class OuraWebhooks {
    static final String SUBSCRIPTIONS = "/v2/webhook/subscription";
    static final String RENEW = SUBSCRIPTIONS + "/renew/";
    static final String[] EVENTS = {"create", "update"};
    /** Renewed when less than this is left (maintenance runs hourly). */
    static final Duration RENEW_BEFORE = Duration.ofDays(7);

    private OuraWebhooks() {}

    static void maintain(AppContext app) throws ConnectorException {
        if (app.app().clientId() == null || app.app().clientSecret() == null) return;
        String base = app.url(ConnectorDescriptor.API_URL);
        Map<String, String> auth = Map.of(
                "x-client-id",
                app.app().clientId(),
                "x-client-secret",
                app.app().clientSecret());
        JsonNode list = ProviderResponses.json(
                app.http().send(ProviderHttp.Request.json("GET", base + SUBSCRIPTIONS, auth, null)),
                "Oura webhook subscriptions");
        Instant now = app.clock().instant();
        for (OuraEndpoint e : OuraEndpoint.values()) {
            if (!e.webhook) continue;
            for (String event : EVENTS) {
                JsonNode existing = find(list, app.hookUrl(), e.path, event);
                String key = "subscription:" + e.path + ":" + event;
                if (existing == null) {
                    var body = JsonNodeFactory.instance
                            .objectNode()
                            .put("callback_url", app.hookUrl())
                            .put("verification_token", OuraPushReceiver.verificationToken(app.app()))
                            .put("event_type", event)
                            .put("data_type", e.path);
                    JsonNode made = ProviderResponses.json(
                            app.http()
                                    .send(ProviderHttp.Request.json(
                                            "POST", base + SUBSCRIPTIONS, auth, body.toString())),
                            "Oura webhook subscription " + e.path + " " + event);
                    app.store().put(key, made.path("id").asString(""));
                } else if (expiresSoon(existing, now)) {
                    String id = existing.path("id").asString();
                    ProviderResponses.require(
                            app.http().send(ProviderHttp.Request.json("PUT", base + RENEW + id, auth, null)),
                            "Oura webhook renewal " + id);
                    app.store().put(key, id);
                } else app.store().put(key, existing.path("id").asString(""));
            }
        }
    }

    private static JsonNode find(JsonNode list, String callback, String dataType, String event) {
        for (JsonNode s : list)
            if (callback.equals(s.path("callback_url").asString(null))
                    && dataType.equals(s.path("data_type").asString(null))
                    && event.equals(s.path("event_type").asString(null))) return s;
        return null;
    }

    /** {@code expiration_time} is ISO 8601; an unreadable one is renewed rather than trusted. */
    static boolean expiresSoon(JsonNode s, Instant now) {
        String t = s.path("expiration_time").asString(null);
        if (t == null) return true;
        try {
            return io.tributary.model.Timestamps.parseInstant(t).isBefore(now.plus(RENEW_BEFORE));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return true;
        }
    }
}
