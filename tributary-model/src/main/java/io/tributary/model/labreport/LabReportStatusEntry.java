// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code LabReportStatusEntry} object (wire shape of {@code schemas/core/LabReportStatusEntry.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code status}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportStatusEntry(
        @JsonProperty("status") String status,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("note") String note,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportStatusEntry {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.status = status;
        b.timestamp = timestamp;
        b.note = note;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportStatusEntry}. */
    public static final class Builder {
        private String status;
        private String timestamp;
        private String note;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder note(String note) {
            this.note = note;
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

        public LabReportStatusEntry build() {
            return new LabReportStatusEntry(status, timestamp, note, extra);
        }
    }
}
