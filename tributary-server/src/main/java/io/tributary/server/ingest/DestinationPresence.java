package io.tributary.server.ingest;

import java.util.UUID;

/**
 * Whether an environment has at least one active destination, asked before accepting a {@code to_webhook=true}
 * read (docs/decisions.md#6). The answer is {@link io.tributary.server.storage.DestinationPresenceStore} (the
 * delivery module's {@code destinations} table) or any bean of this type saying yes: a hook for destinations
 * kept elsewhere, and for tests.
 */
public interface DestinationPresence {
    boolean hasActiveDestination(UUID environmentId);
}
