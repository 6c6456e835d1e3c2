package io.tributary.server.account;

import io.tributary.server.storage.EnvironmentRecord;
import java.util.List;

/**
 * Which providers an environment offers to its end users (widget, authenticateUser, {@code
 * /v2/integrations/detailed} with a {@code dev-id}): provider names in registry order.
 */
public interface EnabledProviders {
    List<String> enabledProviders(EnvironmentRecord env);
}
