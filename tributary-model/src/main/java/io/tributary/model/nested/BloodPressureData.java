// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;

/**
 * Terra {@code BloodPressureData} object (wire shape of {@code schemas/core/BloodPressureData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BloodPressureData(
        @JsonProperty("blood_pressure_samples") List<BloodPressureSample> bloodPressureSamples,
        @JsonProperty("day_avg_systolic_bp") Double dayAvgSystolicBp,
        @JsonProperty("day_avg_diastolic_bp") Double dayAvgDiastolicBp,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public BloodPressureData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public BloodPressureData withoutSamples() {
        return new BloodPressureData(null, dayAvgSystolicBp, dayAvgDiastolicBp, extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.bloodPressureSamples = bloodPressureSamples;
        b.dayAvgSystolicBp = dayAvgSystolicBp;
        b.dayAvgDiastolicBp = dayAvgDiastolicBp;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link BloodPressureData}. */
    public static final class Builder {
        private List<BloodPressureSample> bloodPressureSamples;
        private Double dayAvgSystolicBp;
        private Double dayAvgDiastolicBp;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder bloodPressureSamples(List<BloodPressureSample> bloodPressureSamples) {
            this.bloodPressureSamples = bloodPressureSamples;
            return this;
        }

        public Builder dayAvgSystolicBp(Double dayAvgSystolicBp) {
            this.dayAvgSystolicBp = dayAvgSystolicBp;
            return this;
        }

        public Builder dayAvgDiastolicBp(Double dayAvgDiastolicBp) {
            this.dayAvgDiastolicBp = dayAvgDiastolicBp;
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

        public BloodPressureData build() {
            return new BloodPressureData(bloodPressureSamples, dayAvgSystolicBp, dayAvgDiastolicBp, extra);
        }
    }
}
