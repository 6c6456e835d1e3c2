package io.tributary.server.shared;

import java.util.UUID;

/**
 * One of a developer's three environments. Every authenticated request resolves to exactly one of these
 * and all data access is scoped by its {@code id}. It lives in {@code shared}, below storage, because it is the
 * tenant that every layer passes along (controllers included), while storage only reads and writes it.
 */
public record EnvironmentRecord(UUID id, UUID developerId, String name, String devId, Integer userCap) {
    public boolean capped() {
        return userCap != null;
    }
}
