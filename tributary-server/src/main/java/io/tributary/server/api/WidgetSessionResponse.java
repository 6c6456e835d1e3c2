package io.tributary.server.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code {"status":"success","url":…,"session_id":…,"expires_in":900}}. */
public record WidgetSessionResponse(
        String status,
        String url,
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("expires_in") int expiresIn) {}
