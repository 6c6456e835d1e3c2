package io.tributary.server.support;

import io.tributary.server.ingest.DestinationPresence;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Test double of the delivery module's {@link DestinationPresence}: environments a test marks here have an active
 * destination. (A real bean, once present, is asked too; any "yes" wins.)
 */
@Component
public class TestDestinations implements DestinationPresence {
    private static final Set<UUID> WITH_DESTINATION = ConcurrentHashMap.newKeySet();

    public static void add(UUID environmentId) {
        WITH_DESTINATION.add(environmentId);
    }

    @Override
    public boolean hasActiveDestination(UUID environmentId) {
        return WITH_DESTINATION.contains(environmentId);
    }
}
