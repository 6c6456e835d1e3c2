package io.tributary.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code {"status":"success","token":…,"expires_in":180}}: the mobile SDK's single-use connect token. */
public record AuthTokenResponse(
        String status,
        String token,
        @JsonProperty("expires_in") int expiresIn) {}
