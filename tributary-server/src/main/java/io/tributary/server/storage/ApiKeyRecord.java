package io.tributary.server.storage;

import java.time.Instant;
import java.util.UUID;

public record ApiKeyRecord(
        String id,
        UUID environmentId,
        String prefix,
        byte[] keyHash,
        String label,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt) {}
