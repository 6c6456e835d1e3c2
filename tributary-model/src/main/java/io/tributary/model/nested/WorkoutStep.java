// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.WorkoutStepIntensity;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code WorkoutStep} object (wire shape of {@code schemas/core/WorkoutStep.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code intensity_type}: {@link WorkoutStepIntensity}</li>
 * </ul>
 * Required by the schema: {@code completion_condition}, {@code intensity_type}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkoutStep(
        @JsonProperty("completion_condition") CompletionCondition completionCondition,
        @JsonProperty("intensity_targets") List<IntensityTarget> intensityTargets,

        @JsonProperty("intensity_type") @EnumType(WorkoutStepIntensity.class)
        String intensityType,

        @JsonProperty("notes") String notes,
        @JsonProperty("controls") List<StepControl> controls,
        @JsonProperty("strength") StrengthData strength,
        @JsonProperty("swimming") SwimStepData swimming,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public WorkoutStep {
        extra = Extra.copy(extra);
    }

    /** {@code intensity_type} as {@link WorkoutStepIntensity}; empty when absent or not a known value. */
    public Optional<WorkoutStepIntensity> intensityTypeAsEnum() {
        return WorkoutStepIntensity.of(intensityType);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.completionCondition = completionCondition;
        b.intensityTargets = intensityTargets;
        b.intensityType = intensityType;
        b.notes = notes;
        b.controls = controls;
        b.strength = strength;
        b.swimming = swimming;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link WorkoutStep}. */
    public static final class Builder {
        private CompletionCondition completionCondition;
        private List<IntensityTarget> intensityTargets;
        private String intensityType;
        private String notes;
        private List<StepControl> controls;
        private StrengthData strength;
        private SwimStepData swimming;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder completionCondition(CompletionCondition completionCondition) {
            this.completionCondition = completionCondition;
            return this;
        }

        public Builder intensityTargets(List<IntensityTarget> intensityTargets) {
            this.intensityTargets = intensityTargets;
            return this;
        }

        public Builder intensityType(String intensityType) {
            this.intensityType = intensityType;
            return this;
        }

        public Builder intensityType(WorkoutStepIntensity intensityType) {
            this.intensityType = intensityType == null ? null : intensityType.value();
            return this;
        }

        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        public Builder controls(List<StepControl> controls) {
            this.controls = controls;
            return this;
        }

        public Builder strength(StrengthData strength) {
            this.strength = strength;
            return this;
        }

        public Builder swimming(SwimStepData swimming) {
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

        public WorkoutStep build() {
            return new WorkoutStep(
                    completionCondition, intensityTargets, intensityType, notes, controls, strength, swimming, extra);
        }
    }
}
