package io.tributary.server.api;

import io.tributary.server.shared.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parameters that clients send either as a JSON body or as query parameters (old SDKs put everything in the
 * query with an empty body): the body wins when both name the same field.
 */
final class RequestInputs {
    private final JsonNode body;
    private final HttpServletRequest request;

    private RequestInputs(JsonNode body, HttpServletRequest request) {
        this.body = body;
        this.request = request;
    }

    static RequestInputs of(JsonMapper json, String rawBody, HttpServletRequest request) {
        JsonNode node = null;
        if (rawBody != null && !rawBody.isBlank()) {
            try {
                node = json.readTree(rawBody);
            } catch (RuntimeException e) {
                throw ApiException.badRequest("the request body is not valid JSON");
            }
            if (!node.isObject()) throw ApiException.badRequest("the request body must be a JSON object");
        }
        return new RequestInputs(node, request);
    }

    String string(String name) {
        if (body != null && body.has(name) && !body.get(name).isNull()) {
            JsonNode v = body.get(name);
            if (v.isValueNode()) return v.asString();
            throw ApiException.badRequest("'" + name + "' must be a string");
        }
        String q = request.getParameter(name);
        return q == null || q.isBlank() ? null : q;
    }

    boolean bool(String name, boolean dflt) {
        if (body != null && body.has(name) && !body.get(name).isNull()) {
            JsonNode v = body.get(name);
            if (v.isBoolean()) return v.asBoolean();
            return Params.bool(name, v.asString(), dflt);
        }
        return Params.bool(name, request.getParameter(name), dflt);
    }

    /** A comma-separated string or a JSON array of strings. */
    List<String> list(String name) {
        if (body != null && body.has(name) && body.get(name).isArray()) {
            List<String> out = new ArrayList<>();
            for (JsonNode n : body.get(name)) {
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
