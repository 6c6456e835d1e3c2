package io.tributary.server.connection;

import io.tributary.connectors.ConnectorDescriptor;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Deployment-wide default OAuth clients: {@code TRIBUTARY_<PROVIDER>_CLIENT_ID} and {@code _CLIENT_SECRET} (or the
 * properties {@code tributary.<provider>.client-id} / {@code client-secret}), used by every environment that has
 * not set its own keys with {@code PATCH /v2/dashboard/providerKeys}. The provider names come from the
 * descriptors.
 */
@Component
public class DeploymentClients {
    /** {@link io.tributary.connectors.AppCredentials#ref()} of the deployment's default app. */
    public static final String REF = "default";

    private final Environment env;

    public DeploymentClients(Environment env) {
        this.env = env;
    }

    public record Credentials(String clientId, String clientSecret) {}

    public Optional<Credentials> of(ConnectorDescriptor d) {
        String id = setting(d, "CLIENT_ID");
        String secret = setting(d, "CLIENT_SECRET");
        return id == null || secret == null ? Optional.empty() : Optional.of(new Credentials(id, secret));
    }

    private String setting(ConnectorDescriptor d, String key) {
        String v = env.getProperty(d.envVar(key));
        if (v == null || v.isBlank())
            v = env.getProperty("tributary." + d.provider().toLowerCase(Locale.ROOT) + "."
                    + key.toLowerCase(Locale.ROOT).replace('_', '-'));
        return v == null || v.isBlank() ? null : v.trim();
    }
}
