// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code LabReportFile} object (wire shape of {@code schemas/core/LabReportFile.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code presigned_url}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportFile(
        @JsonProperty("filename") String filename,
        @JsonProperty("presigned_url") String presignedUrl,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportFile {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.filename = filename;
        b.presignedUrl = presignedUrl;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportFile}. */
    public static final class Builder {
        private String filename;
        private String presignedUrl;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder filename(String filename) {
            this.filename = filename;
            return this;
        }

        public Builder presignedUrl(String presignedUrl) {
            this.presignedUrl = presignedUrl;
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

        public LabReportFile build() {
            return new LabReportFile(filename, presignedUrl, extra);
        }
    }
}
