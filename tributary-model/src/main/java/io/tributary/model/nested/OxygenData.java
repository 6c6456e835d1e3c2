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
 * Terra {@code OxygenData} object (wire shape of {@code schemas/core/OxygenData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OxygenData(
        @JsonProperty("avg_saturation_percentage") Double avgSaturationPercentage,
        @JsonProperty("saturation_samples") List<OxygenSaturationSample> saturationSamples,
        @JsonProperty("vo2_samples") List<Vo2MaxSample> vo2Samples,
        @JsonProperty("vo2max_ml_per_min_per_kg") Double vo2maxMlPerMinPerKg,
        @JsonProperty("day_avg_vo2max_ml_per_min_per_kg") Double dayAvgVo2maxMlPerMinPerKg,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public OxygenData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public OxygenData withoutSamples() {
        return new OxygenData(
                avgSaturationPercentage, null, null, vo2maxMlPerMinPerKg, dayAvgVo2maxMlPerMinPerKg, extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.avgSaturationPercentage = avgSaturationPercentage;
        b.saturationSamples = saturationSamples;
        b.vo2Samples = vo2Samples;
        b.vo2maxMlPerMinPerKg = vo2maxMlPerMinPerKg;
        b.dayAvgVo2maxMlPerMinPerKg = dayAvgVo2maxMlPerMinPerKg;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link OxygenData}. */
    public static final class Builder {
        private Double avgSaturationPercentage;
        private List<OxygenSaturationSample> saturationSamples;
        private List<Vo2MaxSample> vo2Samples;
        private Double vo2maxMlPerMinPerKg;
        private Double dayAvgVo2maxMlPerMinPerKg;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder avgSaturationPercentage(Double avgSaturationPercentage) {
            this.avgSaturationPercentage = avgSaturationPercentage;
            return this;
        }

        public Builder saturationSamples(List<OxygenSaturationSample> saturationSamples) {
            this.saturationSamples = saturationSamples;
            return this;
        }

        public Builder vo2Samples(List<Vo2MaxSample> vo2Samples) {
            this.vo2Samples = vo2Samples;
            return this;
        }

        public Builder vo2maxMlPerMinPerKg(Double vo2maxMlPerMinPerKg) {
            this.vo2maxMlPerMinPerKg = vo2maxMlPerMinPerKg;
            return this;
        }

        public Builder dayAvgVo2maxMlPerMinPerKg(Double dayAvgVo2maxMlPerMinPerKg) {
            this.dayAvgVo2maxMlPerMinPerKg = dayAvgVo2maxMlPerMinPerKg;
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

        public OxygenData build() {
            return new OxygenData(
                    avgSaturationPercentage,
                    saturationSamples,
                    vo2Samples,
                    vo2maxMlPerMinPerKg,
                    dayAvgVo2maxMlPerMinPerKg,
                    extra);
        }
    }
}
