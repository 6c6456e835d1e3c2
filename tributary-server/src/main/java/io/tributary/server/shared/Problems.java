package io.tributary.server.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one error shape (docs/decisions.md#3): {@code application/problem+json} with type, title (lower-case
 * status text), status, instance (path and query) and a helpful detail. Never a stack trace.
 */
public final class Problems {
    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private Problems() {}

    public static Map<String, Object> body(HttpStatus status, String instance, String detail) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "about:blank");
        m.put("title", status.getReasonPhrase().toLowerCase(Locale.ROOT));
        m.put("status", status.value());
        m.put("instance", instance);
        m.put("detail", detail);
        return m;
    }

    public static ResponseEntity<Map<String, Object>> response(HttpStatus status, String instance, String detail) {
        return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(body(status, instance, detail));
    }

    public static String instance(HttpServletRequest req) {
        String q = req.getQueryString();
        return req.getRequestURI() + (q == null || q.isEmpty() ? "" : "?" + q);
    }

    /** For filters and interceptors that answer before Spring MVC's message converters run. */
    public static void write(HttpServletResponse res, HttpStatus status, String instance, String detail)
            throws IOException {
        res.setStatus(status.value());
        res.setContentType(PROBLEM_JSON.toString());
        res.setCharacterEncoding("UTF-8");
        StringBuilder sb = new StringBuilder(128);
        sb.append("{\"type\":\"about:blank\",\"title\":");
        quote(sb, status.getReasonPhrase().toLowerCase(Locale.ROOT));
        sb.append(",\"status\":").append(status.value()).append(",\"instance\":");
        quote(sb, instance);
        sb.append(",\"detail\":");
        quote(sb, detail);
        sb.append('}');
        res.getOutputStream().write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
