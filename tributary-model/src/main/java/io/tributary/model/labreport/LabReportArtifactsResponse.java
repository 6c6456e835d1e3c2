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
 * Terra {@code LabReportArtifactsResponse} object (wire shape of {@code schemas/core/LabReportArtifactsResponse.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code artifacts}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportArtifactsResponse(
        @JsonProperty("artifacts") List<LabReportFile> artifacts,
        @JsonProperty("expires_at") String expiresAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportArtifactsResponse {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.artifacts = artifacts;
        b.expiresAt = expiresAt;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportArtifactsResponse}. */
    public static final class Builder {
        private List<LabReportFile> artifacts;
        private String expiresAt;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder artifacts(List<LabReportFile> artifacts) {
            this.artifacts = artifacts;
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

        public LabReportArtifactsResponse build() {
            return new LabReportArtifactsResponse(artifacts, expiresAt, extra);
        }
    }
}
