package io.tributary.connectors;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Turns provider HTTP answers into JSON or the {@link ConnectorException} the server acts on. */
public final class ProviderResponses {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Used when a 429 or 503 carries no usable {@code Retry-After}. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(60);

    private ProviderResponses() {}

    /**
     * The response if 2xx; otherwise 401/403 → {@code AUTH_FAILED}, 429 → {@code RATE_LIMITED} with its {@code
     * Retry-After}, 5xx → {@code TRANSIENT} (with {@code Retry-After} if given), anything else → {@code
     * BAD_RESPONSE}. A {@code Retry-After} HTTP-date is measured from the response's own {@code Date} header (the
     * provider's clock, so our clock's skew does not matter and no wall clock is read here).
     */
    public static ProviderHttp.Response require(ProviderHttp.Response r, String what) throws ConnectorException {
        if (r.ok()) return r;
        String msg = what + ": provider answered HTTP " + r.status();
        if (r.status() == 401 || r.status() == 403) throw ConnectorException.unauthorized(msg);
        if (r.status() == 429)
            throw ConnectorException.rateLimited(msg, retryAfter(r.headers().get("retry-after"), answeredAt(r)));
        if (r.status() >= 500) {
            String ra = r.headers().get("retry-after");
            throw ConnectorException.retryLater(msg, ra == null ? Duration.ZERO : retryAfter(ra, answeredAt(r)));
        }
        throw ConnectorException.malformed(msg);
    }

    /** The response's {@code Date} header (RFC 9110 §6.6.1), or null when it is absent or unreadable. */
    static Instant answeredAt(ProviderHttp.Response r) {
        String date = r.headers().get("date");
        if (date == null || date.isBlank()) return null;
        try {
            return ZonedDateTime.parse(date.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@link #require} then the body parsed as JSON ({@code BAD_RESPONSE} when it is not JSON). */
    public static JsonNode json(ProviderHttp.Response r, String what) throws ConnectorException {
        return parse(require(r, what).body(), what);
    }

    /** A provider body as JSON; {@code BAD_RESPONSE} when it is not. */
    public static JsonNode parse(byte[] body, String what) throws ConnectorException {
        if (body == null || body.length == 0) throw ConnectorException.malformed(what + ": empty body");
        try {
            return JSON.readTree(body);
        } catch (JacksonException e) {
            throw ConnectorException.malformed(what + ": not JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    /**
     * {@code Retry-After} as delay-seconds or an HTTP-date (RFC 9110 §10.2.3) counted from {@code now};
     * {@link #DEFAULT_RETRY_AFTER} when absent or unreadable, or when it is a date and {@code now} is unknown
     * (null).
     */
    public static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) return DEFAULT_RETRY_AFTER;
        String v = header.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException ignored) {
            // an HTTP-date
        }
        if (now == null) return DEFAULT_RETRY_AFTER;
        try {
            Instant at =
                    ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }
}
