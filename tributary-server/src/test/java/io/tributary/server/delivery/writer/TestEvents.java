package io.tributary.server.delivery.writer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Realistic event payloads (the shapes of spec §4) for destination tests. */
public final class TestEvents {
    private TestEvents() {}

    public static String userJson(String userId, String provider, String reference) {
        return "{\"user_id\":\"" + userId + "\",\"provider\":\"" + provider + "\",\"last_webhook_update\":null,"
                + "\"scopes\":\"activity,sleep\",\"reference_id\":\"" + reference + "\",\"active\":true,"
                + "\"created_at\":\"2026-11-25T10:00:00.000000+00:00\"}";
    }

    public static TargetEvent auth(String userId, Instant ts) {
        String body =
                "{\"type\":\"auth\",\"status\":\"success\",\"user\":" + userJson(userId, "GARMIN", "ref-" + userId)
                        + ",\"reference_id\":\"ref-" + userId + "\",\"widget_session_id\":\"" + UUID.randomUUID()
                        + "\",\"message\":\"User has successfully authenticated\"}";
        return event("auth", userId, null, body, ts);
    }

    public static TargetEvent deauth(String userId, Instant ts) {
        String body = "{\"type\":\"deauth\",\"status\":\"success\",\"user\":"
                + userJson(userId, "GARMIN", "ref-" + userId) + ",\"message\":\"User has deauthenticated\"}";
        return event("deauth", userId, null, body, ts);
    }

    public static TargetEvent reauth(String oldUser, String newUser, Instant ts) {
        String body = "{\"type\":\"user_reauth\",\"status\":\"warning\",\"old_user\":"
                + userJson(oldUser, "GARMIN", "ref-x") + ",\"new_user\":" + userJson(newUser, "GARMIN", "ref-x")
                + ",\"message\":\"User has reauthenticated and old ID has been deleted\"}";
        return event("user_reauth", newUser, null, body, ts);
    }

    /** An activity event with one activity of the given start; {@code padding} bytes of extra text make it large. */
    public static TargetEvent activity(String userId, String start, Instant ts, int padding) {
        String pad = padding > 0 ? "x".repeat(padding) : "";
        String body = "{\"type\":\"activity\",\"user\":" + userJson(userId, "GARMIN", "ref-" + userId)
                + ",\"version\":\"2022-03-16\",\"data\":[{\"metadata\":{\"summary_id\":\"s-" + start
                + "\",\"start_time\":\"" + start + "\",\"end_time\":\"" + start.replace("T08", "T09")
                + "\",\"type\":1,\"name\":\"Morning run " + pad + "\"},\"distance_data\":{\"summary\":"
                + "{\"distance_meters\":5012.5}}}]}";
        return event("activity", userId, "req-1", body, ts);
    }

    public static TargetEvent event(String type, String userId, String reference, String body, Instant ts) {
        return new TargetEvent(
                "evt_" + UUID.randomUUID(),
                type,
                userId,
                reference,
                UUID.randomUUID().toString(),
                ts,
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** The same event delivered again: same trace id, same bytes. */
    public static TargetEvent again(TargetEvent e) {
        return new TargetEvent(
                e.eventId(), e.type(), e.userId(), e.reference(), e.traceId(), e.orderingTs(), e.payload());
    }
}
