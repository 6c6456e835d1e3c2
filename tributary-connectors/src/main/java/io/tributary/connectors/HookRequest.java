package io.tributary.connectors;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A notification as it reached {@code /v2/hooks/<provider>}: verify it from exactly these bytes (signatures are
 * computed over the raw body).
 *
 * @param method {@code GET} (verification challenges) or {@code POST}
 * @param query query parameters (first value of each)
 * @param headers request headers, names lower-case
 * @param body the raw body (empty for GET)
 */
public record HookRequest(String method, Map<String, String> query, Map<String, String> headers, byte[] body) {
    public HookRequest {
        method = method == null ? "POST" : method.toUpperCase(Locale.ROOT);
        query = query == null ? Map.of() : Map.copyOf(query);
        Map<String, String> h = new TreeMap<>();
        if (headers != null) headers.forEach((k, v) -> h.put(k.toLowerCase(Locale.ROOT), v));
        headers = Map.copyOf(h);
        body = body == null ? new byte[0] : body;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** A POST with a JSON body, for tests. */
    public static HookRequest post(Map<String, String> headers, String json) {
        return new HookRequest("POST", Map.of(), headers, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The values of a header that may repeat (comma-joined by the server). */
    public List<String> headerValues(String name) {
        String v = header(name);
        return v == null ? List.of() : List.of(v.split("\\s*,\\s*"));
    }
}
