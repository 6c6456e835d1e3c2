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
 * Terra {@code TemperatureData} object (wire shape of {@code schemas/core/TemperatureData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemperatureData(
        @JsonProperty("ambient_temperature_samples") List<TemperatureSample> ambientTemperatureSamples,
        @JsonProperty("body_temperature_samples") List<TemperatureSample> bodyTemperatureSamples,
        @JsonProperty("skin_temperature_samples") List<TemperatureSample> skinTemperatureSamples,
        @JsonProperty("day_avg_ambient_temperature_celsius") Double dayAvgAmbientTemperatureCelsius,
        @JsonProperty("day_avg_body_temperature_celsius") Double dayAvgBodyTemperatureCelsius,
        @JsonProperty("day_avg_skin_temperature_celsius") Double dayAvgSkinTemperatureCelsius,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public TemperatureData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public TemperatureData withoutSamples() {
        return new TemperatureData(
                null,
                null,
                null,
                dayAvgAmbientTemperatureCelsius,
                dayAvgBodyTemperatureCelsius,
                dayAvgSkinTemperatureCelsius,
                extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ambientTemperatureSamples = ambientTemperatureSamples;
        b.bodyTemperatureSamples = bodyTemperatureSamples;
        b.skinTemperatureSamples = skinTemperatureSamples;
        b.dayAvgAmbientTemperatureCelsius = dayAvgAmbientTemperatureCelsius;
        b.dayAvgBodyTemperatureCelsius = dayAvgBodyTemperatureCelsius;
        b.dayAvgSkinTemperatureCelsius = dayAvgSkinTemperatureCelsius;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link TemperatureData}. */
    public static final class Builder {
        private List<TemperatureSample> ambientTemperatureSamples;
        private List<TemperatureSample> bodyTemperatureSamples;
        private List<TemperatureSample> skinTemperatureSamples;
        private Double dayAvgAmbientTemperatureCelsius;
        private Double dayAvgBodyTemperatureCelsius;
        private Double dayAvgSkinTemperatureCelsius;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder ambientTemperatureSamples(List<TemperatureSample> ambientTemperatureSamples) {
            this.ambientTemperatureSamples = ambientTemperatureSamples;
            return this;
        }

        public Builder bodyTemperatureSamples(List<TemperatureSample> bodyTemperatureSamples) {
            this.bodyTemperatureSamples = bodyTemperatureSamples;
            return this;
        }

        public Builder skinTemperatureSamples(List<TemperatureSample> skinTemperatureSamples) {
            this.skinTemperatureSamples = skinTemperatureSamples;
            return this;
        }

        public Builder dayAvgAmbientTemperatureCelsius(Double dayAvgAmbientTemperatureCelsius) {
            this.dayAvgAmbientTemperatureCelsius = dayAvgAmbientTemperatureCelsius;
            return this;
        }

        public Builder dayAvgBodyTemperatureCelsius(Double dayAvgBodyTemperatureCelsius) {
            this.dayAvgBodyTemperatureCelsius = dayAvgBodyTemperatureCelsius;
            return this;
        }

        public Builder dayAvgSkinTemperatureCelsius(Double dayAvgSkinTemperatureCelsius) {
            this.dayAvgSkinTemperatureCelsius = dayAvgSkinTemperatureCelsius;
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

        public TemperatureData build() {
            return new TemperatureData(
                    ambientTemperatureSamples,
                    bodyTemperatureSamples,
                    skinTemperatureSamples,
                    dayAvgAmbientTemperatureCelsius,
                    dayAvgBodyTemperatureCelsius,
                    dayAvgSkinTemperatureCelsius,
                    extra);
        }
    }
}
