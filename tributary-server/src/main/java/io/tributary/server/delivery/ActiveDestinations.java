package io.tributary.server.delivery;

import io.tributary.server.ingest.DestinationPresence;
import io.tributary.server.storage.DestinationStore;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Answers the data API's "is there somewhere to send this?" ({@code to_webhook=true}, decision 6). */
@Component
public class ActiveDestinations implements DestinationPresence {
    private final DestinationStore store;

    public ActiveDestinations(DestinationStore store) {
        this.store = store;
    }

    @Override
    public boolean hasActiveDestination(UUID environmentId) {
        return store.hasActive(environmentId);
    }
}
