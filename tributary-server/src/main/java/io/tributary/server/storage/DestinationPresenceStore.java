package io.tributary.server.storage;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Fallback answer to "does this environment have an active destination?" for as long as no delivery module
 * provides its own {@code DestinationPresence} bean: looks for a {@code destinations} table with {@code
 * environment_id} and {@code active} columns and answers from it; without such a table the answer is no.
 */
@Repository
public class DestinationPresenceStore {
    private final JdbcClient jdbc;
    private volatile Boolean tableUsable;

    public DestinationPresenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean hasActiveDestination(UUID environmentId) {
        if (!tableUsable()) return false;
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM destinations WHERE environment_id = ? AND active)")
                .param(environmentId)
                .query(Boolean.class)
                .single();
    }

    private boolean tableUsable() {
        Boolean t = tableUsable;
        if (t == null || !t) {
            t = jdbc.sql("SELECT count(*) = 2 FROM information_schema.columns WHERE table_schema = current_schema()"
                            + " AND table_name = 'destinations' AND column_name IN ('environment_id', 'active')")
                    .query(Boolean.class)
                    .single();
            tableUsable = t;
        }
        return t;
    }
}
