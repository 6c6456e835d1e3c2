package io.tributary.server.connection;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorDescriptor.CredentialField;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.AuthFlowStore;
import io.tributary.server.storage.AuthFlowStore.AuthFlow;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Providers that connect with a form ({@code AuthKind.CREDENTIALS}): Tributary serves the form of the descriptor's
 * {@link ConnectorDescriptor#credentialFields()} at {@code /v2/auth/credentials/<provider>}, and the submitted values
 * are stored encrypted as one JSON object on the connection. The connector receives them from {@code
 * ProviderHttp.credentials()} on every pull. The first non-secret field is the provider account.
 */
@Component
class CredentialsFlow implements AuthFlowHandler {
    private final ProviderUrls urls;
    private final ProviderSettings providers;
    private final AuthFlowStore flows;
    private final AccountStore accounts;
    private final AuthCompletion completion;
    private final SecretBox secrets;
    private final JsonMapper json;
    private final Clock clock;

    CredentialsFlow(
            ProviderUrls urls,
            ProviderSettings providers,
            AuthFlowStore flows,
            AccountStore accounts,
            AuthCompletion completion,
            SecretBox secrets,
            JsonMapper json,
            Clock clock) {
        this.urls = urls;
        this.providers = providers;
        this.flows = flows;
        this.accounts = accounts;
        this.completion = completion;
        this.secrets = secrets;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public AuthKind kind() {
        return AuthKind.CREDENTIALS;
    }

    @Override
    public Begun begin(ConnectorDescriptor d, ProviderSettings.Client client, String state, String redirectUri) {
        return Begun.NOTHING;
    }

    @Override
    public String authorizationUrl(
            ConnectorDescriptor d, ProviderSettings.Client client, Begun begun, String state, String redirectUri) {
        return OAuthCrypto.withQuery(
                urls.base() + "/v2/auth/credentials/" + d.provider().toLowerCase(Locale.ROOT), Map.of("state", state));
    }

    /** A credentials provider has no callback: its form posts to {@link #submit}. */
    @Override
    public Exchanged exchange(
            ConnectorDescriptor d, ProviderSettings.Client client, AuthFlow flow, Map<String, String> params) {
        return new Exchanged.InvalidCallback();
    }

    /** The pending flow behind a credentials form, if it can still be used. */
    Optional<AuthFlow> pending(String provider, String state) {
        if (state == null || state.isBlank()) return Optional.empty();
        return flows.findByStateHash(OAuthCrypto.hash(state))
                .filter(f -> f.provider().equalsIgnoreCase(provider))
                .filter(f -> f.consumedAt() == null && !f.expired(clock.instant()));
    }

    List<CredentialField> fields(String provider) {
        return providers.require(provider).descriptor().credentialFields();
    }

    /** Submits the form. Empty when a required field is missing (re-show the form). */
    Optional<AuthEngine.Outcome> submit(String provider, String state, Map<String, String> form, boolean cancel) {
        Optional<AuthFlow> f = pending(provider, state);
        if (f.isEmpty()) return Optional.of(new AuthEngine.Outcome.Page(400, "state_used", null));
        AuthFlow flow = f.get();
        ConnectorDescriptor d = providers.require(flow.provider()).descriptor();
        Map<String, String> values = new LinkedHashMap<>();
        String account = null;
        if (!cancel) {
            for (CredentialField field : d.credentialFields()) {
                String v = form.get(field.name());
                if (v == null || v.isBlank()) return Optional.empty();
                values.put(field.name(), v);
                if (account == null && !field.secret()) account = v.trim();
            }
        }
        if (flows.consume(flow.id()).isEmpty())
            return Optional.of(new AuthEngine.Outcome.Page(400, "state_used", flow.language()));
        EnvironmentRecord env = accounts.findEnvironment(flow.environmentId()).orElseThrow();
        if (cancel) return Optional.of(completion.fail(env, flow, AuthEngine.REASON_CANCELLED));
        OAuthClient.Tokens none = new OAuthClient.Tokens(null, null, null, null, null, account);
        return Optional.of(
                completion.complete(env, flow, d, none, secrets.encrypt(json.writeValueAsString(values)), "", account));
    }
}
