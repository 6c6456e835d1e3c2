package io.tributary.server.api;

import tools.jackson.databind.JsonNode;

/**
 * A destination document as sent (or null without a body): its fields depend on the destination type and are
 * validated by that type's sender, so the object passes through; only the {@code id} is read here.
 */
public record DestinationRequest(JsonNode document) {
    static DestinationRequest from(WireInput in) {
        return new DestinationRequest(in.body());
    }

    /** The id from the query, else the body's {@code id} string. */
    String idOr(String query) {
        if (query != null && !query.isBlank()) return query;
        if (document != null && document.get("id") != null && document.get("id").isString())
            return document.get("id").asString();
        return null;
    }
}
