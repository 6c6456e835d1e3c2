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
 * Terra {@code NoDataReturned} object (no schema file; shape from the Tributary spec).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code type}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoDataReturned(
        @JsonProperty("status") String status,
        @JsonProperty("message") String message,
        @JsonProperty("type") String type,
        @JsonProperty("user") TerraUser user,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public NoDataReturned {
        if (type == null) {
            type = "no_data";
        }
        extra = Extra.copy(extra);
    }

    /** The constant {@code type} of this event. */
    public static final String TYPE = "no_data";

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.status = status;
        b.message = message;
        b.type = type;
        b.user = user;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link NoDataReturned}. */
    public static final class Builder {
        private String status;
        private String message;
        private String type;
        private TerraUser user;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder user(TerraUser user) {
            this.user = user;
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

        public NoDataReturned build() {
            return new NoDataReturned(status, message, type, user, extra);
        }
    }
}
