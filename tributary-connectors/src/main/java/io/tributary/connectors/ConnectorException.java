package io.tributary.connectors;

/** A pull or mapping failed. {@link Kind} tells the server what to do about it. */
public class ConnectorException extends Exception {
    public enum Kind {
        /** 401/403 that a token refresh could not fix: emit connection_error. */
        AUTH_FAILED,
        /** The user revoked access at the provider: emit access_revoked. */
        ACCESS_REVOKED,
        /** Provider rate limit: retry later (rate_limit_hit for async requests). */
        RATE_LIMITED,
        /** Transient (5xx, timeout): retry. */
        TRANSIENT,
        /** The provider answered something we cannot map. */
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
}
