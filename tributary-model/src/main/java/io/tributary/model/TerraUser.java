// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code TerraUser} object (wire shape of {@code schemas/core/TerraUser.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code user_id}, {@code provider}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TerraUser(
        @JsonProperty("user_id") String userId,
        @JsonProperty("provider") String provider,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("last_webhook_update") String lastWebhookUpdate,
        @JsonProperty("scopes") String scopes,
        @JsonProperty("reference_id") String referenceId,
        @JsonProperty("active") Boolean active,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public TerraUser {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.userId = userId;
        b.provider = provider;
        b.createdAt = createdAt;
        b.lastWebhookUpdate = lastWebhookUpdate;
        b.scopes = scopes;
        b.referenceId = referenceId;
        b.active = active;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link TerraUser}. */
    public static final class Builder {
        private String userId;
        private String provider;
        private String createdAt;
        private String lastWebhookUpdate;
        private String scopes;
        private String referenceId;
        private Boolean active;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder userId(String userId) {
            this.userId = userId;
            return this;
        }

        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        public Builder createdAt(String createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder lastWebhookUpdate(String lastWebhookUpdate) {
            this.lastWebhookUpdate = lastWebhookUpdate;
            return this;
        }

        public Builder scopes(String scopes) {
            this.scopes = scopes;
            return this;
        }

        public Builder referenceId(String referenceId) {
            this.referenceId = referenceId;
            return this;
        }

        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        /** Adds an unknown (pass-through) property. */
        public Builder putExtra(String name, Object value) {
            this.extra.put(name, value);
            return this;
        }

        /** Replaces all unknown (pass-through) properties. */
        public Builder extra(Map<String, Object> extra) {
            this.extra.clear();
            if (extra != null) {
                this.extra.putAll(extra);
            }
            return this;
        }

        public TerraUser build() {
            return new TerraUser(userId, provider, createdAt, lastWebhookUpdate, scopes, referenceId, active, extra);
        }
    }
}
