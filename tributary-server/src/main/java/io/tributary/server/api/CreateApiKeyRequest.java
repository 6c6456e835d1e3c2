package io.tributary.server.api;

/** {@code POST /v2/dashboard/apiKeys} body {@code {"label"?: string}} (an empty body is fine). */
public record CreateApiKeyRequest(String label) {
    static CreateApiKeyRequest from(WireInput in) {
        if (in.has("label") && in.body().get("label").isNull())
            throw io.tributary.server.shared.ApiException.badRequest("'label' must be a string");
        return new CreateApiKeyRequest(in.strictString("label", "'label' must be a string"));
    }
}
