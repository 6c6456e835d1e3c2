package io.tributary.server.connection;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A provider as the dashboard shows it ({@code /v2/dashboard/providers}): what the connector declares and this
 * environment's settings for it, the client secret masked. {@code detail} says why it is not offered (only then).
 */
public record ProviderView(
        String provider,
        String name,
        String setup,
        String auth,
        boolean enabled,
        @JsonProperty("enabled_setting") Boolean enabledSetting,
        @JsonProperty("enabled_by_default") boolean enabledByDefault,
        @JsonProperty("requires_developer_credentials") boolean requiresDeveloperCredentials,
        @JsonProperty("client_id") String clientId,
        @JsonProperty("client_secret") String clientSecret,
        @JsonProperty("redirect_url") String redirectUrl,
        List<String> scopes,
        @JsonInclude(JsonInclude.Include.NON_NULL) String detail) {}
