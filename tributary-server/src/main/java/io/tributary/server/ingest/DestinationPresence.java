package io.tributary.server.ingest;

import java.util.UUID;

/**
 * Whether an environment has at least one active destination, asked before accepting a {@code to_webhook=true}
 * read (spec decision 6). The delivery/destinations module implements this as a bean; while none exists the data
 * API falls back to {@link io.tributary.server.storage.DestinationPresenceStore} (a {@code destinations} table with
 * {@code environment_id} and {@code active}). With several beans, any "yes" wins.
 */
public interface DestinationPresence {
    boolean hasActiveDestination(UUID environmentId);
}
