package io.tributary.server.connection;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.storage.AuthFlowStore.AuthFlow;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * OAuth 1.0a three-legged (RFC 5849): a request token before the browser leaves (its callback carries our {@code
 * state}), the user authorizes it at the provider, and the verifier is exchanged for the access token and secret.
 */
@Component
class OAuth1Flow implements AuthFlowHandler {
    private static final Logger log = LoggerFactory.getLogger(OAuth1Flow.class);
    private final OAuthClient oauth;
    private final ProviderUrls urls;
    private final SecretBox secrets;

    OAuth1Flow(OAuthClient oauth, ProviderUrls urls, SecretBox secrets) {
        this.oauth = oauth;
        this.urls = urls;
        this.secrets = secrets;
    }

    @Override
    public AuthKind kind() {
        return AuthKind.OAUTH1;
    }

    @Override
    public Begun begin(ConnectorDescriptor d, ProviderSettings.Client client, String state, String redirectUri) {
        try {
            return new Begun(
                    null, oauth.requestToken(d, client, OAuthCrypto.withQuery(redirectUri, Map.of("state", state))));
        } catch (OAuthClient.OAuthError e) {
            log.warn("OAuth 1.0a request token from {} failed: {}", d.provider(), e.getMessage());
            throw new ApiException(
                    HttpStatus.BAD_GATEWAY,
                    "provider " + d.provider() + " did not issue a request token (" + e.getMessage() + ")");
        }
    }

    @Override
    public String authorizationUrl(
            ConnectorDescriptor d, ProviderSettings.Client client, Begun begun, String state, String redirectUri) {
        return OAuthCrypto.withQuery(
                urls.forBrowser(d.oauth1().authorizeUrl()),
                Map.of("oauth_token", begun.requestToken().token()));
    }

    /** A callback whose {@code oauth_token} is not the flow's request token is refused before the flow is used. */
    static boolean tokenMismatch(AuthFlow flow, Map<String, String> params) {
        String oauthToken = params.get("oauth_token");
        return oauthToken != null && !oauthToken.equals(flow.requestToken());
    }

    @Override
    public Exchanged exchange(
            ConnectorDescriptor d, ProviderSettings.Client client, AuthFlow flow, Map<String, String> params) {
        if ("true".equals(params.get("denied"))) return new Exchanged.Failed(AuthEngine.REASON_CANCELLED);
        String verifier = params.get("oauth_verifier");
        if (verifier == null || verifier.isBlank()) return new Exchanged.Failed("invalid_callback");
        try {
            return new Exchanged.Tokens(oauth.accessToken(
                    d, client, flow.requestToken(), secrets.decrypt(flow.requestTokenSecretEnc()), verifier));
        } catch (OAuthClient.OAuthError e) {
            log.warn("token exchange with {} failed for flow {}: {}", d.provider(), flow.id(), e.getMessage());
            return new Exchanged.Failed(AuthEngine.REASON_TOKEN_EXCHANGE);
        }
    }
}
