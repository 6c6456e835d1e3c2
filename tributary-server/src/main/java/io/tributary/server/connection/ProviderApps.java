package io.tributary.server.connection;

import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.storage.ProviderConfigStore;
import io.tributary.server.storage.ProviderConfigStore.ProviderConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The developer apps registered at a provider, as connectors see them ({@link AppCredentials}): one per
 * environment with its own keys ({@code ref} = the environment id) and the deployment's default client ({@code ref}
 * {@value DeploymentClients#REF}), which serves every environment without keys of its own.
 */
@Component
public class ProviderApps {
    private final ProviderConfigStore configs;
    private final SecretBox secrets;
    private final DeploymentClients deployment;

    public ProviderApps(ProviderConfigStore configs, SecretBox secrets, DeploymentClients deployment) {
        this.configs = configs;
        this.secrets = secrets;
        this.deployment = deployment;
    }

    /** Every app configured for the provider (the candidates a push is verified against). */
    public List<AppCredentials> all(ConnectorDescriptor d) {
        List<AppCredentials> out = new ArrayList<>();
        for (ProviderConfig c : configs.listForProvider(d.provider()))
            if (c.hasClientCredentials())
                out.add(new AppCredentials(
                        c.environmentId().toString(), c.clientId(), secrets.decrypt(c.clientSecretEnc())));
        deployment
                .of(d)
                .ifPresent(k -> out.add(new AppCredentials(DeploymentClients.REF, k.clientId(), k.clientSecret())));
        return out;
    }

    /** The app an environment's connections use. */
    public AppCredentials of(EnvironmentRecord env, ConnectorDescriptor d) {
        var own = configs.find(env.id(), d.provider()).filter(ProviderConfig::hasClientCredentials);
        if (own.isPresent())
            return new AppCredentials(
                    env.id().toString(),
                    own.get().clientId(),
                    secrets.decrypt(own.get().clientSecretEnc()));
        return deployment
                .of(d)
                .map(k -> new AppCredentials(DeploymentClients.REF, k.clientId(), k.clientSecret()))
                .orElse(new AppCredentials(env.id().toString(), null, null));
    }

    /** Whether connections of {@code environmentId} belong to the app {@code app} (a push of that app may reach them). */
    public boolean serves(AppCredentials app, ConnectorDescriptor d, UUID environmentId) {
        if (!DeploymentClients.REF.equals(app.ref())) return app.ref().equals(environmentId.toString());
        return configs.find(environmentId, d.provider())
                .filter(ProviderConfig::hasClientCredentials)
                .isEmpty();
    }
}
