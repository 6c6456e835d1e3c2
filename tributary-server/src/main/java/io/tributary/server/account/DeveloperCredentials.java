package io.tributary.server.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;

/** What creating a developer returns, once: each environment's dev-id, first API key and signing secret. */
public record DeveloperCredentials(
        @JsonProperty("developer_id") UUID developerId,
        @JsonProperty("name") String name,
        @JsonProperty("environments") List<EnvironmentCredentials> environments) {

    public record EnvironmentCredentials(
            @JsonProperty("name") String name,
            @JsonProperty("dev_id") String devId,
            @JsonProperty("api_key") String apiKey,
            @JsonProperty("signing_secret") String signingSecret) {}
}
