package io.tributary.connectors;

import java.time.Clock;
import java.util.Set;

/**
 * What the server offers a connector for one connection: authenticated HTTP, the clock, per-connection storage,
 * the effective URLs and the developer's app. Created by the server for each call; connectors keep nothing of it.
 */
public interface ConnectionContext {
    /** Tributary's user id (a UUID string). */
    String userId();

    /** The provider's id of the account; null until known (before {@link Connector#identify}). */
    String providerUserId();

    /**
     * HTTP to the provider with this connection's credentials: the access token (refreshed before expiry and once
     * on 401) or an OAuth 1.0a signature; bounded per provider and rate-limited as the descriptor declares.
     */
    ProviderHttp http();

    /** Per-connection key-value state. */
    KeyValueStore store();

    Clock clock();

    /**
     * The effective URL for a key of {@link ConnectorDescriptor#urls()} (the deployment's {@code
     * TRIBUTARY_<PROVIDER>_<KEY>} override, else the default), without a trailing slash.
     */
    String url(String key);

    /** The developer app this connection was made with. */
    AppCredentials app();

    /** The scopes granted (as stored on the user). */
    Set<String> scopes();

    /** The public URL of this provider's push receiver: {@code <public base>/v2/hooks/<provider lower-case>}. */
    String hookUrl();

    /** The effective {@link ConnectorDescriptor#API_URL} followed by {@code path}. */
    default String api(String path) {
        String base = url(ConnectorDescriptor.API_URL);
        if (base == null) throw new IllegalStateException("this provider declares no API_URL");
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
