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
 * Terra {@code ActiveDurationsData} object (wire shape of {@code schemas/core/ActiveDurationsData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActiveDurationsData(
        @JsonProperty("activity_levels_samples") List<ActivityLevelSample> activityLevelsSamples,
        @JsonProperty("activity_seconds") Double activitySeconds,
        @JsonProperty("inactivity_seconds") Double inactivitySeconds,
        @JsonProperty("low_intensity_seconds") Double lowIntensitySeconds,
        @JsonProperty("moderate_intensity_seconds") Double moderateIntensitySeconds,
        @JsonProperty("num_continuous_inactive_periods") Integer numContinuousInactivePeriods,
        @JsonProperty("rest_seconds") Double restSeconds,
        @JsonProperty("vigorous_intensity_seconds") Double vigorousIntensitySeconds,
        @JsonProperty("standing_hours_count") Double standingHoursCount,
        @JsonProperty("standing_seconds") Double standingSeconds,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public ActiveDurationsData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public ActiveDurationsData withoutSamples() {
        return new ActiveDurationsData(
                null,
                activitySeconds,
                inactivitySeconds,
                lowIntensitySeconds,
                moderateIntensitySeconds,
                numContinuousInactivePeriods,
                restSeconds,
                vigorousIntensitySeconds,
                standingHoursCount,
                standingSeconds,
                extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.activityLevelsSamples = activityLevelsSamples;
        b.activitySeconds = activitySeconds;
        b.inactivitySeconds = inactivitySeconds;
        b.lowIntensitySeconds = lowIntensitySeconds;
        b.moderateIntensitySeconds = moderateIntensitySeconds;
        b.numContinuousInactivePeriods = numContinuousInactivePeriods;
        b.restSeconds = restSeconds;
        b.vigorousIntensitySeconds = vigorousIntensitySeconds;
        b.standingHoursCount = standingHoursCount;
        b.standingSeconds = standingSeconds;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link ActiveDurationsData}. */
    public static final class Builder {
        private List<ActivityLevelSample> activityLevelsSamples;
        private Double activitySeconds;
        private Double inactivitySeconds;
        private Double lowIntensitySeconds;
        private Double moderateIntensitySeconds;
        private Integer numContinuousInactivePeriods;
        private Double restSeconds;
        private Double vigorousIntensitySeconds;
        private Double standingHoursCount;
        private Double standingSeconds;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder activityLevelsSamples(List<ActivityLevelSample> activityLevelsSamples) {
            this.activityLevelsSamples = activityLevelsSamples;
            return this;
        }

        public Builder activitySeconds(Double activitySeconds) {
            this.activitySeconds = activitySeconds;
            return this;
        }

        public Builder inactivitySeconds(Double inactivitySeconds) {
            this.inactivitySeconds = inactivitySeconds;
            return this;
        }

        public Builder lowIntensitySeconds(Double lowIntensitySeconds) {
            this.lowIntensitySeconds = lowIntensitySeconds;
            return this;
        }

        public Builder moderateIntensitySeconds(Double moderateIntensitySeconds) {
            this.moderateIntensitySeconds = moderateIntensitySeconds;
            return this;
        }

        public Builder numContinuousInactivePeriods(Integer numContinuousInactivePeriods) {
            this.numContinuousInactivePeriods = numContinuousInactivePeriods;
            return this;
        }

        public Builder restSeconds(Double restSeconds) {
            this.restSeconds = restSeconds;
            return this;
        }

        public Builder vigorousIntensitySeconds(Double vigorousIntensitySeconds) {
            this.vigorousIntensitySeconds = vigorousIntensitySeconds;
            return this;
        }

        public Builder standingHoursCount(Double standingHoursCount) {
            this.standingHoursCount = standingHoursCount;
            return this;
        }

        public Builder standingSeconds(Double standingSeconds) {
            this.standingSeconds = standingSeconds;
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

        public ActiveDurationsData build() {
            return new ActiveDurationsData(
                    activityLevelsSamples,
                    activitySeconds,
                    inactivitySeconds,
                    lowIntensitySeconds,
                    moderateIntensitySeconds,
                    numContinuousInactivePeriods,
                    restSeconds,
                    vigorousIntensitySeconds,
                    standingHoursCount,
                    standingSeconds,
                    extra);
        }
    }
}
