// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code LabReportReprocessResponse} object (wire shape of {@code schemas/core/LabReportReprocessResponse.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code session_id}, {@code current_status}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportReprocessResponse(
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("current_status") String currentStatus,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportReprocessResponse {
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
        b.currentStatus = currentStatus;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportReprocessResponse}. */
    public static final class Builder {
        private String sessionId;
        private String currentStatus;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder currentStatus(String currentStatus) {
            this.currentStatus = currentStatus;
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

        public LabReportReprocessResponse build() {
            return new LabReportReprocessResponse(sessionId, currentStatus, extra);
        }
    }
}
