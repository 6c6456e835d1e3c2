// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code TemperatureSample} object (wire shape of {@code schemas/core/TemperatureSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemperatureSample(
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("temperature_celsius") Double temperatureCelsius,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public TemperatureSample {
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
        b.temperatureCelsius = temperatureCelsius;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link TemperatureSample}. */
    public static final class Builder {
        private String timestamp;
        private Double temperatureCelsius;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder temperatureCelsius(Double temperatureCelsius) {
            this.temperatureCelsius = temperatureCelsius;
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

        public TemperatureSample build() {
            return new TemperatureSample(timestamp, temperatureCelsius, extra);
        }
    }
}
