// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.StressLevel;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code StressData} object (wire shape of {@code schemas/core/StressData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code stress_rating}: {@link StressLevel}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StressData(
        @JsonProperty("avg_stress_level") Double avgStressLevel,
        @JsonProperty("activity_stress_duration_seconds") Double activityStressDurationSeconds,
        @JsonProperty("low_stress_duration_seconds") Double lowStressDurationSeconds,
        @JsonProperty("max_stress_level") Double maxStressLevel,
        @JsonProperty("medium_stress_duration_seconds") Double mediumStressDurationSeconds,
        @JsonProperty("samples") List<StressSample> samples,
        @JsonProperty("rest_stress_duration_seconds") Double restStressDurationSeconds,
        @JsonProperty("high_stress_duration_seconds") Double highStressDurationSeconds,
        @JsonProperty("stress_duration_seconds") Double stressDurationSeconds,

        @JsonProperty("stress_rating") @EnumType(StressLevel.class)
        Integer stressRating,

        @JsonProperty("body_battery_samples") List<BodyBatterySample> bodyBatterySamples,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public StressData {
        extra = Extra.copy(extra);
    }

    /** {@code stress_rating} as {@link StressLevel}; empty when absent or not a known value. */
    public Optional<StressLevel> stressRatingAsEnum() {
        return StressLevel.of(stressRating);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public StressData withoutSamples() {
        return new StressData(
                avgStressLevel,
                activityStressDurationSeconds,
                lowStressDurationSeconds,
                maxStressLevel,
                mediumStressDurationSeconds,
                null,
                restStressDurationSeconds,
                highStressDurationSeconds,
                stressDurationSeconds,
                stressRating,
                null,
                extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.avgStressLevel = avgStressLevel;
        b.activityStressDurationSeconds = activityStressDurationSeconds;
        b.lowStressDurationSeconds = lowStressDurationSeconds;
        b.maxStressLevel = maxStressLevel;
        b.mediumStressDurationSeconds = mediumStressDurationSeconds;
        b.samples = samples;
        b.restStressDurationSeconds = restStressDurationSeconds;
        b.highStressDurationSeconds = highStressDurationSeconds;
        b.stressDurationSeconds = stressDurationSeconds;
        b.stressRating = stressRating;
        b.bodyBatterySamples = bodyBatterySamples;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link StressData}. */
    public static final class Builder {
        private Double avgStressLevel;
        private Double activityStressDurationSeconds;
        private Double lowStressDurationSeconds;
        private Double maxStressLevel;
        private Double mediumStressDurationSeconds;
        private List<StressSample> samples;
        private Double restStressDurationSeconds;
        private Double highStressDurationSeconds;
        private Double stressDurationSeconds;
        private Integer stressRating;
        private List<BodyBatterySample> bodyBatterySamples;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder avgStressLevel(Double avgStressLevel) {
            this.avgStressLevel = avgStressLevel;
            return this;
        }

        public Builder activityStressDurationSeconds(Double activityStressDurationSeconds) {
            this.activityStressDurationSeconds = activityStressDurationSeconds;
            return this;
        }

        public Builder lowStressDurationSeconds(Double lowStressDurationSeconds) {
            this.lowStressDurationSeconds = lowStressDurationSeconds;
            return this;
        }

        public Builder maxStressLevel(Double maxStressLevel) {
            this.maxStressLevel = maxStressLevel;
            return this;
        }

        public Builder mediumStressDurationSeconds(Double mediumStressDurationSeconds) {
            this.mediumStressDurationSeconds = mediumStressDurationSeconds;
            return this;
        }

        public Builder samples(List<StressSample> samples) {
            this.samples = samples;
            return this;
        }

        public Builder restStressDurationSeconds(Double restStressDurationSeconds) {
            this.restStressDurationSeconds = restStressDurationSeconds;
            return this;
        }

        public Builder highStressDurationSeconds(Double highStressDurationSeconds) {
            this.highStressDurationSeconds = highStressDurationSeconds;
            return this;
        }

        public Builder stressDurationSeconds(Double stressDurationSeconds) {
            this.stressDurationSeconds = stressDurationSeconds;
            return this;
        }

        public Builder stressRating(Integer stressRating) {
            this.stressRating = stressRating;
            return this;
        }

        public Builder stressRating(StressLevel stressRating) {
            this.stressRating = stressRating == null ? null : stressRating.value();
            return this;
        }

        public Builder bodyBatterySamples(List<BodyBatterySample> bodyBatterySamples) {
            this.bodyBatterySamples = bodyBatterySamples;
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

        public StressData build() {
            return new StressData(
                    avgStressLevel,
                    activityStressDurationSeconds,
                    lowStressDurationSeconds,
                    maxStressLevel,
                    mediumStressDurationSeconds,
                    samples,
                    restStressDurationSeconds,
                    highStressDurationSeconds,
                    stressDurationSeconds,
                    stressRating,
                    bodyBatterySamples,
                    extra);
        }
    }
}
