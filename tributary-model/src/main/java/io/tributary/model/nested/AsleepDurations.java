// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code AsleepDurations} object (wire shape of {@code schemas/core/AsleepDurations.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AsleepDurations(
        @JsonProperty("duration_asleep_state_seconds") Double durationAsleepStateSeconds,
        @JsonProperty("duration_deep_sleep_state_seconds") Double durationDeepSleepStateSeconds,
        @JsonProperty("duration_light_sleep_state_seconds") Double durationLightSleepStateSeconds,
        @JsonProperty("duration_REM_sleep_state_seconds") Double durationRemSleepStateSeconds,
        @JsonProperty("num_REM_events") Integer numRemEvents,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public AsleepDurations {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.durationAsleepStateSeconds = durationAsleepStateSeconds;
        b.durationDeepSleepStateSeconds = durationDeepSleepStateSeconds;
        b.durationLightSleepStateSeconds = durationLightSleepStateSeconds;
        b.durationRemSleepStateSeconds = durationRemSleepStateSeconds;
        b.numRemEvents = numRemEvents;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link AsleepDurations}. */
    public static final class Builder {
        private Double durationAsleepStateSeconds;
        private Double durationDeepSleepStateSeconds;
        private Double durationLightSleepStateSeconds;
        private Double durationRemSleepStateSeconds;
        private Integer numRemEvents;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder durationAsleepStateSeconds(Double durationAsleepStateSeconds) {
            this.durationAsleepStateSeconds = durationAsleepStateSeconds;
            return this;
        }

        public Builder durationDeepSleepStateSeconds(Double durationDeepSleepStateSeconds) {
            this.durationDeepSleepStateSeconds = durationDeepSleepStateSeconds;
            return this;
        }

        public Builder durationLightSleepStateSeconds(Double durationLightSleepStateSeconds) {
            this.durationLightSleepStateSeconds = durationLightSleepStateSeconds;
            return this;
        }

        public Builder durationRemSleepStateSeconds(Double durationRemSleepStateSeconds) {
            this.durationRemSleepStateSeconds = durationRemSleepStateSeconds;
            return this;
        }

        public Builder numRemEvents(Integer numRemEvents) {
            this.numRemEvents = numRemEvents;
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

        public AsleepDurations build() {
            return new AsleepDurations(
                    durationAsleepStateSeconds,
                    durationDeepSleepStateSeconds,
                    durationLightSleepStateSeconds,
                    durationRemSleepStateSeconds,
                    numRemEvents,
                    extra);
        }
    }
}
