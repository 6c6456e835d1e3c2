package io.tributary.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code {"status":"success","user_id":…,"auth_url":…}}. */
public record AuthenticateUserResponse(
        String status,
        @JsonProperty("user_id") String userId,
        @JsonProperty("auth_url") String authUrl) {}
