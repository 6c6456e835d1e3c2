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
 * Terra {@code METData} object (wire shape of {@code schemas/core/METData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record METData(
        @JsonProperty("MET_samples") List<METSample> metSamples,
        @JsonProperty("avg_level") Double avgLevel,
        @JsonProperty("num_high_intensity_minutes") Double numHighIntensityMinutes,
        @JsonProperty("num_inactive_minutes") Double numInactiveMinutes,
        @JsonProperty("num_low_intensity_minutes") Double numLowIntensityMinutes,
        @JsonProperty("num_moderate_intensity_minutes") Double numModerateIntensityMinutes,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public METData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public METData withoutSamples() {
        return new METData(
                null,
                avgLevel,
                numHighIntensityMinutes,
                numInactiveMinutes,
                numLowIntensityMinutes,
                numModerateIntensityMinutes,
                extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.metSamples = metSamples;
        b.avgLevel = avgLevel;
        b.numHighIntensityMinutes = numHighIntensityMinutes;
        b.numInactiveMinutes = numInactiveMinutes;
        b.numLowIntensityMinutes = numLowIntensityMinutes;
        b.numModerateIntensityMinutes = numModerateIntensityMinutes;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link METData}. */
    public static final class Builder {
        private List<METSample> metSamples;
        private Double avgLevel;
        private Double numHighIntensityMinutes;
        private Double numInactiveMinutes;
        private Double numLowIntensityMinutes;
        private Double numModerateIntensityMinutes;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder metSamples(List<METSample> metSamples) {
            this.metSamples = metSamples;
            return this;
        }

        public Builder avgLevel(Double avgLevel) {
            this.avgLevel = avgLevel;
            return this;
        }

        public Builder numHighIntensityMinutes(Double numHighIntensityMinutes) {
            this.numHighIntensityMinutes = numHighIntensityMinutes;
            return this;
        }

        public Builder numInactiveMinutes(Double numInactiveMinutes) {
            this.numInactiveMinutes = numInactiveMinutes;
            return this;
        }

        public Builder numLowIntensityMinutes(Double numLowIntensityMinutes) {
            this.numLowIntensityMinutes = numLowIntensityMinutes;
            return this;
        }

        public Builder numModerateIntensityMinutes(Double numModerateIntensityMinutes) {
            this.numModerateIntensityMinutes = numModerateIntensityMinutes;
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

        public METData build() {
            return new METData(
                    metSamples,
                    avgLevel,
                    numHighIntensityMinutes,
                    numInactiveMinutes,
                    numLowIntensityMinutes,
                    numModerateIntensityMinutes,
                    extra);
        }
    }
}
