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
 * Terra {@code MovementData} object (wire shape of {@code schemas/core/MovementData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MovementData(
        @JsonProperty("adjusted_max_speed_meters_per_second")
        Double adjustedMaxSpeedMetersPerSecond,

        @JsonProperty("avg_cadence_rpm") Double avgCadenceRpm,
        @JsonProperty("avg_pace_minutes_per_kilometer") Double avgPaceMinutesPerKilometer,
        @JsonProperty("avg_speed_meters_per_second") Double avgSpeedMetersPerSecond,
        @JsonProperty("avg_torque_newton_meters") Double avgTorqueNewtonMeters,
        @JsonProperty("avg_velocity_meters_per_second") Double avgVelocityMetersPerSecond,
        @JsonProperty("cadence_samples") List<CadenceSample> cadenceSamples,
        @JsonProperty("max_cadence_rpm") Double maxCadenceRpm,
        @JsonProperty("max_pace_minutes_per_kilometer") Double maxPaceMinutesPerKilometer,
        @JsonProperty("max_speed_meters_per_second") Double maxSpeedMetersPerSecond,
        @JsonProperty("max_torque_newton_meters") Double maxTorqueNewtonMeters,
        @JsonProperty("max_velocity_meters_per_second") Double maxVelocityMetersPerSecond,
        @JsonProperty("normalized_speed_meters_per_second") Double normalizedSpeedMetersPerSecond,
        @JsonProperty("speed_samples") List<SpeedSample> speedSamples,
        @JsonProperty("torque_samples") List<TorqueSample> torqueSamples,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public MovementData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public MovementData withoutSamples() {
        return new MovementData(
                adjustedMaxSpeedMetersPerSecond,
                avgCadenceRpm,
                avgPaceMinutesPerKilometer,
                avgSpeedMetersPerSecond,
                avgTorqueNewtonMeters,
                avgVelocityMetersPerSecond,
                null,
                maxCadenceRpm,
                maxPaceMinutesPerKilometer,
                maxSpeedMetersPerSecond,
                maxTorqueNewtonMeters,
                maxVelocityMetersPerSecond,
                normalizedSpeedMetersPerSecond,
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
        b.adjustedMaxSpeedMetersPerSecond = adjustedMaxSpeedMetersPerSecond;
        b.avgCadenceRpm = avgCadenceRpm;
        b.avgPaceMinutesPerKilometer = avgPaceMinutesPerKilometer;
        b.avgSpeedMetersPerSecond = avgSpeedMetersPerSecond;
        b.avgTorqueNewtonMeters = avgTorqueNewtonMeters;
        b.avgVelocityMetersPerSecond = avgVelocityMetersPerSecond;
        b.cadenceSamples = cadenceSamples;
        b.maxCadenceRpm = maxCadenceRpm;
        b.maxPaceMinutesPerKilometer = maxPaceMinutesPerKilometer;
        b.maxSpeedMetersPerSecond = maxSpeedMetersPerSecond;
        b.maxTorqueNewtonMeters = maxTorqueNewtonMeters;
        b.maxVelocityMetersPerSecond = maxVelocityMetersPerSecond;
        b.normalizedSpeedMetersPerSecond = normalizedSpeedMetersPerSecond;
        b.speedSamples = speedSamples;
        b.torqueSamples = torqueSamples;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link MovementData}. */
    public static final class Builder {
        private Double adjustedMaxSpeedMetersPerSecond;
        private Double avgCadenceRpm;
        private Double avgPaceMinutesPerKilometer;
        private Double avgSpeedMetersPerSecond;
        private Double avgTorqueNewtonMeters;
        private Double avgVelocityMetersPerSecond;
        private List<CadenceSample> cadenceSamples;
        private Double maxCadenceRpm;
        private Double maxPaceMinutesPerKilometer;
        private Double maxSpeedMetersPerSecond;
        private Double maxTorqueNewtonMeters;
        private Double maxVelocityMetersPerSecond;
        private Double normalizedSpeedMetersPerSecond;
        private List<SpeedSample> speedSamples;
        private List<TorqueSample> torqueSamples;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder adjustedMaxSpeedMetersPerSecond(Double adjustedMaxSpeedMetersPerSecond) {
            this.adjustedMaxSpeedMetersPerSecond = adjustedMaxSpeedMetersPerSecond;
            return this;
        }

        public Builder avgCadenceRpm(Double avgCadenceRpm) {
            this.avgCadenceRpm = avgCadenceRpm;
            return this;
        }

        public Builder avgPaceMinutesPerKilometer(Double avgPaceMinutesPerKilometer) {
            this.avgPaceMinutesPerKilometer = avgPaceMinutesPerKilometer;
            return this;
        }

        public Builder avgSpeedMetersPerSecond(Double avgSpeedMetersPerSecond) {
            this.avgSpeedMetersPerSecond = avgSpeedMetersPerSecond;
            return this;
        }

        public Builder avgTorqueNewtonMeters(Double avgTorqueNewtonMeters) {
            this.avgTorqueNewtonMeters = avgTorqueNewtonMeters;
            return this;
        }

        public Builder avgVelocityMetersPerSecond(Double avgVelocityMetersPerSecond) {
            this.avgVelocityMetersPerSecond = avgVelocityMetersPerSecond;
            return this;
        }

        public Builder cadenceSamples(List<CadenceSample> cadenceSamples) {
            this.cadenceSamples = cadenceSamples;
            return this;
        }

        public Builder maxCadenceRpm(Double maxCadenceRpm) {
            this.maxCadenceRpm = maxCadenceRpm;
            return this;
        }

        public Builder maxPaceMinutesPerKilometer(Double maxPaceMinutesPerKilometer) {
            this.maxPaceMinutesPerKilometer = maxPaceMinutesPerKilometer;
            return this;
        }

        public Builder maxSpeedMetersPerSecond(Double maxSpeedMetersPerSecond) {
            this.maxSpeedMetersPerSecond = maxSpeedMetersPerSecond;
            return this;
        }

        public Builder maxTorqueNewtonMeters(Double maxTorqueNewtonMeters) {
            this.maxTorqueNewtonMeters = maxTorqueNewtonMeters;
            return this;
        }

        public Builder maxVelocityMetersPerSecond(Double maxVelocityMetersPerSecond) {
            this.maxVelocityMetersPerSecond = maxVelocityMetersPerSecond;
            return this;
        }

        public Builder normalizedSpeedMetersPerSecond(Double normalizedSpeedMetersPerSecond) {
            this.normalizedSpeedMetersPerSecond = normalizedSpeedMetersPerSecond;
            return this;
        }

        public Builder speedSamples(List<SpeedSample> speedSamples) {
            this.speedSamples = speedSamples;
            return this;
        }

        public Builder torqueSamples(List<TorqueSample> torqueSamples) {
            this.torqueSamples = torqueSamples;
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

        public MovementData build() {
            return new MovementData(
                    adjustedMaxSpeedMetersPerSecond,
                    avgCadenceRpm,
                    avgPaceMinutesPerKilometer,
                    avgSpeedMetersPerSecond,
                    avgTorqueNewtonMeters,
                    avgVelocityMetersPerSecond,
                    cadenceSamples,
                    maxCadenceRpm,
                    maxPaceMinutesPerKilometer,
                    maxSpeedMetersPerSecond,
                    maxTorqueNewtonMeters,
                    maxVelocityMetersPerSecond,
                    normalizedSpeedMetersPerSecond,
                    speedSamples,
                    torqueSamples,
                    extra);
        }
    }
}
