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
 * Terra {@code AuthSuccessEvent} object (wire shape of {@code schemas/core/AuthSuccessEvent.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code type}, {@code status}, {@code user}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuthSuccessEvent(
        @JsonProperty("type") String type,
        @JsonProperty("status") String status,
        @JsonProperty("user") TerraUser user,
        @JsonProperty("message") String message,
        @JsonProperty("flow_id") String flowId,
        @JsonProperty("widget_session_id") String widgetSessionId,
        @JsonProperty("reference_id") String referenceId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements WebhookEvent {

    public AuthSuccessEvent {
        if (type == null) {
            type = "auth";
        }
        if (status == null) {
            status = "success";
        }
        extra = Extra.copy(extra);
    }

    /** The constant {@code type} of this event. */
    public static final String TYPE = "auth";

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.status = status;
        b.user = user;
        b.message = message;
        b.flowId = flowId;
        b.widgetSessionId = widgetSessionId;
        b.referenceId = referenceId;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link AuthSuccessEvent}. */
    public static final class Builder {
        private String type;
        private String status;
        private TerraUser user;
        private String message;
        private String flowId;
        private String widgetSessionId;
        private String referenceId;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder user(TerraUser user) {
            this.user = user;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder flowId(String flowId) {
            this.flowId = flowId;
            return this;
        }

        public Builder widgetSessionId(String widgetSessionId) {
            this.widgetSessionId = widgetSessionId;
            return this;
        }

        public Builder referenceId(String referenceId) {
            this.referenceId = referenceId;
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

        public AuthSuccessEvent build() {
            return new AuthSuccessEvent(type, status, user, message, flowId, widgetSessionId, referenceId, extra);
        }
    }
}
