package io.tributary.server.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.server.shared.Timestamps;
import io.tributary.server.storage.User;

/**
 * The TerraUser object of the REST responses, in the field order and with the nulls {@link TerraUsers#json}
 * has always written (a client may test {@code reference_id === null}).
 */
public record TerraUserView(
        @JsonProperty("user_id") String userId,
        String provider,
        @JsonProperty("last_webhook_update") String lastWebhookUpdate,
        String scopes,
        @JsonProperty("reference_id") String referenceId,
        boolean active,
        @JsonProperty("created_at") String createdAt) {

    public static TerraUserView of(User u) {
        return new TerraUserView(
                u.id().toString(),
                u.provider(),
                Timestamps.iso(u.lastWebhookUpdate()),
                u.scopes(),
                u.referenceId(),
                u.active(),
                Timestamps.iso(u.createdAt()));
    }
}
