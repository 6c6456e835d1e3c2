package io.tributary.server.storage;

import java.time.Instant;
import java.util.UUID;

/** An end user's connection to one provider in one environment (Terra's "user"). */
public record User(
        UUID id,
        UUID environmentId,
        String provider,
        String referenceId,
        String scopes,
        boolean active,
        String state,
        String providerUserId,
        Instant createdAt,
        Instant lastWebhookUpdate) {

    public static final String PENDING = "pending";
    public static final String AUTHENTICATED = "authenticated";
    public static final String DEAUTHENTICATED = "deauthenticated";

    public boolean authenticated() {
        return AUTHENTICATED.equals(state);
    }
}
