// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code DistanceSample} object (wire shape of {@code schemas/core/DistanceSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DistanceSample(
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("distance_meters") Double distanceMeters,
        @JsonProperty("timer_duration_seconds") Double timerDurationSeconds,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public DistanceSample {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timestamp = timestamp;
        b.distanceMeters = distanceMeters;
        b.timerDurationSeconds = timerDurationSeconds;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link DistanceSample}. */
    public static final class Builder {
        private String timestamp;
        private Double distanceMeters;
        private Double timerDurationSeconds;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder distanceMeters(Double distanceMeters) {
            this.distanceMeters = distanceMeters;
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

        public DistanceSample build() {
            return new DistanceSample(timestamp, distanceMeters, timerDurationSeconds, extra);
        }
    }
}
