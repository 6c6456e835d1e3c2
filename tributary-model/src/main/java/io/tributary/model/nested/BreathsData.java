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
 * Terra {@code BreathsData} object (wire shape of {@code schemas/core/BreathsData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BreathsData(
        @JsonProperty("avg_breaths_per_min") Double avgBreathsPerMin,
        @JsonProperty("max_breaths_per_min") Double maxBreathsPerMin,
        @JsonProperty("min_breaths_per_min") Double minBreathsPerMin,
        @JsonProperty("on_demand_reading") Boolean onDemandReading,
        @JsonProperty("samples") List<BreathSample> samples,
        @JsonProperty("start_time") String startTime,
        @JsonProperty("end_time") String endTime,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public BreathsData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public BreathsData withoutSamples() {
        return new BreathsData(
                avgBreathsPerMin, maxBreathsPerMin, minBreathsPerMin, onDemandReading, null, startTime, endTime, extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.avgBreathsPerMin = avgBreathsPerMin;
        b.maxBreathsPerMin = maxBreathsPerMin;
        b.minBreathsPerMin = minBreathsPerMin;
        b.onDemandReading = onDemandReading;
        b.samples = samples;
        b.startTime = startTime;
        b.endTime = endTime;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link BreathsData}. */
    public static final class Builder {
        private Double avgBreathsPerMin;
        private Double maxBreathsPerMin;
        private Double minBreathsPerMin;
        private Boolean onDemandReading;
        private List<BreathSample> samples;
        private String startTime;
        private String endTime;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder avgBreathsPerMin(Double avgBreathsPerMin) {
            this.avgBreathsPerMin = avgBreathsPerMin;
            return this;
        }

        public Builder maxBreathsPerMin(Double maxBreathsPerMin) {
            this.maxBreathsPerMin = maxBreathsPerMin;
            return this;
        }

        public Builder minBreathsPerMin(Double minBreathsPerMin) {
            this.minBreathsPerMin = minBreathsPerMin;
            return this;
        }

        public Builder onDemandReading(Boolean onDemandReading) {
            this.onDemandReading = onDemandReading;
            return this;
        }

        public Builder samples(List<BreathSample> samples) {
            this.samples = samples;
            return this;
        }

        public Builder startTime(String startTime) {
            this.startTime = startTime;
            return this;
        }

        public Builder endTime(String endTime) {
            this.endTime = endTime;
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

        public BreathsData build() {
            return new BreathsData(
                    avgBreathsPerMin,
                    maxBreathsPerMin,
                    minBreathsPerMin,
                    onDemandReading,
                    samples,
                    startTime,
                    endTime,
                    extra);
        }
    }
}
