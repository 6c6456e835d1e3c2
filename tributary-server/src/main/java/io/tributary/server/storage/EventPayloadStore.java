package io.tributary.server.storage;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a stored event's exact payload (for pre-signed payload links). */
@Repository
public class EventPayloadStore {
    private final JdbcClient jdbc;

    public EventPayloadStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The payload JSON of event {@code id}, as written to the outbox. */
    public Optional<String> payload(String id) {
        return jdbc.sql("SELECT payload::text FROM events WHERE id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }
}
