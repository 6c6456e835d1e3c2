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
 * Terra {@code DistanceDataDetailed} object (wire shape of {@code schemas/core/DistanceDataDetailed.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DistanceDataDetailed(
        @JsonProperty("distance_samples") List<DistanceSample> distanceSamples,
        @JsonProperty("elevation_samples") List<ElevationSample> elevationSamples,
        @JsonProperty("floors_climbed_samples") List<FloorsClimbedSample> floorsClimbedSamples,
        @JsonProperty("step_samples") List<StepSample> stepSamples,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public DistanceDataDetailed {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public DistanceDataDetailed withoutSamples() {
        return new DistanceDataDetailed(null, null, null, null, extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.distanceSamples = distanceSamples;
        b.elevationSamples = elevationSamples;
        b.floorsClimbedSamples = floorsClimbedSamples;
        b.stepSamples = stepSamples;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link DistanceDataDetailed}. */
    public static final class Builder {
        private List<DistanceSample> distanceSamples;
        private List<ElevationSample> elevationSamples;
        private List<FloorsClimbedSample> floorsClimbedSamples;
        private List<StepSample> stepSamples;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder distanceSamples(List<DistanceSample> distanceSamples) {
            this.distanceSamples = distanceSamples;
            return this;
        }

        public Builder elevationSamples(List<ElevationSample> elevationSamples) {
            this.elevationSamples = elevationSamples;
            return this;
        }

        public Builder floorsClimbedSamples(List<FloorsClimbedSample> floorsClimbedSamples) {
            this.floorsClimbedSamples = floorsClimbedSamples;
            return this;
        }

        public Builder stepSamples(List<StepSample> stepSamples) {
            this.stepSamples = stepSamples;
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

        public DistanceDataDetailed build() {
            return new DistanceDataDetailed(
                    distanceSamples, elevationSamples, floorsClimbedSamples, stepSamples, extra);
        }
    }
}
