package io.tributary.server.api;

import io.tributary.server.shared.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** {@code POST /v2/bulkUserInfo}: a JSON array of user_id strings; ids that are not UUIDs match no user. */
public record BulkUserInfoRequest(List<UUID> userIds) {
    private static final String SHAPE = "body must be a JSON array of user_id strings";

    static BulkUserInfoRequest from(WireInput in) {
        JsonNode body = in.body();
        if (body == null || !body.isArray()) throw ApiException.badRequest(SHAPE);
        List<UUID> ids = new ArrayList<>();
        for (JsonNode n : body) {
            if (!n.isString()) throw ApiException.badRequest(SHAPE);
            try {
                ids.add(UUID.fromString(n.asString()));
            } catch (IllegalArgumentException e) {
                // not a UUID: cannot match any user; left out like any unknown id
            }
        }
        return new BulkUserInfoRequest(List.copyOf(ids));
    }
}
