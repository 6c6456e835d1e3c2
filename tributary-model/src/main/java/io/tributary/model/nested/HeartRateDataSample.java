// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.HeartRateContext;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code HeartRateDataSample} object (wire shape of {@code schemas/core/HeartRateDataSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code context}: {@link HeartRateContext}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HeartRateDataSample(
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("bpm") Double bpm,
        @JsonProperty("timer_duration_seconds") Double timerDurationSeconds,

        @JsonProperty("context") @EnumType(HeartRateContext.class)
        Integer context,

        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public HeartRateDataSample {
        extra = Extra.copy(extra);
    }

    /** {@code context} as {@link HeartRateContext}; empty when absent or not a known value. */
    public Optional<HeartRateContext> contextAsEnum() {
        return HeartRateContext.of(context);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timestamp = timestamp;
        b.bpm = bpm;
        b.timerDurationSeconds = timerDurationSeconds;
        b.context = context;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link HeartRateDataSample}. */
    public static final class Builder {
        private String timestamp;
        private Double bpm;
        private Double timerDurationSeconds;
        private Integer context;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder bpm(Double bpm) {
            this.bpm = bpm;
            return this;
        }

        public Builder timerDurationSeconds(Double timerDurationSeconds) {
            this.timerDurationSeconds = timerDurationSeconds;
            return this;
        }

        public Builder context(Integer context) {
            this.context = context;
            return this;
        }

        public Builder context(HeartRateContext context) {
            this.context = context == null ? null : context.value();
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

        public HeartRateDataSample build() {
            return new HeartRateDataSample(timestamp, bpm, timerDurationSeconds, context, extra);
        }
    }
}
