package io.tributary.server.connection;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.Connectors;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.storage.ProviderConfigStore;
import io.tributary.server.storage.ProviderConfigStore.ProviderConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Which providers an environment offers, with whose OAuth client. A provider is offered when it is enabled
 * (explicitly, or by default: the sandbox in testing/staging, providers that need no keys everywhere, providers
 * that need keys once the keys are set) and, if it needs developer credentials, those are set.
 */
@Service
public class ProviderSettings {
    private final Connectors connectors;
    private final ProviderConfigStore configs;
    private final SecretBox secrets;
    private final DeploymentClients deployment;

    public ProviderSettings(
            Connectors connectors, ProviderConfigStore configs, SecretBox secrets, DeploymentClients deployment) {
        this.connectors = connectors;
        this.configs = configs;
        this.secrets = secrets;
        this.deployment = deployment;
    }

    /** The environment's own keys, or the deployment's default client for the provider. */
    private boolean hasClient(ConnectorDescriptor d, ProviderConfig c) {
        return c.hasClientCredentials() || deployment.of(d).isPresent();
    }

    /** The OAuth client to use for a provider in an environment. */
    public record Client(String clientId, String clientSecret, String redirectUrl, List<String> scopes) {}

    public Optional<Connector> connector(String provider) {
        return connectors.find(provider);
    }

    public Connector require(String provider) {
        if (provider == null || provider.isBlank())
            throw ApiException.badRequest("missing 'resource' (or 'provider'): name the provider to connect, one of "
                    + String.join(", ", configuredProviders()));
        return connectors
                .find(provider.trim())
                .orElseThrow(() -> ApiException.notFound("unknown provider '" + provider
                        + "': see GET /v2/integrations for the providers this server supports"));
    }

    /** The providers this server is configured with (its registered connectors), in registry order. */
    public List<String> configuredProviders() {
        return connectors.all().stream().map(c -> c.descriptor().provider()).toList();
    }

    public List<Connector> all() {
        return connectors.all();
    }

    public ProviderConfig config(EnvironmentRecord env, String provider) {
        return configs.find(env.id(), provider).orElse(ProviderConfig.empty(env.id(), provider));
    }

    boolean defaultEnabled(EnvironmentRecord env, ConnectorDescriptor d, ProviderConfig c) {
        if (d.enabledByDefaultInTesting()) return !"production".equals(env.name());
        if (d.requiresDeveloperCredentials()) return hasClient(d, c);
        return true;
    }

    /** Null when the provider is offered; otherwise why not (a helpful detail for a 400). */
    public String unavailableReason(EnvironmentRecord env, ConnectorDescriptor d) {
        ProviderConfig c = config(env, d.provider());
        boolean enabled = c.enabled() != null ? c.enabled() : defaultEnabled(env, d, c);
        if (d.requiresDeveloperCredentials() && !hasClient(d, c))
            return "provider " + d.provider() + " needs your own client_id and client_secret before users can"
                    + " connect it: set them with PATCH /v2/dashboard/providerKeys {\"resource\":\"" + d.provider()
                    + "\",\"client_id\":…,\"client_secret\":…}";
        if (!enabled)
            return "provider " + d.provider() + " is not enabled in the " + env.name() + " environment: enable it"
                    + " with POST /v2/dashboard/providers {\"provider\":\"" + d.provider() + "\",\"enabled\":true}";
        return null;
    }

    public boolean offered(EnvironmentRecord env, ConnectorDescriptor d) {
        return unavailableReason(env, d) == null;
    }

    /** The providers the environment offers to its users, in registry order. */
    public List<ConnectorDescriptor> enabled(EnvironmentRecord env) {
        List<ConnectorDescriptor> out = new ArrayList<>();
        for (Connector c : connectors.all()) if (offered(env, c.descriptor())) out.add(c.descriptor());
        return out;
    }

    /** Names of the providers {@link #enabled} returns. */
    public List<String> enabledProviders(EnvironmentRecord env) {
        return enabled(env).stream().map(ConnectorDescriptor::provider).toList();
    }

    /** Providers that can be started from the widget (web auth flows, not SDK or file sources). */
    public static boolean webConnectable(ConnectorDescriptor d) {
        return d.authKind() == AuthKind.OAUTH2
                || d.authKind() == AuthKind.OAUTH1
                || d.authKind() == AuthKind.CREDENTIALS;
    }

