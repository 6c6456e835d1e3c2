// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code LabReportMeasurement} object (wire shape of {@code schemas/core/LabReportMeasurement.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code type}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportMeasurement(
        @JsonProperty("type") String type,
        @JsonProperty("numeric") Double numeric,
        @JsonProperty("bounded") LabReportBoundedValue bounded,
        @JsonProperty("qualitative") LabReportQualitativeValue qualitative,
        @JsonProperty("text") String text,
        @JsonProperty("absent_reason") String absentReason,
        @JsonProperty("units") String units,
        @JsonProperty("ucum_code") String ucumCode,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportMeasurement {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.numeric = numeric;
        b.bounded = bounded;
        b.qualitative = qualitative;
        b.text = text;
        b.absentReason = absentReason;
        b.units = units;
        b.ucumCode = ucumCode;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportMeasurement}. */
    public static final class Builder {
        private String type;
        private Double numeric;
        private LabReportBoundedValue bounded;
        private LabReportQualitativeValue qualitative;
        private String text;
        private String absentReason;
        private String units;
        private String ucumCode;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder numeric(Double numeric) {
            this.numeric = numeric;
            return this;
        }

        public Builder bounded(LabReportBoundedValue bounded) {
            this.bounded = bounded;
            return this;
        }

        public Builder qualitative(LabReportQualitativeValue qualitative) {
            this.qualitative = qualitative;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder absentReason(String absentReason) {
            this.absentReason = absentReason;
            return this;
        }

        public Builder units(String units) {
            this.units = units;
            return this;
        }

        public Builder ucumCode(String ucumCode) {
            this.ucumCode = ucumCode;
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

        public LabReportMeasurement build() {
            return new LabReportMeasurement(
                    type, numeric, bounded, qualitative, text, absentReason, units, ucumCode, extra);
        }
    }
}
