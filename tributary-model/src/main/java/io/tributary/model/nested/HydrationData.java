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
 * Terra {@code HydrationData} object (wire shape of {@code schemas/core/HydrationData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HydrationData(
        @JsonProperty("day_total_water_consumption_ml") Double dayTotalWaterConsumptionMl,
        @JsonProperty("hydration_amount_samples") List<HydrationMeasurementSample> hydrationAmountSamples,
        @JsonProperty("day_avg_hydration_kg") Double dayAvgHydrationKg,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public HydrationData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public HydrationData withoutSamples() {
        return new HydrationData(dayTotalWaterConsumptionMl, null, dayAvgHydrationKg, extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.dayTotalWaterConsumptionMl = dayTotalWaterConsumptionMl;
        b.hydrationAmountSamples = hydrationAmountSamples;
        b.dayAvgHydrationKg = dayAvgHydrationKg;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link HydrationData}. */
    public static final class Builder {
        private Double dayTotalWaterConsumptionMl;
        private List<HydrationMeasurementSample> hydrationAmountSamples;
        private Double dayAvgHydrationKg;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder dayTotalWaterConsumptionMl(Double dayTotalWaterConsumptionMl) {
            this.dayTotalWaterConsumptionMl = dayTotalWaterConsumptionMl;
            return this;
        }

        public Builder hydrationAmountSamples(List<HydrationMeasurementSample> hydrationAmountSamples) {
            this.hydrationAmountSamples = hydrationAmountSamples;
            return this;
        }

        public Builder dayAvgHydrationKg(Double dayAvgHydrationKg) {
            this.dayAvgHydrationKg = dayAvgHydrationKg;
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

        public HydrationData build() {
            return new HydrationData(dayTotalWaterConsumptionMl, hydrationAmountSamples, dayAvgHydrationKg, extra);
        }
    }
}
