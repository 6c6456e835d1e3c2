package io.tributary.connectors;

import io.tributary.model.DataType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a notification asks of one connection. */
public sealed interface PushAction {
    /** The payload carried the data itself: ingest these records. */
    record Ingest(List<MappedRecord> records) implements PushAction {
        public Ingest {
            records = List.copyOf(records);
        }
    }

    /**
     * The notification announced data to fetch (a ping): the server schedules {@link Connector#fetch} for this
     * window, with {@code hints} in {@link FetchRequest#hints()}, and answers the provider at once.
     */
    record Fetch(DataType type, Instant start, Instant end, Map<String, String> hints) implements PushAction {
        public Fetch {
            hints = hints == null ? Map.of() : Map.copyOf(hints);
        }
    }

    /** The user disconnected at the provider (or the provider deregistered them): {@code deauth}. */
    record Deauthorized() implements PushAction {}

    /** The user withdrew the app's access at the provider: {@code access_revoked}. */
    record AccessRevoked() implements PushAction {}

    /**
     * The user changed what the app may read: {@code permission_change}. The server compares with the stored
     * scopes to fill {@code scopes_added} / {@code scopes_removed}.
     *
     * @param scopes every permission granted now, as the provider names them
     */
    record PermissionsChanged(List<String> scopes) implements PushAction {
        public PermissionsChanged {
            scopes = List.copyOf(scopes);
        }
    }
}
