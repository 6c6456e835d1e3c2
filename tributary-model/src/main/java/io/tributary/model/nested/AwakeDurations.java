// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code AwakeDurations} object (wire shape of {@code schemas/core/AwakeDurations.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AwakeDurations(
        @JsonProperty("duration_awake_state_seconds") Double durationAwakeStateSeconds,
        @JsonProperty("duration_long_interruption_seconds") Double durationLongInterruptionSeconds,
        @JsonProperty("duration_short_interruption_seconds") Double durationShortInterruptionSeconds,
        @JsonProperty("num_out_of_bed_events") Integer numOutOfBedEvents,
        @JsonProperty("num_wakeup_events") Integer numWakeupEvents,
        @JsonProperty("sleep_latency_seconds") Double sleepLatencySeconds,
        @JsonProperty("wake_up_latency_seconds") Double wakeUpLatencySeconds,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public AwakeDurations {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.durationAwakeStateSeconds = durationAwakeStateSeconds;
        b.durationLongInterruptionSeconds = durationLongInterruptionSeconds;
        b.durationShortInterruptionSeconds = durationShortInterruptionSeconds;
        b.numOutOfBedEvents = numOutOfBedEvents;
        b.numWakeupEvents = numWakeupEvents;
        b.sleepLatencySeconds = sleepLatencySeconds;
        b.wakeUpLatencySeconds = wakeUpLatencySeconds;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link AwakeDurations}. */
    public static final class Builder {
        private Double durationAwakeStateSeconds;
        private Double durationLongInterruptionSeconds;
        private Double durationShortInterruptionSeconds;
        private Integer numOutOfBedEvents;
        private Integer numWakeupEvents;
        private Double sleepLatencySeconds;
        private Double wakeUpLatencySeconds;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder durationAwakeStateSeconds(Double durationAwakeStateSeconds) {
            this.durationAwakeStateSeconds = durationAwakeStateSeconds;
            return this;
        }

        public Builder durationLongInterruptionSeconds(Double durationLongInterruptionSeconds) {
            this.durationLongInterruptionSeconds = durationLongInterruptionSeconds;
            return this;
        }

        public Builder durationShortInterruptionSeconds(Double durationShortInterruptionSeconds) {
            this.durationShortInterruptionSeconds = durationShortInterruptionSeconds;
            return this;
        }

        public Builder numOutOfBedEvents(Integer numOutOfBedEvents) {
            this.numOutOfBedEvents = numOutOfBedEvents;
            return this;
        }

        public Builder numWakeupEvents(Integer numWakeupEvents) {
            this.numWakeupEvents = numWakeupEvents;
            return this;
        }

        public Builder sleepLatencySeconds(Double sleepLatencySeconds) {
            this.sleepLatencySeconds = sleepLatencySeconds;
            return this;
        }

        public Builder wakeUpLatencySeconds(Double wakeUpLatencySeconds) {
            this.wakeUpLatencySeconds = wakeUpLatencySeconds;
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

        public AwakeDurations build() {
            return new AwakeDurations(
                    durationAwakeStateSeconds,
                    durationLongInterruptionSeconds,
                    durationShortInterruptionSeconds,
                    numOutOfBedEvents,
                    numWakeupEvents,
                    sleepLatencySeconds,
                    wakeUpLatencySeconds,
                    extra);
        }
    }
}