    public Client client(EnvironmentRecord env, ConnectorDescriptor d) {
        ProviderConfig c = config(env, d.provider());
        List<String> scopes = c.scopes() != null && !c.scopes().isBlank()
                ? splitScopes(c.scopes())
                : d.oauth2() != null ? d.oauth2().defaultScopes() : List.of();
        if (c.hasClientCredentials())
            return new Client(c.clientId(), secrets.decrypt(c.clientSecretEnc()), c.redirectUrl(), scopes);
        var fallback = deployment.of(d);
        if (fallback.isPresent())
            return new Client(fallback.get().clientId(), fallback.get().clientSecret(), c.redirectUrl(), scopes);
        var builtIn = connector(d.provider()).flatMap(Connector::builtInClient);
        if (builtIn.isPresent())
            return new Client(builtIn.get().clientId(), builtIn.get().clientSecret(), c.redirectUrl(), scopes);
        return new Client(null, null, c.redirectUrl(), scopes);
    }

    // ------------------------------------------------------------ dashboard

    public List<ProviderView> describeAll(EnvironmentRecord env) {
        List<ProviderView> out = new ArrayList<>();
        for (Connector c : connectors.all()) out.add(describe(env, c.descriptor()));
        return out;
    }

    /** One provider by name (404 when unknown). */
    public ProviderView describe(EnvironmentRecord env, String provider) {
        return describe(env, require(provider).descriptor());
    }

    public ProviderView describe(EnvironmentRecord env, ConnectorDescriptor d) {
        ProviderConfig c = config(env, d.provider());
        String reason = unavailableReason(env, d);
        return new ProviderView(
                d.provider(),
                d.name(),
                d.setup(),
                d.authKind().name(),
                reason == null,
                c.enabled(),
                defaultEnabled(env, d, c),
                d.requiresDeveloperCredentials(),
                c.clientId(),
                c.clientSecretEnc() == null ? null : mask(secrets.decrypt(c.clientSecretEnc())),
                c.redirectUrl(),
                c.scopes() == null ? null : splitScopes(c.scopes()),
                reason);
    }

    /**
     * Applies a partial update: only non-null arguments change ({@code clear*} flags reset a field).
     *
     * @param scopes comma or space separated
     */
    public ProviderView update(
            EnvironmentRecord env,
            String provider,
            Boolean enabled,
            String clientId,
            String clientSecret,
            String redirectUrl,
            String scopes) {
        ConnectorDescriptor d = require(provider).descriptor();
        ProviderConfig c = config(env, d.provider());
        String newClientId = clientId != null ? blankToNull(clientId) : c.clientId();
        String newSecretEnc = clientSecret != null
                ? (clientSecret.isBlank() ? null : secrets.encrypt(clientSecret))
                : c.clientSecretEnc();
        if (redirectUrl != null && !redirectUrl.isBlank()) RedirectUrls.validate("redirect_url", redirectUrl);
        ProviderConfig n = new ProviderConfig(
                env.id(),
                d.provider(),
                enabled != null ? enabled : c.enabled(),
                newClientId,
                newSecretEnc,
                redirectUrl != null ? blankToNull(redirectUrl) : c.redirectUrl(),
                scopes != null ? blankToNull(String.join(" ", splitScopes(scopes))) : c.scopes());
        if (Boolean.TRUE.equals(n.enabled()) && d.requiresDeveloperCredentials() && !hasClient(d, n))
            throw ApiException.badRequest("provider " + d.provider() + " needs your own client_id and client_secret:"
                    + " include them in the same request");
        configs.upsert(n);
        return describe(env, d);
    }

    public boolean reset(EnvironmentRecord env, String provider) {
        return configs.delete(env.id(), require(provider).descriptor().provider());
    }

    public List<ProviderKeyView> keys(EnvironmentRecord env) {
        List<ProviderKeyView> out = new ArrayList<>();
        for (ProviderConfig c : configs.list(env.id())) {
            if (c.clientId() == null && c.clientSecretEnc() == null && c.redirectUrl() == null) continue;
            out.add(keyJson(c));
        }
        return out;
    }

    /** The stored OAuth client of one provider (404 when the provider is unknown). */
    public ProviderKeyView key(EnvironmentRecord env, String provider) {
        return keyJson(config(env, require(provider).descriptor().provider()));
    }

    ProviderKeyView keyJson(ProviderConfig c) {
        return new ProviderKeyView(
                c.provider(),
                c.clientId(),
                c.clientSecretEnc() == null ? null : mask(secrets.decrypt(c.clientSecretEnc())),
                c.redirectUrl());
    }

    static List<String> splitScopes(String s) {
        return Arrays.stream(s.split("[,\\s]+")).filter(x -> !x.isBlank()).toList();
    }

    /** Shows the last four characters only. */
    public static String mask(String secret) {
        if (secret == null) return null;
        if (secret.length() <= 8) return "********";
        return "********" + secret.substring(secret.length() - 4);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String normalise(String provider) {
        return provider == null ? null : provider.trim().toUpperCase(Locale.ROOT);
    }
}
