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
 * Terra {@code OxygenSaturationData} object (wire shape of {@code schemas/core/OxygenSaturationData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OxygenSaturationData(
        @JsonProperty("avg_saturation_percentage") Double avgSaturationPercentage,
        @JsonProperty("end_time") String endTime,
        @JsonProperty("samples") List<OxygenSaturationSample> samples,
        @JsonProperty("start_time") String startTime,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public OxygenSaturationData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public OxygenSaturationData withoutSamples() {
        return new OxygenSaturationData(avgSaturationPercentage, endTime, null, startTime, extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.avgSaturationPercentage = avgSaturationPercentage;
        b.endTime = endTime;
        b.samples = samples;
        b.startTime = startTime;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link OxygenSaturationData}. */
    public static final class Builder {
        private Double avgSaturationPercentage;
        private String endTime;
        private List<OxygenSaturationSample> samples;
        private String startTime;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder avgSaturationPercentage(Double avgSaturationPercentage) {
            this.avgSaturationPercentage = avgSaturationPercentage;
            return this;
        }

        public Builder endTime(String endTime) {
            this.endTime = endTime;
            return this;
        }

        public Builder samples(List<OxygenSaturationSample> samples) {
            this.samples = samples;
            return this;
        }

        public Builder startTime(String startTime) {
            this.startTime = startTime;
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

        public OxygenSaturationData build() {
            return new OxygenSaturationData(avgSaturationPercentage, endTime, samples, startTime, extra);
        }
    }
}
