package io.tributary.server.connection;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.server.account.UserService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.Ids;
import io.tributary.server.shared.SecretHash;
import io.tributary.server.storage.AuthFlowStore.AuthFlow;
import io.tributary.server.storage.SdkStore;
import io.tributary.server.storage.SdkStore.SdkConnection;
import io.tributary.server.storage.User;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On-device sources ({@code AuthKind.SDK}: Apple Health, Health Connect, Samsung Health) have no web flow: the
 * developer's backend gets a single-use token ({@code generateAuthToken}, {@link SdkTokenService}) and the app
 * redeems it at {@code POST /v2/sdk/connect} ({@link #connect}), which creates the connected user and its
 * per-connection secret (docs/sdk.md). Starting a web flow for such a provider is refused with that explanation.
 */
@Component
public class SdkFlow implements AuthFlowHandler {
    private final SdkTokenService tokens;
    private final ProviderSettings providers;
    private final UserService users;
    private final SdkStore store;
    private final AuthCompletion completion;
    private final TransactionTemplate tx;

    SdkFlow(
            SdkTokenService tokens,
            ProviderSettings providers,
            UserService users,
            SdkStore store,
            AuthCompletion completion,
            TransactionTemplate tx) {
        this.tokens = tokens;
        this.providers = providers;
        this.users = users;
        this.store = store;
        this.completion = completion;
        this.tx = tx;
    }

    @Override
    public AuthKind kind() {
        return AuthKind.SDK;
    }

    @Override
    public Begun begin(ConnectorDescriptor d, ProviderSettings.Client client, String state, String redirectUri) {
        throw ApiException.badRequest("provider " + d.provider() + " connects through the mobile SDK, not a web"
                + " flow: create a token with POST /v2/auth/generateAuthToken and call initConnection in the app");
    }

    @Override
    public String authorizationUrl(
            ConnectorDescriptor d, ProviderSettings.Client client, Begun begun, String state, String redirectUri) {
        throw new IllegalStateException("SDK providers have no authorization URL");
    }

    @Override
    public Exchanged exchange(
            ConnectorDescriptor d, ProviderSettings.Client client, AuthFlow flow, Map<String, String> params) {
        return new Exchanged.InvalidCallback();
    }

    /** A connected SDK user and the secret its app authenticates with (shown once, stored hashed). */
    public record Connected(User user, String secret) {}

    /** Redeems the token and creates the connection; the same {@code device_id} again replaces the old user. */
    public Connected connect(String token, String provider, String referenceId, String deviceId) {
        List<String> sdkProviders = providers.all().stream()
                .map(c -> c.descriptor())
                .filter(d -> d.authKind() == AuthKind.SDK)
                .map(ConnectorDescriptor::provider)
                .toList();
        String p = provider == null ? null : provider.trim().toUpperCase(Locale.ROOT);
        if (p == null || !sdkProviders.contains(p))
            throw ApiException.badRequest("provider must be one of " + String.join(", ", sdkProviders));
        if (token == null || token.isBlank()) throw ApiException.badRequest("token is missing");
        EnvironmentRecord env = tokens.redeem(token)
                .orElseThrow(() -> ApiException.unauthorized(
                        "invalid token: unknown, expired or already used (tokens from generateAuthToken are single use"
                                + " and valid for 180 s)"));
        String device = deviceId == null || deviceId.isBlank() ? null : deviceId;
        String secret = "sdk_" + Ids.randomToken(48);
        User user = tx.execute(s -> completion.connect(
                env,
                p,
                device,
                null,
                false,
                () -> users.createAuthenticated(env, p, referenceId, null, device),
                nu -> store.insertConnection(
                        new SdkConnection(nu.id(), env.id(), p, device, SecretHash.sha256(secret))),
                referenceId,
                null));
        return new Connected(user, secret);
    }
}
