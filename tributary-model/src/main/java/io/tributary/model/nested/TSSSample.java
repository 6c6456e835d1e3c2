// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code TSSSample} object (wire shape of {@code schemas/core/TSSSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TSSSample(
        @JsonProperty("planned") Double planned,
        @JsonProperty("actual") Double actual,
        @JsonProperty("method") String method,
        @JsonProperty("intensity_factor_planned") Double intensityFactorPlanned,
        @JsonProperty("intensity_factor_actual") Double intensityFactorActual,
        @JsonProperty("normalized_power_watts") Double normalizedPowerWatts,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public TSSSample {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.planned = planned;
        b.actual = actual;
        b.method = method;
        b.intensityFactorPlanned = intensityFactorPlanned;
        b.intensityFactorActual = intensityFactorActual;
        b.normalizedPowerWatts = normalizedPowerWatts;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link TSSSample}. */
    public static final class Builder {
        private Double planned;
        private Double actual;
        private String method;
        private Double intensityFactorPlanned;
        private Double intensityFactorActual;
        private Double normalizedPowerWatts;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder planned(Double planned) {
            this.planned = planned;
            return this;
        }

        public Builder actual(Double actual) {
            this.actual = actual;
            return this;
        }

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder intensityFactorPlanned(Double intensityFactorPlanned) {
            this.intensityFactorPlanned = intensityFactorPlanned;
            return this;
        }

        public Builder intensityFactorActual(Double intensityFactorActual) {
            this.intensityFactorActual = intensityFactorActual;
            return this;
        }

        public Builder normalizedPowerWatts(Double normalizedPowerWatts) {
            this.normalizedPowerWatts = normalizedPowerWatts;
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

        public TSSSample build() {
            return new TSSSample(
                    planned,
                    actual,
                    method,
                    intensityFactorPlanned,
                    intensityFactorActual,
                    normalizedPowerWatts,
                    extra);
        }
    }
}
