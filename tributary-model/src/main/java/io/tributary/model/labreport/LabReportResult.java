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
 * Terra {@code LabReportResult} object (wire shape of {@code schemas/core/LabReportResult.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code source}, {@code biomarker}, {@code measurement}, {@code interpretation}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportResult(
        @JsonProperty("source") LabReportResultSource source,
        @JsonProperty("biomarker") LabReportBiomarker biomarker,
        @JsonProperty("measurement") LabReportMeasurement measurement,
        @JsonProperty("interpretation") LabReportInterpretation interpretation,
        @JsonProperty("reference_ranges") List<LabReportReferenceRange> referenceRanges,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportResult {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.source = source;
        b.biomarker = biomarker;
        b.measurement = measurement;
        b.interpretation = interpretation;
        b.referenceRanges = referenceRanges;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportResult}. */
    public static final class Builder {
        private LabReportResultSource source;
        private LabReportBiomarker biomarker;
        private LabReportMeasurement measurement;
        private LabReportInterpretation interpretation;
        private List<LabReportReferenceRange> referenceRanges;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder source(LabReportResultSource source) {
            this.source = source;
            return this;
        }

        public Builder biomarker(LabReportBiomarker biomarker) {
            this.biomarker = biomarker;
            return this;
        }

        public Builder measurement(LabReportMeasurement measurement) {
            this.measurement = measurement;
            return this;
        }

        public Builder interpretation(LabReportInterpretation interpretation) {
            this.interpretation = interpretation;
            return this;
        }

        public Builder referenceRanges(List<LabReportReferenceRange> referenceRanges) {
            this.referenceRanges = referenceRanges;
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

        public LabReportResult build() {
            return new LabReportResult(source, biomarker, measurement, interpretation, referenceRanges, extra);
        }
    }
}
