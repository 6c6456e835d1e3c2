// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code LabReportFailureData} object (wire shape of {@code schemas/core/LabReportFailureData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code session_id}, {@code error}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportFailureData(
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("reference_id") String referenceId,
        @JsonProperty("error") LabReportEventError error,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportFailureData {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.sessionId = sessionId;
        b.referenceId = referenceId;
        b.error = error;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportFailureData}. */
    public static final class Builder {
        private String sessionId;
        private String referenceId;
        private LabReportEventError error;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder referenceId(String referenceId) {
            this.referenceId = referenceId;
            return this;
        }

        public Builder error(LabReportEventError error) {
            this.error = error;
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

        public LabReportFailureData build() {
            return new LabReportFailureData(sessionId, referenceId, error, extra);
        }
    }
}
