// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;

/**
 * Terra {@code PowerData} object (wire shape of {@code schemas/core/PowerData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PowerData(
        @JsonProperty("avg_watts") Double avgWatts,
        @JsonProperty("max_watts") Double maxWatts,
        @JsonProperty("power_samples") List<PowerSample> powerSamples,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public PowerData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public PowerData withoutSamples() {
        return new PowerData(avgWatts, maxWatts, null, extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.avgWatts = avgWatts;
        b.maxWatts = maxWatts;
        b.powerSamples = powerSamples;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link PowerData}. */
    public static final class Builder {
        private Double avgWatts;
        private Double maxWatts;
        private List<PowerSample> powerSamples;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder avgWatts(Double avgWatts) {
            this.avgWatts = avgWatts;
            return this;
        }

        public Builder maxWatts(Double maxWatts) {
            this.maxWatts = maxWatts;
            return this;
        }

        public Builder powerSamples(List<PowerSample> powerSamples) {
            this.powerSamples = powerSamples;
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

        public PowerData build() {
            return new PowerData(avgWatts, maxWatts, powerSamples, extra);
        }
    }
}
