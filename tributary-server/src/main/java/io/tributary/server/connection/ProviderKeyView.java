package io.tributary.server.connection;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An environment's own OAuth client for a provider ({@code /v2/dashboard/providerKeys}), the secret masked. */
public record ProviderKeyView(
        String resource,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret,
        @JsonProperty("redirect_url") String redirectUrl) {}
