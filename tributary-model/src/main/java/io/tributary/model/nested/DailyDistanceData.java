// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code DailyDistanceData} object (wire shape of {@code schemas/core/DailyDistanceData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DailyDistanceData(
        @JsonProperty("detailed") DistanceDataDetailed detailed,
        @JsonProperty("distance_meters") Double distanceMeters,
        @JsonProperty("elevation") ElevationData elevation,
        @JsonProperty("floors_climbed") Integer floorsClimbed,
        @JsonProperty("steps") Integer steps,
        @JsonProperty("swimming") SwimmingData swimming,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public DailyDistanceData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public DailyDistanceData withoutSamples() {
        return new DailyDistanceData(
                detailed == null ? null : detailed.withoutSamples(),
                distanceMeters,
                elevation,
                floorsClimbed,
                steps,
                swimming,
                extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.detailed = detailed;
        b.distanceMeters = distanceMeters;
        b.elevation = elevation;
        b.floorsClimbed = floorsClimbed;
        b.steps = steps;
        b.swimming = swimming;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link DailyDistanceData}. */
    public static final class Builder {
        private DistanceDataDetailed detailed;
        private Double distanceMeters;
        private ElevationData elevation;
        private Integer floorsClimbed;
        private Integer steps;
        private SwimmingData swimming;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder detailed(DistanceDataDetailed detailed) {
            this.detailed = detailed;
            return this;
        }

        public Builder distanceMeters(Double distanceMeters) {
            this.distanceMeters = distanceMeters;
            return this;
        }

        public Builder elevation(ElevationData elevation) {
            this.elevation = elevation;
            return this;
        }

        public Builder floorsClimbed(Integer floorsClimbed) {
            this.floorsClimbed = floorsClimbed;
            return this;
        }

        public Builder steps(Integer steps) {
            this.steps = steps;
            return this;
        }

        public Builder swimming(SwimmingData swimming) {
            this.swimming = swimming;
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

        public DailyDistanceData build() {
            return new DailyDistanceData(detailed, distanceMeters, elevation, floorsClimbed, steps, swimming, extra);
        }
    }
}
