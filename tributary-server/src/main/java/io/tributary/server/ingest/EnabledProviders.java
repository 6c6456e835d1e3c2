package io.tributary.server.ingest;

import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.server.shared.EnvironmentRecord;
import java.util.List;

/**
 * The providers an environment offers to its users ({@code GET /v2/integrations/detailed} with a {@code dev-id}).
 * The connection module implements this as a bean from its enabled-provider table; until then every registered
 * connector counts as enabled (see {@link Integrations}).
 */
public interface EnabledProviders {
    List<ConnectorDescriptor> enabled(EnvironmentRecord env);
}
