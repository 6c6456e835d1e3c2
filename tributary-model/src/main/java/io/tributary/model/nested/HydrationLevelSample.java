// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code HydrationLevelSample} object (wire shape of {@code schemas/core/HydrationLevelSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HydrationLevelSample(
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("hydration_level") Double hydrationLevel,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public HydrationLevelSample {
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
        b.hydrationLevel = hydrationLevel;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link HydrationLevelSample}. */
    public static final class Builder {
        private String timestamp;
        private Double hydrationLevel;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder hydrationLevel(Double hydrationLevel) {
            this.hydrationLevel = hydrationLevel;
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

        public HydrationLevelSample build() {
            return new HydrationLevelSample(timestamp, hydrationLevel, extra);
        }
    }
}
