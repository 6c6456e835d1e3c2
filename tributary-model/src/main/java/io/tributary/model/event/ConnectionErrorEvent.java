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
 * Terra {@code ConnectionErrorEvent} object (wire shape of {@code schemas/core/ConnectionErrorEvent.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code type}, {@code user}, {@code status}, {@code message}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConnectionErrorEvent(
        @JsonProperty("type") String type,
        @JsonProperty("user") TerraUser user,
        @JsonProperty("status") String status,
        @JsonProperty("message") String message,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements WebhookEvent {

    public ConnectionErrorEvent {
        if (type == null) {
            type = "connection_error";
        }
        if (status == null) {
            status = "warning";
        }
        extra = Extra.copy(extra);
    }

    /** The constant {@code type} of this event. */
    public static final String TYPE = "connection_error";

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
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link ConnectionErrorEvent}. */
    public static final class Builder {
        private String type;
        private TerraUser user;
        private String status;
        private String message;
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

        public ConnectionErrorEvent build() {
            return new ConnectionErrorEvent(type, user, status, message, extra);
        }
    }
}
