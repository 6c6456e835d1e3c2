package io.tributary.server.connection;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.server.shared.EnvironmentRecord;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Revokes tokens at the provider (RFC 7009) in the background, best effort: a provider that is down must not
 * stop a user from leaving. Providers without a revoke URL are skipped.
 */
@Component
public class TokenRevoker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TokenRevoker.class);
    private final ProviderSettings providers;
    private final OAuthClient oauth;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "tributary-revoke");
        t.setDaemon(true);
        return t;
    });

    public TokenRevoker(ProviderSettings providers, OAuthClient oauth) {
        this.providers = providers;
        this.oauth = oauth;
    }

    public void revokeLater(EnvironmentRecord env, ConnectorDescriptor d, String accessToken, String refreshToken) {
        if (d.authKind() != AuthKind.OAUTH2 || d.oauth2().revokeUrl() == null) return;
        ProviderSettings.Client client = providers.client(env, d);
        executor.submit(() -> revokeNow(d, client, accessToken, refreshToken));
    }

    void revokeNow(ConnectorDescriptor d, ProviderSettings.Client client, String accessToken, String refreshToken) {
        try {
            if (refreshToken != null) oauth.revoke(d, client, refreshToken, "refresh_token");
            if (accessToken != null) oauth.revoke(d, client, accessToken, "access_token");
            log.info("revoked tokens at {}", d.provider());
        } catch (OAuthClient.OAuthError e) {
            log.warn("token revocation at {} failed: {}", d.provider(), e.getMessage());
        } catch (RuntimeException e) {
            log.warn("token revocation at {} failed", d.provider(), e);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
