package io.tributary.server.api;

import io.tributary.server.shared.ApiException;

/**
 * {@code PATCH /v2/users/{user_id}} body {@code {"reference_id"?: string|null, "active"?: boolean}}: a field
 * that is absent stays as it is; {@code "reference_id": null} clears it.
 */
public record PatchUserRequest(boolean setReference, String referenceId, Boolean active) {

    static PatchUserRequest from(WireInput in) {
        if (!in.bodyIsObject())
            throw ApiException.badRequest(
                    "body must be a JSON object {\"reference_id\"?: string, \"active\"?: boolean}");
        return new PatchUserRequest(
                in.has("reference_id"),
                in.strictString("reference_id", "'reference_id' must be a string or null"),
                in.strictBool("active"));
    }
}
