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
 * Terra {@code HeartData} object (wire shape of {@code schemas/core/HeartData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HeartData(
        @JsonProperty("afib_classification_samples") List<AFibClassificationSample> afibClassificationSamples,
        @JsonProperty("ecg_signal") List<ECGReading> ecgSignal,
        @JsonProperty("heart_rate_data") HeartRateData heartRateData,
        @JsonProperty("pulse_wave_velocity_samples") List<PulseVelocitySample> pulseWaveVelocitySamples,
        @JsonProperty("rr_interval_samples") List<RRIntervalSample> rrIntervalSamples,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public HeartData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public HeartData withoutSamples() {
        return new HeartData(
                null,
                ecgSignal == null
                        ? null
                        : ecgSignal.stream()
                                .map(e -> e == null ? null : e.withoutSamples())
                                .toList(),
                heartRateData == null ? null : heartRateData.withoutSamples(),
                null,
                null,
                extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.afibClassificationSamples = afibClassificationSamples;
        b.ecgSignal = ecgSignal;
        b.heartRateData = heartRateData;
        b.pulseWaveVelocitySamples = pulseWaveVelocitySamples;
        b.rrIntervalSamples = rrIntervalSamples;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link HeartData}. */
    public static final class Builder {
        private List<AFibClassificationSample> afibClassificationSamples;
        private List<ECGReading> ecgSignal;
        private HeartRateData heartRateData;
        private List<PulseVelocitySample> pulseWaveVelocitySamples;
        private List<RRIntervalSample> rrIntervalSamples;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder afibClassificationSamples(List<AFibClassificationSample> afibClassificationSamples) {
            this.afibClassificationSamples = afibClassificationSamples;
            return this;
        }

        public Builder ecgSignal(List<ECGReading> ecgSignal) {
            this.ecgSignal = ecgSignal;
            return this;
        }

        public Builder heartRateData(HeartRateData heartRateData) {
            this.heartRateData = heartRateData;
            return this;
        }

        public Builder pulseWaveVelocitySamples(List<PulseVelocitySample> pulseWaveVelocitySamples) {
            this.pulseWaveVelocitySamples = pulseWaveVelocitySamples;
            return this;
        }

        public Builder rrIntervalSamples(List<RRIntervalSample> rrIntervalSamples) {
            this.rrIntervalSamples = rrIntervalSamples;
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

        public HeartData build() {
            return new HeartData(
                    afibClassificationSamples,
                    ecgSignal,
                    heartRateData,
                    pulseWaveVelocitySamples,
                    rrIntervalSamples,
                    extra);
        }
    }
}
