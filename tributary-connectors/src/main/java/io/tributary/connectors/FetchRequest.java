package io.tributary.connectors;

import io.tributary.model.DataType;
import java.time.Instant;
import java.util.Map;

/**
 * One pull: a data type for a user over {@code [start, end)}. Paging and cursors stay inside the connector.
 *
 * @param userId Tributary's user id (stable seed for the sandbox)
 * @param providerUserId the provider's id of the account, when known
 * @param now the server's clock when the pull was made: connectors never read the system clock, so tests and
 *     replays control time (the same instant {@code connection.clock()} gives)
 * @param http authenticated HTTP to the provider (adds the access token, refreshes it on 401, bounds concurrency,
 *     hands a credentials connection its stored form values); null for connectors that make no HTTP calls
 * @param connection everything else the server offers this connection (store, clock, URLs, app); null only
 *     where a caller has no connection (unit tests of HTTP-less connectors)
 * @param hints what the push that announced this pull said ({@link PushAction.Fetch#hints()}, e.g. Garmin's
 *     {@code callbackURL}); empty for scheduled pulls and backfills
 */
public record FetchRequest(
        String userId,
        String providerUserId,
        DataType type,
        Instant start,
        Instant end,
        Instant now,
        ProviderHttp http,
        ConnectionContext connection,
        Map<String, String> hints) {

    public FetchRequest {
        hints = hints == null ? Map.of() : Map.copyOf(hints);
    }

    /** A pull without connection context (the server's pulls until it offers {@link ConnectionContext}). */
    public FetchRequest(
            String userId,
            String providerUserId,
            DataType type,
            Instant start,
            Instant end,
            Instant now,
            ProviderHttp http) {
        this(userId, providerUserId, type, start, end, now, http, null, Map.of());
    }

    /** A pull of one connection, its fields taken from the context. */
    public static FetchRequest of(
            ConnectionContext c, DataType type, Instant start, Instant end, Map<String, String> hints) {
        return new FetchRequest(
                c.userId(), c.providerUserId(), type, start, end, c.clock().instant(), c.http(), c, hints);
    }

    /** The connection context; fails clearly when the caller offered none. */
    public ConnectionContext requireConnection() throws ConnectorException {
        if (connection == null)
            throw new ConnectorException(
                    ConnectorException.Kind.AUTH_FAILED, "no connection context for a " + type + " pull");
        return connection;
    }
}
