package io.tributary.server.delivery.writer;

import io.tributary.server.shared.Timestamps;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Object names for S3, GCS and Supabase Storage (docs/decisions.md#15): {@code
 * [prefix/]<event type>/[2022-03-16/]<user_id>/<start_time or generation timestamp>-<trace id>.json}.
 * Every part is stable across retries (the trace id and the event's ordering timestamp never change), so
 * a redelivery overwrites the same object instead of adding a second one.
 */
public final class ObjectLayout {
    private ObjectLayout() {}

    public static String key(String prefix, TargetEvent e) {
        StringBuilder sb = new StringBuilder();
        if (prefix != null && !prefix.isBlank()) {
            String p = prefix.strip();
            while (p.startsWith("/")) p = p.substring(1);
            while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
            if (!p.isEmpty()) sb.append(p).append('/');
        }
        sb.append(safe(e.type())).append('/');
        if (e.isDataEvent()) sb.append(EventKinds.DATA_VERSION).append('/');
        sb.append(e.userId() == null ? "no_user" : safe(e.userId())).append('/');
        String ts = null;
        if (e.isDataEvent()) ts = PayloadFacts.of(e).startTime();
        if (ts == null) ts = Timestamps.iso(e.orderingTs());
        sb.append(safe(ts)).append('-').append(safe(e.traceId())).append(".json");
        return sb.toString();
    }

    /** Where {@code ping()} writes its probe object. */
    public static String pingKey(String prefix) {
        return (prefix == null ? "" : prefix + "/") + "tributary-ping.json";
    }

    /** The probe object's content, written {@code at} (the caller's clock): proves the credentials can write. */
    public static byte[] pingBody(Instant at) {
        return ("{\"type\":\"ping\",\"at\":\"" + Timestamps.iso(at) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** Object metadata carried by every stored event: trace id, type, reference and ordering timestamp. */
    public static Map<String, String> metadata(TargetEvent e) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("terra-trace-id", e.traceId());
        meta.put("terra-event-type", e.type());
        if (e.reference() != null) meta.put("terra-reference", e.reference());
        if (e.orderingTs() != null) meta.put("terra-ordering-timestamp", Timestamps.iso(e.orderingTs()));
        return meta;
    }

    /** Keeps keys portable across stores: no slashes, spaces or control characters inside one part. */
    static String safe(String s) {
        if (s == null) return "none";
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':' || c == '+') sb.append(c);
            else sb.append('_');
        }
        return sb.toString();
    }

    static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asString();
    }
}
