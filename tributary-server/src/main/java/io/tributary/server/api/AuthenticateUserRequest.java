package io.tributary.server.api;

/**
 * {@code POST /v2/auth/authenticateUser} (api.md §2.2): every field from the JSON body or the query. The provider
 * is {@code resource} (Terra's name; the old JS client sends it in the body, the Java client in the query) or
 * {@code provider} (the docs' example).
 */
public record AuthenticateUserRequest(
        String resource, String language, String referenceId, String successUrl, String failureUrl) {

    static AuthenticateUserRequest from(WireInput in) {
        String resource = in.string("resource");
        if (resource == null) resource = in.string("provider");
        return new AuthenticateUserRequest(
                resource,
                in.string("language"),
                in.string("reference_id"),
                in.string("auth_success_redirect_url"),
                in.string("auth_failure_redirect_url"));
    }
}
