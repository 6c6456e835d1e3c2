// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.nested.AthleteMetrics;
import io.tributary.model.nested.PlannedWorkoutDetails;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code PlannedWorkout} object (wire shape of {@code schemas/core/PlannedWorkout.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlannedWorkout(
        @JsonProperty("planned_workout_id") String plannedWorkoutId,
        @JsonProperty("workout_id") String workoutId,
        @JsonProperty("planned_date") String plannedDate,
        @JsonProperty("provider_workout_id") String providerWorkoutId,
        @JsonProperty("coercion_warnings") String coercionWarnings,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("last_updated_at") String lastUpdatedAt,
        @JsonProperty("is_external") Boolean isExternal,
        @JsonProperty("athlete_metrics") AthleteMetrics athleteMetrics,
        @JsonProperty("details") PlannedWorkoutDetails details,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements TerraDataModel {

    public PlannedWorkout {
        extra = Extra.copy(extra);
    }

    @Override
    public DataType dataType() {
        return DataType.PLANNED_WORKOUT;
    }

    @Override
    public String identityKey() {
        return IdentityKeys.plannedWorkout(this);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    @Override
    public PlannedWorkout withoutSamples() {
        return this;
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.plannedWorkoutId = plannedWorkoutId;
        b.workoutId = workoutId;
        b.plannedDate = plannedDate;
        b.providerWorkoutId = providerWorkoutId;
        b.coercionWarnings = coercionWarnings;
        b.createdAt = createdAt;
        b.lastUpdatedAt = lastUpdatedAt;
        b.isExternal = isExternal;
        b.athleteMetrics = athleteMetrics;
        b.details = details;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link PlannedWorkout}. */
    public static final class Builder {
        private String plannedWorkoutId;
        private String workoutId;
        private String plannedDate;
        private String providerWorkoutId;
        private String coercionWarnings;
        private String createdAt;
        private String lastUpdatedAt;
        private Boolean isExternal;
        private AthleteMetrics athleteMetrics;
        private PlannedWorkoutDetails details;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder plannedWorkoutId(String plannedWorkoutId) {
            this.plannedWorkoutId = plannedWorkoutId;
            return this;
        }

        public Builder workoutId(String workoutId) {
            this.workoutId = workoutId;
            return this;
        }

        public Builder plannedDate(String plannedDate) {
            this.plannedDate = plannedDate;
            return this;
        }

        public Builder providerWorkoutId(String providerWorkoutId) {
            this.providerWorkoutId = providerWorkoutId;
            return this;
        }

        public Builder coercionWarnings(String coercionWarnings) {
            this.coercionWarnings = coercionWarnings;
            return this;
        }

        public Builder createdAt(String createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder lastUpdatedAt(String lastUpdatedAt) {
            this.lastUpdatedAt = lastUpdatedAt;
            return this;
        }

        public Builder isExternal(Boolean isExternal) {
            this.isExternal = isExternal;
            return this;
        }

        public Builder athleteMetrics(AthleteMetrics athleteMetrics) {
            this.athleteMetrics = athleteMetrics;
            return this;
        }

        public Builder details(PlannedWorkoutDetails details) {
            this.details = details;
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

        public PlannedWorkout build() {
            return new PlannedWorkout(
                    plannedWorkoutId,
                    workoutId,
                    plannedDate,
                    providerWorkoutId,
                    coercionWarnings,
                    createdAt,
                    lastUpdatedAt,
                    isExternal,
                    athleteMetrics,
                    details,
                    extra);
        }
    }
}
