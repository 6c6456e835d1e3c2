package io.tributary.server.connection;

import io.tributary.connectors.ProviderHttp;
import io.tributary.server.ingest.ProviderAccess;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.User;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Authenticated provider HTTP for the data module's on-demand pulls: the connection's {@link ConnectionHttp}. */
@Component
public class ConnectionProviderAccess implements ProviderAccess {
    private final ProviderSettings providers;
    private final TokenService tokens;
    private final ProviderUrls urls;
    private final AccountStore accounts;
    private final Clock clock;

    public ConnectionProviderAccess(
            ProviderSettings providers, TokenService tokens, ProviderUrls urls, AccountStore accounts, Clock clock) {
        this.providers = providers;
        this.tokens = tokens;
        this.urls = urls;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public ProviderHttp http(User user) {
        var connector = providers.connector(user.provider()).orElse(null);
        var env = accounts.findEnvironment(user.environmentId()).orElse(null);
        if (connector == null || env == null) return null;
        var d = connector.descriptor();
        return new ConnectionHttp(user.id(), d, providers.client(env, d), tokens, urls, clock);
    }

    @Override
    public Map<String, String> attributes(User user) {
        return Map.of();
    }
}
