package io.tributary.server.storage;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether an environment has an active, not deleted destination (the delivery module's {@code destinations}
 * table): the data API asks before accepting a {@code to_webhook=true} read (docs/decisions.md#6).
 */
@Repository
public class DestinationPresenceStore {
    private final JdbcClient jdbc;

    public DestinationPresenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean hasActiveDestination(UUID environmentId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM destinations WHERE environment_id = ? AND active"
                        + " AND deleted_at IS NULL)")
                .param(environmentId)
                .query(Boolean.class)
                .single();
    }
}
