package io.tributary.connectors;

import java.time.Duration;

/** A provider call or a mapping failed. {@link Kind} tells the server what to do about it. */
public class ConnectorException extends Exception {
    public enum Kind {
        /** 401/403 that a token refresh could not fix: emit connection_error. */
        AUTH_FAILED,
        /** The user revoked access at the provider: emit access_revoked. */
        ACCESS_REVOKED,
        /**
         * Provider rate limit (429): retry after {@link #retryAfter()} (rate_limit_hit for async requests).
         */
        RATE_LIMITED,
        /** Transient (5xx, timeout, connection refused): retry later. */
        TRANSIENT,
        /** The provider answered something we cannot map (malformed JSON, a required field missing): skip it. */
        BAD_RESPONSE
    }

    private final Kind kind;
    private final long retryAfterSeconds;

    public ConnectorException(Kind kind, String message) {
        this(kind, message, 0, null);
    }

    public ConnectorException(Kind kind, String message, long retryAfterSeconds, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Kind kind() {
        return kind;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** How long to wait before trying again (zero when the provider did not say). */
    public Duration retryAfter() {
        return Duration.ofSeconds(Math.max(0, retryAfterSeconds));
    }

    /** 429: the provider's {@code Retry-After}. */
    public static ConnectorException rateLimited(String message, Duration retryAfter) {
        return new ConnectorException(Kind.RATE_LIMITED, message, retryAfter.toSeconds(), null);
    }

    /** 401/403 after the server's refresh. */
    public static ConnectorException unauthorized(String message) {
        return new ConnectorException(Kind.AUTH_FAILED, message);
    }

    /** 5xx or unreachable: retry later (after {@code retryAfter}, zero for the server's default). */
    public static ConnectorException retryLater(String message, Duration retryAfter) {
        return new ConnectorException(Kind.TRANSIENT, message, retryAfter.toSeconds(), null);
    }

    /** The provider's payload cannot be mapped. */
    public static ConnectorException malformed(String message) {
        return new ConnectorException(Kind.BAD_RESPONSE, message);
    }

    public static ConnectorException malformed(String message, Throwable cause) {
        return new ConnectorException(Kind.BAD_RESPONSE, message, 0, cause);
    }

    public static ConnectorException revoked(String message) {
        return new ConnectorException(Kind.ACCESS_REVOKED, message);
    }
}
