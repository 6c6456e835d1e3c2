package io.tributary.server.api;

import java.util.List;

/**
 * {@code POST/PATCH /v2/dashboard/providers[/{provider}]} and {@code PATCH /v2/dashboard/providerKeys}: the
 * provider ({@code provider}, or Terra's name {@code resource}) and what to change, from the body or the query.
 * Null means "leave as it is"; {@code scopes} is an array or a comma-separated string.
 */
public record ProviderSettingsRequest(
        String provider,
        String resource,
        Boolean enabled,
        String clientId,
        String clientSecret,
        String redirectUrl,
        List<String> scopes) {

    static ProviderSettingsRequest from(WireInput in) {
        return new ProviderSettingsRequest(
                in.string("provider"),
                in.string("resource"),
                in.bool("enabled"),
                in.string("client_id"),
                in.string("client_secret"),
                in.string("redirect_url"),
                in.list("scopes"));
    }

    /** The dashboard's providers endpoints name it {@code provider} first. */
    String providerOrResource() {
        return provider != null ? provider : resource;
    }

    /** {@code providerKeys} (Terra's shape) names it {@code resource} first. */
    String resourceOrProvider() {
        return resource != null ? resource : provider;
    }

    /** Space-separated, or null when none were sent (leave them as they are). */
    String scopesText() {
        return scopes.isEmpty() ? null : String.join(" ", scopes);
    }
}
