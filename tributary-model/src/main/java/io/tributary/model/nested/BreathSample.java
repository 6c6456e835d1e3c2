// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code BreathSample} object (wire shape of {@code schemas/core/BreathSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BreathSample(
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("breaths_per_min") Double breathsPerMin,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public BreathSample {
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
        b.breathsPerMin = breathsPerMin;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link BreathSample}. */
    public static final class Builder {
        private String timestamp;
        private Double breathsPerMin;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder breathsPerMin(Double breathsPerMin) {
            this.breathsPerMin = breathsPerMin;
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

        public BreathSample build() {
            return new BreathSample(timestamp, breathsPerMin, extra);
        }
    }
}
