// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code LabReportUploadResponse} object (wire shape of {@code schemas/core/LabReportUploadResponse.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code upload_id}, {@code current_status}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportUploadResponse(
        @JsonProperty("upload_id") String uploadId,
        @JsonProperty("current_status") String currentStatus,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportUploadResponse {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.uploadId = uploadId;
        b.currentStatus = currentStatus;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportUploadResponse}. */
    public static final class Builder {
        private String uploadId;
        private String currentStatus;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder uploadId(String uploadId) {
            this.uploadId = uploadId;
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

        public LabReportUploadResponse build() {
            return new LabReportUploadResponse(uploadId, currentStatus, extra);
        }
    }
}
