// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.PlannedWorkoutDurationType;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code PlannedWorkoutDetailsStepDuration} object (wire shape of {@code schemas/core/PlannedWorkoutDetailsStepDuration.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code duration_type}: {@link PlannedWorkoutDurationType}</li>
 * </ul>
 * Required by the schema: {@code duration_type}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlannedWorkoutDetailsStepDuration(
        @JsonProperty("duration_type") @EnumType(PlannedWorkoutDurationType.class)
        Integer durationType,

        @JsonProperty("seconds") Double seconds,
        @JsonProperty("distance_meters") Double distanceMeters,
        @JsonProperty("hr_below_bpm") Double hrBelowBpm,
        @JsonProperty("hr_above_bpm") Double hrAboveBpm,
        @JsonProperty("calories") Double calories,
        @JsonProperty("power_below_watts") Double powerBelowWatts,
        @JsonProperty("power_above_watts") Double powerAboveWatts,
        @JsonProperty("reps") Double reps,
        @JsonProperty("rest_seconds") Double restSeconds,
        @JsonProperty("steps") Double steps,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public PlannedWorkoutDetailsStepDuration {
        extra = Extra.copy(extra);
    }

    /** {@code duration_type} as {@link PlannedWorkoutDurationType}; empty when absent or not a known value. */
    public Optional<PlannedWorkoutDurationType> durationTypeAsEnum() {
        return PlannedWorkoutDurationType.of(durationType);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.durationType = durationType;
        b.seconds = seconds;
        b.distanceMeters = distanceMeters;
        b.hrBelowBpm = hrBelowBpm;
        b.hrAboveBpm = hrAboveBpm;
        b.calories = calories;
        b.powerBelowWatts = powerBelowWatts;
        b.powerAboveWatts = powerAboveWatts;
        b.reps = reps;
        b.restSeconds = restSeconds;
        b.steps = steps;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link PlannedWorkoutDetailsStepDuration}. */
    public static final class Builder {
        private Integer durationType;
        private Double seconds;
        private Double distanceMeters;
        private Double hrBelowBpm;
        private Double hrAboveBpm;
        private Double calories;
        private Double powerBelowWatts;
        private Double powerAboveWatts;
        private Double reps;
        private Double restSeconds;
        private Double steps;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder durationType(Integer durationType) {
            this.durationType = durationType;
            return this;
        }

        public Builder durationType(PlannedWorkoutDurationType durationType) {
            this.durationType = durationType == null ? null : durationType.value();
            return this;
        }

        public Builder seconds(Double seconds) {
            this.seconds = seconds;
            return this;
        }

        public Builder distanceMeters(Double distanceMeters) {
            this.distanceMeters = distanceMeters;
            return this;
        }

        public Builder hrBelowBpm(Double hrBelowBpm) {
            this.hrBelowBpm = hrBelowBpm;
            return this;
        }

        public Builder hrAboveBpm(Double hrAboveBpm) {
            this.hrAboveBpm = hrAboveBpm;
            return this;
        }

        public Builder calories(Double calories) {
            this.calories = calories;
            return this;
        }

        public Builder powerBelowWatts(Double powerBelowWatts) {
            this.powerBelowWatts = powerBelowWatts;
            return this;
        }

        public Builder powerAboveWatts(Double powerAboveWatts) {
            this.powerAboveWatts = powerAboveWatts;
            return this;
        }

        public Builder reps(Double reps) {
            this.reps = reps;
            return this;
        }

        public Builder restSeconds(Double restSeconds) {
            this.restSeconds = restSeconds;
            return this;
        }

        public Builder steps(Double steps) {
            this.steps = steps;
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

        public PlannedWorkoutDetailsStepDuration build() {
            return new PlannedWorkoutDetailsStepDuration(
                    durationType,
                    seconds,
                    distanceMeters,
                    hrBelowBpm,
                    hrAboveBpm,
                    calories,
                    powerBelowWatts,
                    powerAboveWatts,
                    reps,
                    restSeconds,
                    steps,
                    extra);
        }
    }
}
