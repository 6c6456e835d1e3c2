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
 * Terra {@code LargeRequestSendingEvent} object (wire shape of {@code schemas/core/LargeRequestSendingEvent.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code type}, {@code user}, {@code reference}, {@code message}, {@code expected_payloads}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LargeRequestSendingEvent(
        @JsonProperty("type") String type,
        @JsonProperty("user") TerraUser user,
        @JsonProperty("reference") String reference,
        @JsonProperty("message") String message,
        @JsonProperty("expected_payloads") Integer expectedPayloads,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements WebhookEvent {

    public LargeRequestSendingEvent {
        if (type == null) {
            type = "large_request_sending";
        }
        extra = Extra.copy(extra);
    }

    /** The constant {@code type} of this event. */
    public static final String TYPE = "large_request_sending";

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.user = user;
        b.reference = reference;
        b.message = message;
        b.expectedPayloads = expectedPayloads;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LargeRequestSendingEvent}. */
    public static final class Builder {
        private String type;
        private TerraUser user;
        private String reference;
        private String message;
        private Integer expectedPayloads;
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

        public Builder reference(String reference) {
            this.reference = reference;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder expectedPayloads(Integer expectedPayloads) {
            this.expectedPayloads = expectedPayloads;
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

        public LargeRequestSendingEvent build() {
            return new LargeRequestSendingEvent(type, user, reference, message, expectedPayloads, extra);
        }
    }
}
