package io.tributary.server.connection;

import io.tributary.connectors.AppContext;
import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.Connector;
import io.tributary.connectors.KeyValueStore;
import io.tributary.connectors.ProviderHttp;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.ConnectorStateStore;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link AppContext} a connector gets for work of a developer app rather than of one connection: the
 * environment's app ({@link ProviderApps#of}), HTTP without user credentials on the provider's concurrency slots,
 * the app's key-value store, the clock, the effective URLs and the hook URL. Used for token requests ({@link
 * Connector#tokenRequestParameters}).
 */
@Component
public class AppContexts {
    private final ProviderApps apps;
    private final ProviderSettings providers;
    private final ProviderConcurrency concurrency;
    private final ProviderRateLimiter limiter;
    private final ConnectorStateStore state;
    private final ProviderUrls urls;
    private final Clock clock;

    // not ConnectionHttpFactory: TokenService needs this class, and connection HTTP needs TokenService
    public AppContexts(
            ProviderApps apps,
            ProviderSettings providers,
            ProviderConcurrency concurrency,
            ProviderRateLimiter limiter,
            ConnectorStateStore state,
            ProviderUrls urls,
            Clock clock) {
        this.apps = apps;
        this.providers = providers;
        this.concurrency = concurrency;
        this.limiter = limiter;
        this.state = state;
        this.urls = urls;
        this.clock = clock;
    }

    public AppContext of(EnvironmentRecord env, Connector connector) {
        var d = connector.descriptor();
        AppCredentials app = apps.of(env, d);
        return new Context(
                app,
                // no user: the connector adds what the provider wants (a signature, the client id)
                new ConnectionHttp(
                        null,
                        env.id(),
                        connector,
                        providers.client(env, d),
                        null,
                        urls,
                        concurrency,
                        limiter,
                        app.ref(),
                        clock),
                state.forApp(d.provider(), app.ref()),
                clock,
                d.urls(),
                urls.base() + "/v2/hooks/" + d.provider().toLowerCase(Locale.ROOT));
    }

    record Context(
            AppCredentials app,
            ProviderHttp http,
            KeyValueStore store,
            Clock clock,
            Map<String, String> urlMap,
            String hookUrl)
            implements AppContext {
        @Override
        public String url(String key) {
            String u = urlMap.get(key);
            return u == null ? null : (u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
        }
    }
}
