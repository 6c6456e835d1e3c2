// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;

/**
 * Terra {@code LabReportFilesResponse} object (wire shape of {@code schemas/core/LabReportFilesResponse.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code files}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportFilesResponse(
        @JsonProperty("files") List<LabReportFile> files,
        @JsonProperty("thumbnail") LabReportFile thumbnail,
        @JsonProperty("expires_at") String expiresAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportFilesResponse {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.files = files;
        b.thumbnail = thumbnail;
        b.expiresAt = expiresAt;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportFilesResponse}. */
    public static final class Builder {
        private List<LabReportFile> files;
        private LabReportFile thumbnail;
        private String expiresAt;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder files(List<LabReportFile> files) {
            this.files = files;
            return this;
        }

        public Builder thumbnail(LabReportFile thumbnail) {
            this.thumbnail = thumbnail;
            return this;
        }

        public Builder expiresAt(String expiresAt) {
            this.expiresAt = expiresAt;
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

        public LabReportFilesResponse build() {
            return new LabReportFilesResponse(files, thumbnail, expiresAt, extra);
        }
    }
}
