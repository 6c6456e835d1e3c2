package io.tributary.server.storage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A configured destination. {@code configJson} is the type-specific config with secret fields still
 * encrypted; {@code retryScheduleSeconds}, {@code timeoutMs} and {@code healthcheckIntervalSeconds} are null
 * when the global default applies.
 */
public record DestinationRecord(
        String id,
        UUID environmentId,
        String type,
        String configJson,
        boolean active,
        String disabledReason,
        Integer timeoutMs,
        List<Integer> retryScheduleSeconds,
        boolean healthcheckEnabled,
        Integer healthcheckIntervalSeconds,
        Instant lastHealthcheckAt,
        long version,
        Instant createdAt,
        Instant updatedAt) {}
