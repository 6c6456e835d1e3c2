// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code HealthcheckEvent} object (no schema file; shape from the Tributary spec).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code type}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthcheckEvent(
        @JsonProperty("type") String type,
        @JsonProperty("status") String status,
        @JsonProperty("creation_timestamp") String creationTimestamp,
        @JsonProperty("trend_percentage") Integer trendPercentage,
        @JsonProperty("sent_webhooks_last_hour") Integer sentWebhooksLastHour,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements WebhookEvent {

    public HealthcheckEvent {
        if (type == null) {
            type = "healthcheck";
        }
        extra = Extra.copy(extra);
    }

    /** The constant {@code type} of this event. */
    public static final String TYPE = "healthcheck";

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.status = status;
        b.creationTimestamp = creationTimestamp;
        b.trendPercentage = trendPercentage;
        b.sentWebhooksLastHour = sentWebhooksLastHour;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link HealthcheckEvent}. */
    public static final class Builder {
        private String type;
        private String status;
        private String creationTimestamp;
        private Integer trendPercentage;
        private Integer sentWebhooksLastHour;
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

        public Builder creationTimestamp(String creationTimestamp) {
            this.creationTimestamp = creationTimestamp;
            return this;
        }

        public Builder trendPercentage(Integer trendPercentage) {
            this.trendPercentage = trendPercentage;
            return this;
        }

        public Builder sentWebhooksLastHour(Integer sentWebhooksLastHour) {
            this.sentWebhooksLastHour = sentWebhooksLastHour;
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

        public HealthcheckEvent build() {
            return new HealthcheckEvent(type, status, creationTimestamp, trendPercentage, sentWebhooksLastHour, extra);
        }
    }
}
