// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.labreport.LabReportEventData;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code LabReportCompletedEvent} object (wire shape of {@code schemas/core/LabReportCompletedEvent.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code type}, {@code event_id}, {@code occurred_at}, {@code data}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportCompletedEvent(
        @JsonProperty("type") String type,
        @JsonProperty("event_id") String eventId,
        @JsonProperty("occurred_at") String occurredAt,
        @JsonProperty("upload_id") String uploadId,
        @JsonProperty("data") LabReportEventData data,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements WebhookEvent {

    public LabReportCompletedEvent {
        if (type == null) {
            type = "lab_report.completed";
        }
        extra = Extra.copy(extra);
    }

    /** The constant {@code type} of this event. */
    public static final String TYPE = "lab_report.completed";

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.eventId = eventId;
        b.occurredAt = occurredAt;
        b.uploadId = uploadId;
        b.data = data;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportCompletedEvent}. */
    public static final class Builder {
        private String type;
        private String eventId;
        private String occurredAt;
        private String uploadId;
        private LabReportEventData data;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder eventId(String eventId) {
            this.eventId = eventId;
            return this;
        }

        public Builder occurredAt(String occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        public Builder uploadId(String uploadId) {
            this.uploadId = uploadId;
            return this;
        }

        public Builder data(LabReportEventData data) {
            this.data = data;
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

        public LabReportCompletedEvent build() {
            return new LabReportCompletedEvent(type, eventId, occurredAt, uploadId, data, extra);
        }
    }
}
