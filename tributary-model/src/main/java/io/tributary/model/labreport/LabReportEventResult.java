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
 * Terra {@code LabReportEventResult} object (wire shape of {@code schemas/core/LabReportEventResult.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code biomarker}, {@code measurement}, {@code interpretation}, {@code source}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportEventResult(
        @JsonProperty("biomarker") LabReportBiomarker biomarker,
        @JsonProperty("measurement") LabReportMeasurement measurement,
        @JsonProperty("interpretation") LabReportInterpretation interpretation,
        @JsonProperty("reference_ranges") List<LabReportReferenceRange> referenceRanges,
        @JsonProperty("source") LabReportEventResultSource source,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportEventResult {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.biomarker = biomarker;
        b.measurement = measurement;
        b.interpretation = interpretation;
        b.referenceRanges = referenceRanges;
        b.source = source;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportEventResult}. */
    public static final class Builder {
        private LabReportBiomarker biomarker;
        private LabReportMeasurement measurement;
        private LabReportInterpretation interpretation;
        private List<LabReportReferenceRange> referenceRanges;
        private LabReportEventResultSource source;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

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

        public Builder source(LabReportEventResultSource source) {
            this.source = source;
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

        public LabReportEventResult build() {
            return new LabReportEventResult(biomarker, measurement, interpretation, referenceRanges, source, extra);
        }
    }
}
