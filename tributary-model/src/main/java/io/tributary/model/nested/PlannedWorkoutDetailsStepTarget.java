// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.PlannedWorkoutTargetType;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code PlannedWorkoutDetailsStepTarget} object (wire shape of {@code schemas/core/PlannedWorkoutDetailsStepTarget.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code target_type}: {@link PlannedWorkoutTargetType}</li>
 * </ul>
 * Required by the schema: {@code target_type}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlannedWorkoutDetailsStepTarget(
        @JsonProperty("target_type") @EnumType(PlannedWorkoutTargetType.class)
        Integer targetType,

        @JsonProperty("hr_bpm_high") Double hrBpmHigh,
        @JsonProperty("hr_bpm_low") Double hrBpmLow,
        @JsonProperty("cadence") Double cadence,
        @JsonProperty("cadence_high") Double cadenceHigh,
        @JsonProperty("cadence_low") Double cadenceLow,
        @JsonProperty("power_watt") Double powerWatt,
        @JsonProperty("power_watt_high") Double powerWattHigh,
        @JsonProperty("power_watt_low") Double powerWattLow,
        @JsonProperty("swim_strokes") Double swimStrokes,
        @JsonProperty("hr_percentage") Double hrPercentage,
        @JsonProperty("hr_percentage_high") Double hrPercentageHigh,
        @JsonProperty("hr_percentage_low") Double hrPercentageLow,
        @JsonProperty("speed_percentage") Double speedPercentage,
        @JsonProperty("speed_percentage_high") Double speedPercentageHigh,
        @JsonProperty("speed_percentage_low") Double speedPercentageLow,
        @JsonProperty("power_percentage") Double powerPercentage,
        @JsonProperty("power_percentage_high") Double powerPercentageHigh,
        @JsonProperty("power_percentage_low") Double powerPercentageLow,
        @JsonProperty("repetitions") Integer repetitions,
        @JsonProperty("speed_meters_per_second") Double speedMetersPerSecond,
        @JsonProperty("speed_meters_per_second_low") Double speedMetersPerSecondLow,
        @JsonProperty("speed_meters_per_second_high") Double speedMetersPerSecondHigh,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public PlannedWorkoutDetailsStepTarget {
        extra = Extra.copy(extra);
    }

    /** {@code target_type} as {@link PlannedWorkoutTargetType}; empty when absent or not a known value. */
    public Optional<PlannedWorkoutTargetType> targetTypeAsEnum() {
        return PlannedWorkoutTargetType.of(targetType);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.targetType = targetType;
        b.hrBpmHigh = hrBpmHigh;
        b.hrBpmLow = hrBpmLow;
        b.cadence = cadence;
        b.cadenceHigh = cadenceHigh;
        b.cadenceLow = cadenceLow;
        b.powerWatt = powerWatt;
        b.powerWattHigh = powerWattHigh;
        b.powerWattLow = powerWattLow;
        b.swimStrokes = swimStrokes;
        b.hrPercentage = hrPercentage;
        b.hrPercentageHigh = hrPercentageHigh;
        b.hrPercentageLow = hrPercentageLow;
        b.speedPercentage = speedPercentage;
        b.speedPercentageHigh = speedPercentageHigh;
        b.speedPercentageLow = speedPercentageLow;
        b.powerPercentage = powerPercentage;
        b.powerPercentageHigh = powerPercentageHigh;
        b.powerPercentageLow = powerPercentageLow;
        b.repetitions = repetitions;
        b.speedMetersPerSecond = speedMetersPerSecond;
        b.speedMetersPerSecondLow = speedMetersPerSecondLow;
        b.speedMetersPerSecondHigh = speedMetersPerSecondHigh;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link PlannedWorkoutDetailsStepTarget}. */
    public static final class Builder {
        private Integer targetType;
        private Double hrBpmHigh;
        private Double hrBpmLow;
        private Double cadence;
        private Double cadenceHigh;
        private Double cadenceLow;
        private Double powerWatt;
        private Double powerWattHigh;
        private Double powerWattLow;
        private Double swimStrokes;
        private Double hrPercentage;
        private Double hrPercentageHigh;
        private Double hrPercentageLow;
        private Double speedPercentage;
        private Double speedPercentageHigh;
        private Double speedPercentageLow;
        private Double powerPercentage;
        private Double powerPercentageHigh;
        private Double powerPercentageLow;
        private Integer repetitions;
        private Double speedMetersPerSecond;
        private Double speedMetersPerSecondLow;
        private Double speedMetersPerSecondHigh;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder targetType(Integer targetType) {
            this.targetType = targetType;
            return this;
        }

        public Builder targetType(PlannedWorkoutTargetType targetType) {
            this.targetType = targetType == null ? null : targetType.value();
            return this;
        }

        public Builder hrBpmHigh(Double hrBpmHigh) {
            this.hrBpmHigh = hrBpmHigh;
            return this;
        }

        public Builder hrBpmLow(Double hrBpmLow) {
            this.hrBpmLow = hrBpmLow;
            return this;
        }

        public Builder cadence(Double cadence) {
            this.cadence = cadence;
            return this;
        }

        public Builder cadenceHigh(Double cadenceHigh) {
            this.cadenceHigh = cadenceHigh;
            return this;
        }

        public Builder cadenceLow(Double cadenceLow) {
            this.cadenceLow = cadenceLow;
            return this;
        }

        public Builder powerWatt(Double powerWatt) {
            this.powerWatt = powerWatt;
            return this;
        }

        public Builder powerWattHigh(Double powerWattHigh) {
            this.powerWattHigh = powerWattHigh;
            return this;
        }

        public Builder powerWattLow(Double powerWattLow) {
            this.powerWattLow = powerWattLow;
            return this;
        }

        public Builder swimStrokes(Double swimStrokes) {
            this.swimStrokes = swimStrokes;
            return this;
        }

        public Builder hrPercentage(Double hrPercentage) {
            this.hrPercentage = hrPercentage;
            return this;
        }

        public Builder hrPercentageHigh(Double hrPercentageHigh) {
            this.hrPercentageHigh = hrPercentageHigh;
            return this;
        }

        public Builder hrPercentageLow(Double hrPercentageLow) {
            this.hrPercentageLow = hrPercentageLow;
            return this;
        }

        public Builder speedPercentage(Double speedPercentage) {
            this.speedPercentage = speedPercentage;
            return this;
        }

        public Builder speedPercentageHigh(Double speedPercentageHigh) {
            this.speedPercentageHigh = speedPercentageHigh;
            return this;
        }

        public Builder speedPercentageLow(Double speedPercentageLow) {
            this.speedPercentageLow = speedPercentageLow;
            return this;
        }

        public Builder powerPercentage(Double powerPercentage) {
            this.powerPercentage = powerPercentage;
            return this;
        }

        public Builder powerPercentageHigh(Double powerPercentageHigh) {
            this.powerPercentageHigh = powerPercentageHigh;
            return this;
        }

        public Builder powerPercentageLow(Double powerPercentageLow) {
            this.powerPercentageLow = powerPercentageLow;
            return this;
        }

        public Builder repetitions(Integer repetitions) {
            this.repetitions = repetitions;
            return this;
        }

        public Builder speedMetersPerSecond(Double speedMetersPerSecond) {
            this.speedMetersPerSecond = speedMetersPerSecond;
            return this;
        }

        public Builder speedMetersPerSecondLow(Double speedMetersPerSecondLow) {
            this.speedMetersPerSecondLow = speedMetersPerSecondLow;
            return this;
        }

        public Builder speedMetersPerSecondHigh(Double speedMetersPerSecondHigh) {
            this.speedMetersPerSecondHigh = speedMetersPerSecondHigh;
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

        public PlannedWorkoutDetailsStepTarget build() {
            return new PlannedWorkoutDetailsStepTarget(
                    targetType,
                    hrBpmHigh,
                    hrBpmLow,
                    cadence,
                    cadenceHigh,
                    cadenceLow,
                    powerWatt,
                    powerWattHigh,
                    powerWattLow,
                    swimStrokes,
                    hrPercentage,
                    hrPercentageHigh,
                    hrPercentageLow,
                    speedPercentage,
                    speedPercentageHigh,
                    speedPercentageLow,
                    powerPercentage,
                    powerPercentageHigh,
                    powerPercentageLow,
                    repetitions,
                    speedMetersPerSecond,
                    speedMetersPerSecondLow,
                    speedMetersPerSecondHigh,
                    extra);
        }
    }
}
