// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.ActivityLevel;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code ActivityLevelSample} object (wire shape of {@code schemas/core/ActivityLevelSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code activity_level}: {@link ActivityLevel}</li>
 *   <li>{@code level}: {@link ActivityLevel}</li>
 * </ul>
 * {@code activity_level} and {@code level} are aliases: either is accepted on input and both are written.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityLevelSample(
        @JsonProperty("timestamp") String timestamp,

        @JsonProperty("activity_level") @EnumType(ActivityLevel.class)
        Integer activityLevel,

        @JsonProperty("level") @EnumType(ActivityLevel.class)
        Integer level,

        @JsonProperty("timer_duration_seconds") Double timerDurationSeconds,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public ActivityLevelSample {
        if (activityLevel == null) {
            activityLevel = level;
        }
        level = activityLevel;
        extra = Extra.copy(extra);
    }

    /** {@code activity_level} as {@link ActivityLevel}; empty when absent or not a known value. */
    public Optional<ActivityLevel> activityLevelAsEnum() {
        return ActivityLevel.of(activityLevel);
    }

    /** {@code level} as {@link ActivityLevel}; empty when absent or not a known value. */
    public Optional<ActivityLevel> levelAsEnum() {
        return ActivityLevel.of(level);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timestamp = timestamp;
        b.activityLevel = activityLevel;
        b.level = level;
        b.timerDurationSeconds = timerDurationSeconds;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link ActivityLevelSample}. */
    public static final class Builder {
        private String timestamp;
        private Integer activityLevel;
        private Integer level;
        private Double timerDurationSeconds;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder activityLevel(Integer activityLevel) {
            this.activityLevel = activityLevel;
            this.level = activityLevel;
            return this;
        }

        public Builder activityLevel(ActivityLevel activityLevel) {
            this.activityLevel = activityLevel == null ? null : activityLevel.value();
            this.level = this.activityLevel;
            return this;
        }

        public Builder level(Integer level) {
            this.level = level;
            this.activityLevel = level;
            return this;
        }

        public Builder level(ActivityLevel level) {
            this.level = level == null ? null : level.value();
            this.activityLevel = this.level;
            return this;
        }

        public Builder timerDurationSeconds(Double timerDurationSeconds) {
            this.timerDurationSeconds = timerDurationSeconds;
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

        public ActivityLevelSample build() {
            return new ActivityLevelSample(timestamp, activityLevel, level, timerDurationSeconds, extra);
        }
    }
}
