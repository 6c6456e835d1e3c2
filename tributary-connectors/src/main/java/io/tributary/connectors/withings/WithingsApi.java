package io.tributary.connectors.withings;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.ProviderHttp;
import io.tributary.connectors.ProviderResponses;
import java.time.Duration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Withings answers every call with HTTP 200 and {@code {"status": N, "body": {...}, "error": "..."}}: {@code
 * status} 0 is success, anything else an error of a family (API reference, section "Response status"): 100..102,
 * 200 and 401 authentication failed; 601 too many requests; 522 timeout; 214, 277, 2553, 2555 unauthorized; the
 * rest invalid params or "an error occurred". See https://developer.withings.com/api-reference#section/Response-status
 */
final class WithingsApi {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Withings documents no Retry-After; its quota is per minute. */
    static final Duration RATE_LIMIT_WAIT = Duration.ofSeconds(60);

    private WithingsApi() {}

    static boolean authFailed(int status) {
        return (status >= 100 && status <= 102) || status == 200 || status == 401;
    }

    static boolean unauthorized(int status) {
        return status == 214 || status == 277 || status == 2553 || status == 2555;
    }

    /**
     * The HTTP status an answer stands for: the envelope's auth failures are a 401, 601 a 429, 522 (timeout) a
     * 503; everything else keeps the HTTP status (the connector reads the envelope's other errors itself).
     */
    static int effectiveStatus(ProviderHttp.Response r) {
        if (r.status() != 200) return r.status();
        Integer s = status(r.body());
        if (s == null || s == 0) return r.status();
        if (authFailed(s)) return 401;
        if (s == 601) return 429;
        if (s == 522) return 503;
        return r.status();
    }

    /** The top-level {@code status} of an envelope, read without building the whole tree; null when absent. */
    static Integer status(byte[] body) {
        if (body == null || body.length == 0) return null;
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if ("status".equals(name)) return v == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : null;
                p.skipChildren();
            }
            return null;
        } catch (RuntimeException e) {
            return null; // not JSON: the caller's parse reports it
        }
    }

    /** The {@code body} of a successful answer; the error an envelope reports otherwise. */
    static JsonNode body(ProviderHttp.Response r, String what) throws ConnectorException {
        JsonNode answer = ProviderResponses.json(r, what);
        return body(answer, what);
    }

    static JsonNode body(JsonNode answer, String what) throws ConnectorException {
        if (!answer.isObject() || !answer.path("status").isIntegralNumber())
            throw ConnectorException.malformed(what + ": no Withings status");
        int status = answer.path("status").asInt();
        if (status == 0) {
            JsonNode body = answer.path("body");
            if (!body.isObject()) throw ConnectorException.malformed(what + ": no body");
            return body;
        }
        throw error(status, answer.path("error").asString(""), what);
    }

    static ConnectorException error(int status, String error, String what) {
        String msg = what + ": Withings status " + status + (error.isBlank() ? "" : " (" + error + ")");
        if (authFailed(status) || unauthorized(status)) return ConnectorException.unauthorized(msg);
        if (status == 601) return ConnectorException.rateLimited(msg, RATE_LIMIT_WAIT);
        if (status == 522) return ConnectorException.retryLater(msg, Duration.ZERO);
        return ConnectorException.malformed(msg);
    }
}
