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
 * Terra {@code AuthErrorEvent} object (wire shape of {@code schemas/core/AuthErrorEvent.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code type}, {@code status}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuthErrorEvent(
        @JsonProperty("type") String type,
        @JsonProperty("status") String status,
        @JsonProperty("user") TerraUser user,
        @JsonProperty("provider") String provider,
        @JsonProperty("message") String message,
        @JsonProperty("flow_id") String flowId,
        @JsonProperty("reason") String reason,
        @JsonProperty("reference_id") String referenceId,
        @JsonProperty("widget_session_id") String widgetSessionId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements WebhookEvent {

    public AuthErrorEvent {
        if (type == null) {
            type = "auth_cancelled";
        }
        if (status == null) {
            status = "error";
        }
        extra = Extra.copy(extra);
    }

    /** The constant {@code type} of this event. */
    public static final String TYPE = "auth_cancelled";

    /** {@code message} of the classic auth failure event. */
    public static final String CLASSIC_FAILURE_MESSAGE = "User failed to authenticate and has been deleted";

    /**
     * The classic auth failure event ({@code type:"auth", status:"error"}) that Tributary emits (decision 11). The
     * 2026 shape is {@code type:"auth_cancelled"}, the default of this record.
     */
    public static AuthErrorEvent classic(
            TerraUser user, String provider, String reason, String referenceId, String widgetSessionId) {
        return builder()
                .type("auth")
                .status("error")
                .user(user)
                .provider(provider)
                .message(CLASSIC_FAILURE_MESSAGE)
                .reason(reason)
                .referenceId(referenceId)
                .widgetSessionId(widgetSessionId)
                .build();
    }

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
        b.provider = provider;
        b.message = message;
        b.flowId = flowId;
        b.reason = reason;
        b.referenceId = referenceId;
        b.widgetSessionId = widgetSessionId;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link AuthErrorEvent}. */
    public static final class Builder {
        private String type;
        private String status;
        private TerraUser user;
        private String provider;
        private String message;
        private String flowId;
        private String reason;
        private String referenceId;
        private String widgetSessionId;
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

        public Builder provider(String provider) {
            this.provider = provider;
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

        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public Builder referenceId(String referenceId) {
            this.referenceId = referenceId;
            return this;
        }

        public Builder widgetSessionId(String widgetSessionId) {
            this.widgetSessionId = widgetSessionId;
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

        public AuthErrorEvent build() {
            return new AuthErrorEvent(
                    type, status, user, provider, message, flowId, reason, referenceId, widgetSessionId, extra);
        }
    }
}
