package io.tributary.server.connection;

import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ProviderHttp;
import io.tributary.server.shared.EnvironmentRecord;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Authenticated {@link ProviderHttp} for a connection, for whoever pulls from providers (the ingest module's
 * scheduled and on-demand pulls): the environment's OAuth client, the connection's tokens and the provider's
 * concurrency slots and rate limits (counted per app: {@link ProviderApps#of}).
 */
@Component
public class ConnectionHttpFactory {
    private final ProviderSettings providers;
    private final TokenService tokens;
    private final ProviderUrls urls;
    private final ProviderConcurrency concurrency;
    private final ProviderRateLimiter limiter;
    private final ProviderApps apps;
    private final Clock clock;

    public ConnectionHttpFactory(
            ProviderSettings providers,
            TokenService tokens,
            ProviderUrls urls,
            ProviderConcurrency concurrency,
            ProviderRateLimiter limiter,
            ProviderApps apps,
            Clock clock) {
        this.providers = providers;
        this.tokens = tokens;
        this.urls = urls;
        this.concurrency = concurrency;
        this.limiter = limiter;
        this.apps = apps;
        this.clock = clock;
    }

    public ProviderHttp forConnection(EnvironmentRecord env, UUID userId, ConnectorDescriptor d) {
        return new ConnectionHttp(
                userId,
                env.id(),
                providers.require(d.provider()),
                providers.client(env, d),
                tokens,
                urls,
                concurrency,
                limiter,
                apps.of(env, d).ref(),
                clock);
    }
}
