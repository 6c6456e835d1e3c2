package io.tributary.server.delivery;

import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A destination as a {@link DestinationSender} sees it.
 *
 * @param id {@code dst_…}
 * @param version changes every time the destination is edited (cache key together with {@code id})
 * @param environmentName {@code testing}, {@code staging} or {@code production}
 * @param config the type-specific configuration as returned by {@link DestinationSender#validateConfig}, with
 *     secret fields decrypted
 * @param timeout how long one send may take (webhook: the HTTP timeout)
 */
public record DestinationConfig(
        String id,
        long version,
        UUID environmentId,
        String environmentName,
        String type,
        JsonNode config,
        Duration timeout) {

    public String text(String field) {
        JsonNode n = config.get(field);
        return n == null || n.isNull() ? null : n.asString();
    }
}
