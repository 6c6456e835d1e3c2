// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.ActivityType;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code PlannedWorkoutDetailsMetadata} object (wire shape of {@code schemas/core/PlannedWorkoutDetailsMetadata.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code type}: {@link ActivityType}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlannedWorkoutDetailsMetadata(
        @JsonProperty("id") String id,
        @JsonProperty("provider") String provider,
        @JsonProperty("name") String name,
        @JsonProperty("description") String description,
        @JsonProperty("type") @EnumType(ActivityType.class) Integer type,
        @JsonProperty("planned_date") String plannedDate,
        @JsonProperty("created_date") String createdDate,
        @JsonProperty("estimated_tss") Double estimatedTss,
        @JsonProperty("estimated_if") Double estimatedIf,
        @JsonProperty("estimated_duration_seconds") Double estimatedDurationSeconds,
        @JsonProperty("estimated_distance_meters") Double estimatedDistanceMeters,
        @JsonProperty("estimated_calories") Double estimatedCalories,
        @JsonProperty("estimated_elevation_gain_meters") Double estimatedElevationGainMeters,
        @JsonProperty("estimated_energy_kj") Double estimatedEnergyKj,
        @JsonProperty("estimated_speed_meters_per_second") Double estimatedSpeedMetersPerSecond,
        @JsonProperty("pool_length_meters") Double poolLengthMeters,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public PlannedWorkoutDetailsMetadata {
        extra = Extra.copy(extra);
    }

    /** {@code type} as {@link ActivityType}; empty when absent or not a known value. */
    public Optional<ActivityType> typeAsEnum() {
        return ActivityType.of(type);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.provider = provider;
        b.name = name;
        b.description = description;
        b.type = type;
        b.plannedDate = plannedDate;
        b.createdDate = createdDate;
        b.estimatedTss = estimatedTss;
        b.estimatedIf = estimatedIf;
        b.estimatedDurationSeconds = estimatedDurationSeconds;
        b.estimatedDistanceMeters = estimatedDistanceMeters;
        b.estimatedCalories = estimatedCalories;
        b.estimatedElevationGainMeters = estimatedElevationGainMeters;
        b.estimatedEnergyKj = estimatedEnergyKj;
        b.estimatedSpeedMetersPerSecond = estimatedSpeedMetersPerSecond;
        b.poolLengthMeters = poolLengthMeters;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link PlannedWorkoutDetailsMetadata}. */
    public static final class Builder {
        private String id;
        private String provider;
        private String name;
        private String description;
        private Integer type;
        private String plannedDate;
        private String createdDate;
        private Double estimatedTss;
        private Double estimatedIf;
        private Double estimatedDurationSeconds;
        private Double estimatedDistanceMeters;
        private Double estimatedCalories;
        private Double estimatedElevationGainMeters;
        private Double estimatedEnergyKj;
        private Double estimatedSpeedMetersPerSecond;
        private Double poolLengthMeters;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder provider(String provider) {
            this.provider = provider;
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

        public Builder type(Integer type) {
            this.type = type;
            return this;
        }

        public Builder type(ActivityType type) {
            this.type = type == null ? null : type.value();
            return this;
        }

        public Builder plannedDate(String plannedDate) {
            this.plannedDate = plannedDate;
            return this;
        }

        public Builder createdDate(String createdDate) {
            this.createdDate = createdDate;
            return this;
        }

        public Builder estimatedTss(Double estimatedTss) {
            this.estimatedTss = estimatedTss;
            return this;
        }

        public Builder estimatedIf(Double estimatedIf) {
            this.estimatedIf = estimatedIf;
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

        public Builder estimatedElevationGainMeters(Double estimatedElevationGainMeters) {
            this.estimatedElevationGainMeters = estimatedElevationGainMeters;
            return this;
        }

        public Builder estimatedEnergyKj(Double estimatedEnergyKj) {
            this.estimatedEnergyKj = estimatedEnergyKj;
            return this;
        }

        public Builder estimatedSpeedMetersPerSecond(Double estimatedSpeedMetersPerSecond) {
            this.estimatedSpeedMetersPerSecond = estimatedSpeedMetersPerSecond;
            return this;
        }

        public Builder poolLengthMeters(Double poolLengthMeters) {
            this.poolLengthMeters = poolLengthMeters;
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

        public PlannedWorkoutDetailsMetadata build() {
            return new PlannedWorkoutDetailsMetadata(
                    id,
                    provider,
                    name,
                    description,
                    type,
                    plannedDate,
                    createdDate,
                    estimatedTss,
                    estimatedIf,
                    estimatedDurationSeconds,
                    estimatedDistanceMeters,
                    estimatedCalories,
                    estimatedElevationGainMeters,
                    estimatedEnergyKj,
                    estimatedSpeedMetersPerSecond,
                    poolLengthMeters,
                    extra);
        }
    }
}
