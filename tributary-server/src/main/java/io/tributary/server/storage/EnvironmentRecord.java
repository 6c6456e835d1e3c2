package io.tributary.server.storage;

import java.util.UUID;

/**
 * One of a developer's three environments. Every authenticated request resolves to exactly one of these
 * and all data access is scoped by its {@code id}.
 */
public record EnvironmentRecord(UUID id, UUID developerId, String name, String devId, Integer userCap) {
    public boolean capped() {
        return userCap != null;
    }
}
