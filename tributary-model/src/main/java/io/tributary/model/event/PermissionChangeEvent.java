// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.TerraUser;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code PermissionChangeEvent} object (wire shape of {@code schemas/core/PermissionChangeEvent.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code type}, {@code user}, {@code status}, {@code message}, {@code version}, {@code scopes_added}, {@code scopes_removed}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PermissionChangeEvent(
        @JsonProperty("type") String type,
        @JsonProperty("user") TerraUser user,
        @JsonProperty("status") String status,
        @JsonProperty("message") String message,
        @JsonProperty("version") String version,
        @JsonProperty("scopes_added") String scopesAdded,
        @JsonProperty("scopes_removed") String scopesRemoved,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements WebhookEvent {

    public PermissionChangeEvent {
        if (type == null) {
            type = "permission_change";
        }
        if (status == null) {
            status = "warning";
        }
        extra = Extra.copy(extra);
    }

    /** The constant {@code type} of this event. */
    public static final String TYPE = "permission_change";

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.user = user;
        b.status = status;
        b.message = message;
        b.version = version;
        b.scopesAdded = scopesAdded;
        b.scopesRemoved = scopesRemoved;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link PermissionChangeEvent}. */
    public static final class Builder {
        private String type;
        private TerraUser user;
        private String status;
        private String message;
        private String version;
        private String scopesAdded;
        private String scopesRemoved;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder user(TerraUser user) {
            this.user = user;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
            return this;
        }

        public Builder scopesAdded(String scopesAdded) {
            this.scopesAdded = scopesAdded;
            return this;
        }

        public Builder scopesRemoved(String scopesRemoved) {
            this.scopesRemoved = scopesRemoved;
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

        public PermissionChangeEvent build() {
            return new PermissionChangeEvent(type, user, status, message, version, scopesAdded, scopesRemoved, extra);
        }
    }
}
