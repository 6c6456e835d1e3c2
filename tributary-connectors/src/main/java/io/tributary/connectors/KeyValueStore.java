package io.tributary.connectors;

import java.util.Map;
import java.util.Optional;

/**
 * Small per-connection state a connector keeps between calls (subscription ids, cursors, the last backfill
 * asked for), offered by the server and stored with the connection; deleted with it. Values are short strings
 * (JSON if structured); not for payloads.
 */
public interface KeyValueStore {
    Optional<String> get(String key);

    void put(String key, String value);

    void delete(String key);

    /** Every entry whose key starts with {@code prefix} (empty prefix: all), by key. */
    Map<String, String> list(String prefix);
}
