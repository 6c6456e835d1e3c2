package io.tributary.server.connection;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.AuthFlowStore.AuthFlow;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * OAuth 2.0 authorization code (RFC 6749 §4.1) with PKCE S256 where the descriptor asks for it (RFC 7636): the
 * authorize URL with {@code state} and the code challenge, then the code exchanged at the token endpoint.
 */
@Component
class OAuth2Flow implements AuthFlowHandler {
    private static final Logger log = LoggerFactory.getLogger(OAuth2Flow.class);
    private final OAuthClient oauth;
    private final ProviderUrls urls;
    private final SecretBox secrets;
    private final ProviderSettings providers;
    private final AppContexts apps;
    private final AccountStore accounts;

    OAuth2Flow(
            OAuthClient oauth,
            ProviderUrls urls,
            SecretBox secrets,
            ProviderSettings providers,
            AppContexts apps,
            AccountStore accounts) {
        this.oauth = oauth;
        this.urls = urls;
        this.secrets = secrets;
        this.providers = providers;
        this.apps = apps;
        this.accounts = accounts;
    }

    @Override
    public AuthKind kind() {
        return AuthKind.OAUTH2;
    }

    @Override
    public Begun begin(ConnectorDescriptor d, ProviderSettings.Client client, String state, String redirectUri) {
        return new Begun(d.oauth2().pkce() ? OAuthCrypto.pkceVerifier() : null, null);
    }

    @Override
    public String authorizationUrl(
            ConnectorDescriptor d, ProviderSettings.Client client, Begun begun, String state, String redirectUri) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("response_type", "code");
        q.put("client_id", client.clientId());
        q.put("redirect_uri", redirectUri);
        if (!client.scopes().isEmpty()) q.put("scope", String.join(d.oauth2().scopeSeparator(), client.scopes()));
        q.put("state", state);
        if (begun.pkceVerifier() != null) {
            q.put("code_challenge", OAuthCrypto.pkceChallenge(begun.pkceVerifier()));
            q.put("code_challenge_method", "S256");
        }
        return OAuthCrypto.withQuery(urls.forBrowser(d.oauth2().authorizeUrl()), q);
    }

    @Override
    public Exchanged exchange(
            ConnectorDescriptor d, ProviderSettings.Client client, AuthFlow flow, Map<String, String> params) {
        String code = params.get("code");
        if (code == null || code.isBlank()) return new Exchanged.Failed("invalid_callback");
        Connector connector = providers.require(d.provider());
        try {
            var env = accounts.findEnvironment(flow.environmentId()).orElseThrow();
            return new Exchanged.Tokens(oauth.exchangeCode(
                    connector,
                    apps.of(env, connector),
                    client,
                    code,
                    flow.redirectUri(),
                    secrets.decrypt(flow.pkceVerifierEnc())));
        } catch (OAuthClient.OAuthError e) {
            log.warn("token exchange with {} failed for flow {}: {}", d.provider(), flow.id(), e.getMessage());
            return new Exchanged.Failed(AuthEngine.REASON_TOKEN_EXCHANGE);
        }
    }
}
