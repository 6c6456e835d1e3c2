package io.tributary.server.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.server.shared.Timestamps;
import io.tributary.server.storage.ApiKeyRecord;

/** An API key as the dashboard lists it: by prefix only (the full key is shown once, at creation). */
public record ApiKeyView(
        String id,
        String prefix,
        String label,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("last_used_at") String lastUsedAt,
        @JsonProperty("revoked_at") String revokedAt,
        boolean active) {

    static ApiKeyView of(ApiKeyRecord k) {
        return new ApiKeyView(
                k.id(),
                k.prefix(),
                k.label(),
                Timestamps.iso(k.createdAt()),
                Timestamps.iso(k.lastUsedAt()),
                Timestamps.iso(k.revokedAt()),
                k.revokedAt() == null);
    }
}
