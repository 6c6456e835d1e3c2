// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.PlannedWorkoutEquipmentType;
import io.tributary.model.enums.PlannedWorkoutExerciseCategory;
import io.tributary.model.enums.PlannedWorkoutIntensity;
import io.tributary.model.enums.PlannedWorkoutStepType;
import io.tributary.model.enums.PlannedWorkoutStrokeType;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code PlannedWorkoutDetailsStep} object (wire shape of {@code schemas/core/PlannedWorkoutDetailsStep.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code intensity}: {@link PlannedWorkoutIntensity}</li>
 *   <li>{@code type}: {@link PlannedWorkoutStepType}</li>
 *   <li>{@code stroke_type}: {@link PlannedWorkoutStrokeType}</li>
 *   <li>{@code equipment_type}: {@link PlannedWorkoutEquipmentType}</li>
 *   <li>{@code exercise_category}: {@link PlannedWorkoutExerciseCategory}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlannedWorkoutDetailsStep(
        @JsonProperty("order") Integer order,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,

        @JsonProperty("intensity") @EnumType(PlannedWorkoutIntensity.class)
        Integer intensity,

        @JsonProperty("type") @EnumType(PlannedWorkoutStepType.class)
        Integer type,

        @JsonProperty("durations") List<PlannedWorkoutDetailsStepDuration> durations,
        @JsonProperty("targets") List<PlannedWorkoutDetailsStepTarget> targets,

        @JsonProperty("stroke_type") @EnumType(PlannedWorkoutStrokeType.class)
        Integer strokeType,

        @JsonProperty("equipment_type") @EnumType(PlannedWorkoutEquipmentType.class)
        List<Integer> equipmentType,

        @JsonProperty("exercise_name") String exerciseName,

        @JsonProperty("exercise_category") @EnumType(PlannedWorkoutExerciseCategory.class)
        Integer exerciseCategory,

        @JsonProperty("weight_kg") Double weightKg,
        @JsonProperty("steps") List<PlannedWorkoutDetailsStep> steps,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public PlannedWorkoutDetailsStep {
        extra = Extra.copy(extra);
    }

    /** {@code intensity} as {@link PlannedWorkoutIntensity}; empty when absent or not a known value. */
    public Optional<PlannedWorkoutIntensity> intensityAsEnum() {
        return PlannedWorkoutIntensity.of(intensity);
    }

    /** {@code type} as {@link PlannedWorkoutStepType}; empty when absent or not a known value. */
    public Optional<PlannedWorkoutStepType> typeAsEnum() {
        return PlannedWorkoutStepType.of(type);
    }

    /** {@code stroke_type} as {@link PlannedWorkoutStrokeType}; empty when absent or not a known value. */
    public Optional<PlannedWorkoutStrokeType> strokeTypeAsEnum() {
        return PlannedWorkoutStrokeType.of(strokeType);
    }

    /** {@code exercise_category} as {@link PlannedWorkoutExerciseCategory}; empty when absent or not a known value. */
    public Optional<PlannedWorkoutExerciseCategory> exerciseCategoryAsEnum() {
        return PlannedWorkoutExerciseCategory.of(exerciseCategory);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.order = order;
        b.name = name;
        b.description = description;
        b.intensity = intensity;
        b.type = type;
        b.durations = durations;
        b.targets = targets;
        b.strokeType = strokeType;
        b.equipmentType = equipmentType;
        b.exerciseName = exerciseName;
        b.exerciseCategory = exerciseCategory;
        b.weightKg = weightKg;
        b.steps = steps;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link PlannedWorkoutDetailsStep}. */
    public static final class Builder {
        private Integer order;
        private String name;
        private String description;
        private Integer intensity;
        private Integer type;
        private List<PlannedWorkoutDetailsStepDuration> durations;
        private List<PlannedWorkoutDetailsStepTarget> targets;
        private Integer strokeType;
        private List<Integer> equipmentType;
        private String exerciseName;
        private Integer exerciseCategory;
        private Double weightKg;
        private List<PlannedWorkoutDetailsStep> steps;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder order(Integer order) {
            this.order = order;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder intensity(Integer intensity) {
            this.intensity = intensity;
            return this;
        }

        public Builder intensity(PlannedWorkoutIntensity intensity) {
            this.intensity = intensity == null ? null : intensity.value();
            return this;
        }

        public Builder type(Integer type) {
            this.type = type;
            return this;
        }

        public Builder type(PlannedWorkoutStepType type) {
            this.type = type == null ? null : type.value();
            return this;
        }

        public Builder durations(List<PlannedWorkoutDetailsStepDuration> durations) {
            this.durations = durations;
            return this;
        }

        public Builder targets(List<PlannedWorkoutDetailsStepTarget> targets) {
            this.targets = targets;
            return this;
        }

        public Builder strokeType(Integer strokeType) {
            this.strokeType = strokeType;
            return this;
        }

        public Builder strokeType(PlannedWorkoutStrokeType strokeType) {
            this.strokeType = strokeType == null ? null : strokeType.value();
            return this;
        }

        public Builder equipmentType(List<Integer> equipmentType) {
            this.equipmentType = equipmentType;
            return this;
        }

        public Builder exerciseName(String exerciseName) {
            this.exerciseName = exerciseName;
            return this;
        }

        public Builder exerciseCategory(Integer exerciseCategory) {
            this.exerciseCategory = exerciseCategory;
            return this;
        }

        public Builder exerciseCategory(PlannedWorkoutExerciseCategory exerciseCategory) {
            this.exerciseCategory = exerciseCategory == null ? null : exerciseCategory.value();
            return this;
        }

        public Builder weightKg(Double weightKg) {
            this.weightKg = weightKg;
            return this;
        }

        public Builder steps(List<PlannedWorkoutDetailsStep> steps) {
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

        public PlannedWorkoutDetailsStep build() {
            return new PlannedWorkoutDetailsStep(
                    order,
                    name,
                    description,
                    intensity,
                    type,
                    durations,
                    targets,
                    strokeType,
                    equipmentType,
                    exerciseName,
                    exerciseCategory,
                    weightKg,
                    steps,
                    extra);
        }
    }
}
