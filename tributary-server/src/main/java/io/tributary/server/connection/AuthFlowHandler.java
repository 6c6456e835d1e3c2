package io.tributary.server.connection;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.server.storage.AuthFlowStore.AuthFlow;
import java.util.Map;

/**
 * One auth kind's part of a connection flow ({@link OAuth2Flow}, {@link OAuth1Flow}, {@link CredentialsFlow},
 * {@link SdkFlow}). {@link AuthEngine} does what every kind shares (checks, the provisional user, the single-use
 * {@code state}, the flow row) and {@link AuthCompletion} the outcome; a handler adds only what its kind needs before
 * the browser leaves and when it comes back.
 */
interface AuthFlowHandler {
    AuthKind kind();

    /** Work before the flow row is stored: a PKCE verifier, an OAuth 1.0a request token. */
    Begun begin(ConnectorDescriptor d, ProviderSettings.Client client, String state, String redirectUri);

    /** Where the browser goes to grant access. */
    String authorizationUrl(
            ConnectorDescriptor d, ProviderSettings.Client client, Begun begun, String state, String redirectUri);

    /**
     * The provider's callback ({@code /v2/auth/callback/<provider>}) for a flow that was found and consumed, with no
     * {@code error} parameter: the tokens, or why the flow fails.
     */
    Exchanged exchange(
            ConnectorDescriptor d, ProviderSettings.Client client, AuthFlow flow, Map<String, String> params);

    /**
     * What {@link #begin} produced, stored with the flow.
     *
     * @param pkceVerifier the PKCE code verifier (plain; encrypted in the flow row), or null
     * @param requestToken the OAuth 1.0a request token, or null
     */
    record Begun(String pkceVerifier, OAuthClient.RequestToken requestToken) {
        static final Begun NOTHING = new Begun(null, null);
    }

    /** The result of a callback: tokens, a failure reason for the {@code auth} error event, or a 400 page. */
    sealed interface Exchanged {
        record Tokens(OAuthClient.Tokens tokens) implements Exchanged {}

        record Failed(String reason) implements Exchanged {}

        record InvalidCallback() implements Exchanged {}
    }
}
