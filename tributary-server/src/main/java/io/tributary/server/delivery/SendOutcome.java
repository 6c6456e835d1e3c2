package io.tributary.server.delivery;

import java.time.Duration;

/**
 * The result of one send.
 *
 * @param kind what the engine does next
 * @param statusCode the HTTP status (or a type-specific code), null when no response was received
 * @param error a short human-readable error (network error, timeout, SQL state …), null on success
 * @param response the first part of the response body (the engine stores at most 2 KiB), may be null
 * @param retryAfter a delay the receiver asked for ({@code Retry-After}); null to use the retry schedule
 */
public record SendOutcome(Kind kind, Integer statusCode, String error, String response, Duration retryAfter) {

    public enum Kind {
        /** Durably accepted: the delivery is {@code delivered}. */
        SUCCESS,
        /** Failed for now: retried on the schedule (or after {@link #retryAfter}), then {@code failed}. */
        RETRY,
        /** The receiver is gone for good (webhook 410): the destination is disabled, nothing more is sent. */
        GONE
    }

    public static SendOutcome success(Integer statusCode, String response) {
        return new SendOutcome(Kind.SUCCESS, statusCode, null, response, null);
    }

    public static SendOutcome retry(Integer statusCode, String error, String response) {
        return new SendOutcome(Kind.RETRY, statusCode, error, response, null);
    }

    public static SendOutcome retryAfter(Integer statusCode, String error, String response, Duration retryAfter) {
        return new SendOutcome(Kind.RETRY, statusCode, error, response, retryAfter);
    }

    public static SendOutcome gone(Integer statusCode, String error, String response) {
        return new SendOutcome(Kind.GONE, statusCode, error, response, null);
    }

    public boolean succeeded() {
        return kind == Kind.SUCCESS;
    }
}
