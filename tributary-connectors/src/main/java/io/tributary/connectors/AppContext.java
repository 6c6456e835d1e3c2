package io.tributary.connectors;

import java.time.Clock;

/**
 * What the server offers a connector for work that belongs to a developer app rather than one connection:
 * app-wide webhook subscriptions (Oura's, renewed before they expire), token-request signing (Withings).
 */
public interface AppContext {
    AppCredentials app();

    /** HTTP without user credentials (the connector adds what the provider wants), bounded and rate-limited. */
    ProviderHttp http();

    /** App-wide key-value state (subscription ids, expiry times). */
    KeyValueStore store();

    Clock clock();

    /** As {@link ConnectionContext#url(String)}. */
    String url(String key);

    /** The public URL of this provider's push receiver: {@code <public base>/v2/hooks/<provider lower-case>}. */
    String hookUrl();
}
