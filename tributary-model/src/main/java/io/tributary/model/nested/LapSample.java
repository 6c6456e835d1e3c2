// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.StrokeType;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code LapSample} object (wire shape of {@code schemas/core/LapSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code stroke_type}: {@link StrokeType}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LapSample(
        @JsonProperty("calories") Double calories,
        @JsonProperty("avg_hr_bpm") Double avgHrBpm,
        @JsonProperty("start_time") String startTime,
        @JsonProperty("avg_speed_meters_per_second") Double avgSpeedMetersPerSecond,
        @JsonProperty("distance_meters") Double distanceMeters,
        @JsonProperty("total_strokes") Integer totalStrokes,
        @JsonProperty("end_time") String endTime,

        @JsonProperty("stroke_type") @EnumType(StrokeType.class)
        String strokeType,

        @JsonProperty("avg_watts") Double avgWatts,
        @JsonProperty("active_duration_seconds") Integer activeDurationSeconds,
        @JsonProperty("trigger_method") String triggerMethod,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LapSample {
        extra = Extra.copy(extra);
    }

    /** {@code stroke_type} as {@link StrokeType}; empty when absent or not a known value. */
    public Optional<StrokeType> strokeTypeAsEnum() {
        return StrokeType.of(strokeType);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.calories = calories;
        b.avgHrBpm = avgHrBpm;
        b.startTime = startTime;
        b.avgSpeedMetersPerSecond = avgSpeedMetersPerSecond;
        b.distanceMeters = distanceMeters;
        b.totalStrokes = totalStrokes;
        b.endTime = endTime;
        b.strokeType = strokeType;
        b.avgWatts = avgWatts;
        b.activeDurationSeconds = activeDurationSeconds;
        b.triggerMethod = triggerMethod;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LapSample}. */
    public static final class Builder {
        private Double calories;
        private Double avgHrBpm;
        private String startTime;
        private Double avgSpeedMetersPerSecond;
        private Double distanceMeters;
        private Integer totalStrokes;
        private String endTime;
        private String strokeType;
        private Double avgWatts;
        private Integer activeDurationSeconds;
        private String triggerMethod;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder calories(Double calories) {
            this.calories = calories;
            return this;
        }

        public Builder avgHrBpm(Double avgHrBpm) {
            this.avgHrBpm = avgHrBpm;
            return this;
        }

        public Builder startTime(String startTime) {
            this.startTime = startTime;
            return this;
        }

        public Builder avgSpeedMetersPerSecond(Double avgSpeedMetersPerSecond) {
            this.avgSpeedMetersPerSecond = avgSpeedMetersPerSecond;
            return this;
        }

        public Builder distanceMeters(Double distanceMeters) {
            this.distanceMeters = distanceMeters;
            return this;
        }

        public Builder totalStrokes(Integer totalStrokes) {
            this.totalStrokes = totalStrokes;
            return this;
        }

        public Builder endTime(String endTime) {
            this.endTime = endTime;
            return this;
        }

        public Builder strokeType(String strokeType) {
            this.strokeType = strokeType;
            return this;
        }

        public Builder strokeType(StrokeType strokeType) {
            this.strokeType = strokeType == null ? null : strokeType.value();
            return this;
        }

        public Builder avgWatts(Double avgWatts) {
            this.avgWatts = avgWatts;
            return this;
        }

        public Builder activeDurationSeconds(Integer activeDurationSeconds) {
            this.activeDurationSeconds = activeDurationSeconds;
            return this;
        }

        public Builder triggerMethod(String triggerMethod) {
            this.triggerMethod = triggerMethod;
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

        public LapSample build() {
            return new LapSample(
                    calories,
                    avgHrBpm,
                    startTime,
                    avgSpeedMetersPerSecond,
                    distanceMeters,
                    totalStrokes,
                    endTime,
                    strokeType,
                    avgWatts,
                    activeDurationSeconds,
                    triggerMethod,
                    extra);
        }
    }
}
