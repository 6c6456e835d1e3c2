package io.tributary.server.connection;

import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.ConnectionContext;
import io.tributary.connectors.Connector;
import io.tributary.connectors.KeyValueStore;
import io.tributary.connectors.ProviderHttp;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.ConnectorStateStore;
import io.tributary.server.storage.User;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link ConnectionContext} a connector gets for one connection: the connection's authenticated
 * {@link ProviderHttp}, its key-value store, the clock, the descriptor's effective URLs, the environment's app and
 * the hook URL.
 */
@Component
public class ConnectionContexts {
    private final ProviderSettings providers;
    private final ProviderApps apps;
    private final TokenService tokens;
    private final ProviderUrls urls;
    private final ConnectorStateStore state;
    private final Clock clock;
    private final ConnectionHttpFactory httpFactory;

    public ConnectionContexts(
            ProviderSettings providers,
            ProviderApps apps,
            TokenService tokens,
            ProviderUrls urls,
            ConnectorStateStore state,
            Clock clock,
            ConnectionHttpFactory httpFactory) {
        this.providers = providers;
        this.apps = apps;
        this.tokens = tokens;
        this.urls = urls;
        this.state = state;
        this.clock = clock;
        this.httpFactory = httpFactory;
    }

    public ConnectionContext of(EnvironmentRecord env, User user, Connector connector) {
        var d = connector.descriptor();
        ProviderHttp http = httpFactory.forConnection(env, user.id(), d);
        Set<String> scopes = user.scopes() == null
                ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(user.scopes().split("\\s*,\\s*")));
        return new Context(
                user.id().toString(),
                user.providerUserId(),
                http,
                state.forConnection(user.id()),
                clock,
                d.urls(),
                apps.of(env, d),
                scopes,
                urls.base() + "/v2/hooks/" + d.provider().toLowerCase(Locale.ROOT));
    }

    record Context(
            String userId,
            String providerUserId,
            ProviderHttp http,
            KeyValueStore store,
            Clock clock,
            Map<String, String> urlMap,
            AppCredentials app,
            Set<String> scopes,
            String hookUrl)
            implements ConnectionContext {
        @Override
        public String url(String key) {
            String u = urlMap.get(key);
            return u == null ? null : (u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
        }

        public Map<String, String> attributes() {
            return Map.of();
        }
    }
}
