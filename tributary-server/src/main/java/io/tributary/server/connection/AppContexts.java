package io.tributary.server.connection;

import io.tributary.connectors.AppContext;
import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.Connector;
import io.tributary.connectors.KeyValueStore;
import io.tributary.connectors.ProviderHttp;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.ConnectorStateStore;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link AppContext} a connector gets for work of a developer app rather than of one connection: the
 * environment's app ({@link ProviderApps#of}), HTTP without user credentials on the provider's concurrency slots,
 * the app's key-value store, the clock, the effective URLs and the hook URL. Used for token requests ({@link
 * Connector#tokenRequestParameters}) and app upkeep ({@link Connector#maintainApp}).
 */
@Component
public class AppContexts {
    /** The concurrency scope of the deployment-wide client, which belongs to no one environment. */
    private static final UUID DEPLOYMENT_SCOPE = new UUID(0, 0);

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
        return of(connector, app, env.id(), providers.client(env, d));
    }

    /**
     * The context of one configured app ({@link ProviderApps#all}: an environment's own, or the deployment's
     * default, which belongs to no one environment), for app upkeep ({@link Connector#maintainApp}).
     */
    public AppContext of(Connector connector, AppCredentials app) {
        boolean deployment = DeploymentClients.REF.equals(app.ref());
        UUID scope = deployment ? DEPLOYMENT_SCOPE : UUID.fromString(app.ref());
        var client = new ProviderSettings.Client(app.clientId(), app.clientSecret(), null, List.of());
        return of(connector, app, scope, client);
    }

    private AppContext of(Connector connector, AppCredentials app, UUID scope, ProviderSettings.Client client) {
        var d = connector.descriptor();
        return new Context(
                app,
                // no user: the connector adds what the provider wants (a signature, the client id)
                new ConnectionHttp(null, scope, connector, client, null, urls, concurrency, limiter, app.ref(), clock),
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
