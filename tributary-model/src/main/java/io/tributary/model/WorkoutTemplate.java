// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.EnvironmentType;
import io.tributary.model.enums.WorkoutSport;
import io.tributary.model.nested.StepBlock;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code WorkoutTemplate} object (wire shape of {@code schemas/core/WorkoutTemplate.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code sport}: {@link WorkoutSport}</li>
 *   <li>{@code environment}: {@link EnvironmentType}</li>
 * </ul>
 * Required by the schema: {@code name}, {@code sport}, {@code step_blocks}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkoutTemplate(
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("sport") @EnumType(WorkoutSport.class) String sport,

        @JsonProperty("environment") @EnumType(EnvironmentType.class)
        String environment,

        @JsonProperty("pool_length_meters") Double poolLengthMeters,
        @JsonProperty("step_blocks") List<StepBlock> stepBlocks,
        @JsonProperty("estimated_duration_seconds") Double estimatedDurationSeconds,
        @JsonProperty("estimated_distance_meters") Double estimatedDistanceMeters,
        @JsonProperty("estimated_calories") Double estimatedCalories,
        @JsonProperty("workout_id") String workoutId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public WorkoutTemplate {
        extra = Extra.copy(extra);
    }

    /** {@code sport} as {@link WorkoutSport}; empty when absent or not a known value. */
    public Optional<WorkoutSport> sportAsEnum() {
        return WorkoutSport.of(sport);
    }

    /** {@code environment} as {@link EnvironmentType}; empty when absent or not a known value. */
    public Optional<EnvironmentType> environmentAsEnum() {
        return EnvironmentType.of(environment);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.description = description;
        b.sport = sport;
        b.environment = environment;
        b.poolLengthMeters = poolLengthMeters;
        b.stepBlocks = stepBlocks;
        b.estimatedDurationSeconds = estimatedDurationSeconds;
        b.estimatedDistanceMeters = estimatedDistanceMeters;
        b.estimatedCalories = estimatedCalories;
        b.workoutId = workoutId;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link WorkoutTemplate}. */
    public static final class Builder {
        private String name;
        private String description;
        private String sport;
        private String environment;
        private Double poolLengthMeters;
        private List<StepBlock> stepBlocks;
        private Double estimatedDurationSeconds;
        private Double estimatedDistanceMeters;
        private Double estimatedCalories;
        private String workoutId;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder sport(String sport) {
            this.sport = sport;
            return this;
        }

        public Builder sport(WorkoutSport sport) {
            this.sport = sport == null ? null : sport.value();
            return this;
        }

        public Builder environment(String environment) {
            this.environment = environment;
            return this;
        }

        public Builder environment(EnvironmentType environment) {
            this.environment = environment == null ? null : environment.value();
            return this;
        }

        public Builder poolLengthMeters(Double poolLengthMeters) {
            this.poolLengthMeters = poolLengthMeters;
            return this;
        }

        public Builder stepBlocks(List<StepBlock> stepBlocks) {
            this.stepBlocks = stepBlocks;
            return this;
        }

        public Builder estimatedDurationSeconds(Double estimatedDurationSeconds) {
            this.estimatedDurationSeconds = estimatedDurationSeconds;
            return this;
        }

        public Builder estimatedDistanceMeters(Double estimatedDistanceMeters) {
            this.estimatedDistanceMeters = estimatedDistanceMeters;
            return this;
        }

        public Builder estimatedCalories(Double estimatedCalories) {
            this.estimatedCalories = estimatedCalories;
            return this;
        }

        public Builder workoutId(String workoutId) {
            this.workoutId = workoutId;
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

        public WorkoutTemplate build() {
            return new WorkoutTemplate(
                    name,
                    description,
                    sport,
                    environment,
                    poolLengthMeters,
                    stepBlocks,
                    estimatedDurationSeconds,
                    estimatedDistanceMeters,
                    estimatedCalories,
                    workoutId,
                    extra);
        }
    }
}
