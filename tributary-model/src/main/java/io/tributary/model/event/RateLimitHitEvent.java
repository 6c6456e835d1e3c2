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
 * Terra {@code RateLimitHitEvent} object (no schema file; shape from the Tributary spec).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code type}, {@code user}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RateLimitHitEvent(
        @JsonProperty("type") String type,
        @JsonProperty("user") TerraUser user,
        @JsonProperty("start_date") String startDate,
        @JsonProperty("end_date") String endDate,
        @JsonProperty("retrying_at") String retryingAt,
        @JsonProperty("message") String message,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements WebhookEvent {

    public RateLimitHitEvent {
        if (type == null) {
            type = "rate_limit_hit";
        }
        extra = Extra.copy(extra);
    }

    /** The constant {@code type} of this event. */
    public static final String TYPE = "rate_limit_hit";

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.user = user;
        b.startDate = startDate;
        b.endDate = endDate;
        b.retryingAt = retryingAt;
        b.message = message;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link RateLimitHitEvent}. */
    public static final class Builder {
        private String type;
        private TerraUser user;
        private String startDate;
        private String endDate;
        private String retryingAt;
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

        public Builder startDate(String startDate) {
            this.startDate = startDate;
            return this;
        }

        public Builder endDate(String endDate) {
            this.endDate = endDate;
            return this;
        }

        public Builder retryingAt(String retryingAt) {
            this.retryingAt = retryingAt;
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

        public RateLimitHitEvent build() {
            return new RateLimitHitEvent(type, user, startDate, endDate, retryingAt, message, extra);
        }
    }
}
