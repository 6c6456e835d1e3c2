// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code SwimmingData} object (wire shape of {@code schemas/core/SwimmingData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SwimmingData(
        @JsonProperty("num_laps") Integer numLaps,
        @JsonProperty("num_strokes") Integer numStrokes,
        @JsonProperty("pool_length_meters") Integer poolLengthMeters,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public SwimmingData {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.numLaps = numLaps;
        b.numStrokes = numStrokes;
        b.poolLengthMeters = poolLengthMeters;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link SwimmingData}. */
    public static final class Builder {
        private Integer numLaps;
        private Integer numStrokes;
        private Integer poolLengthMeters;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder numLaps(Integer numLaps) {
            this.numLaps = numLaps;
            return this;
        }

        public Builder numStrokes(Integer numStrokes) {
            this.numStrokes = numStrokes;
            return this;
        }

        public Builder poolLengthMeters(Integer poolLengthMeters) {
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

        public SwimmingData build() {
            return new SwimmingData(numLaps, numStrokes, poolLengthMeters, extra);
        }
    }
}
