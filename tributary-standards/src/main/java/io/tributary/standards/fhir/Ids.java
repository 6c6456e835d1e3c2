package io.tributary.standards.fhir;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Resource ids derived from what the resource is (name-based UUIDs): exporting the same stored object twice gives
 * the same ids, so a FHIR server loading a later export updates its resources instead of duplicating them.
 */
public final class Ids {
    private Ids() {}

    public static String of(String resourceType, String userId, String key) {
        return UUID.nameUUIDFromBytes((resourceType + "|" + userId + "|" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
