package io.tributary.server.api;

import io.tributary.server.shared.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What a client sent, read field by field with errors that name the field (never a 500): the parsed JSON body
 * (or none) and, when the endpoint takes them, the query parameters. Built by {@link WireInputResolver}; request
 * records read themselves from it in their {@code from(WireInput)} factory.
 */
public final class WireInput {
    private final JsonNode body;
    private final HttpServletRequest query;

    WireInput(JsonNode body, HttpServletRequest query) {
        this.body = body;
        this.query = query;
    }

    /** The parsed body as sent (any JSON value), or null when there was none. */
    JsonNode body() {
        return body;
    }

    boolean bodyIsObject() {
        return body != null && body.isObject();
    }

    /** Whether the body object names this field (even as {@code null}). */
    boolean has(String name) {
        return bodyIsObject() && body.has(name);
    }

    /** The field names of the body object, in the order sent (none without an object body). */
    List<String> fieldNames() {
        if (!bodyIsObject()) return List.of();
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : body.properties()) names.add(e.getKey());
        return names;
    }

    private JsonNode value(String name) {
        if (!bodyIsObject()) return null;
        JsonNode v = body.get(name);
        return v == null || v.isNull() ? null : v;
    }

    private String param(String name) {
        if (query == null) return null;
        String q = query.getParameter(name);
        return q == null || q.isBlank() ? null : q;
    }

    /** A scalar from the body (as text), else the query parameter; blank parameters count as absent. */
    String string(String name) {
        JsonNode v = value(name);
        if (v != null) {
            if (v.isValueNode()) return v.asString();
            throw ApiException.badRequest("'" + name + "' must be a string");
        }
        return param(name);
    }

    /** {@code true}/{@code false} (also {@code 1}/{@code 0}, as JSON or text); {@code dflt} when absent. */
    boolean bool(String name, boolean dflt) {
        Boolean b = bool(name);
        return b == null ? dflt : b;
    }

    /** Like {@link #bool(String, boolean)}, null when absent. */
    Boolean bool(String name) {
        JsonNode v = value(name);
        if (v != null) {
            if (v.isBoolean()) return v.asBoolean();
            if (!v.isValueNode()) throw ApiException.badRequest("'" + name + "' must be true or false");
            return nullableBool(name, v.asString());
        }
        return nullableBool(name, param(name));
    }

    private static Boolean nullableBool(String name, String text) {
        if (text == null || text.isBlank()) return null;
        return Params.bool(name, text, false);
    }

    /** A body field that must be a JSON boolean when present (the dashboard's settings objects). */
    Boolean strictBool(String name) {
        JsonNode v = value(name);
        if (v == null && !has(name)) return null;
        if (v == null || !v.isBoolean()) throw ApiException.badRequest("'" + name + "' must be true or false");
        return v.asBoolean();
    }

    /** A body field that must be a JSON string (or null, returned as null) when present. */
    String strictString(String name, String problem) {
        JsonNode v = value(name);
        if (v == null) return null;
        if (!v.isString()) throw ApiException.badRequest(problem);
        return v.asString();
    }

    /** A comma-separated string or a JSON array of strings; blanks dropped, entries trimmed. */
    List<String> list(String name) {
        JsonNode v = value(name);
        if (v != null && v.isArray()) {
            List<String> out = new ArrayList<>();
            for (JsonNode n : v) {
                if (!n.isString()) throw ApiException.badRequest("'" + name + "' must contain strings");
                if (!n.asString().isBlank()) out.add(n.asString().trim());
            }
            return out;
        }
        String s = string(name);
        if (s == null) return List.of();
        return Arrays.stream(s.split(","))
                .map(String::trim)
                .filter(x -> !x.isEmpty())
                .toList();
    }
}
