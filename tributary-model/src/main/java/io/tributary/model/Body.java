// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.nested.BloodPressureData;
import io.tributary.model.nested.BodyMetadata;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.GlucoseData;
import io.tributary.model.nested.HeartData;
import io.tributary.model.nested.HydrationData;
import io.tributary.model.nested.KetoneData;
import io.tributary.model.nested.MeasurementsData;
import io.tributary.model.nested.OxygenData;
import io.tributary.model.nested.TemperatureData;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code Body} object (wire shape of {@code schemas/core/Body.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code metadata}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Body(
        @JsonProperty("blood_pressure_data") BloodPressureData bloodPressureData,
        @JsonProperty("device_data") DeviceData deviceData,
        @JsonProperty("heart_data") HeartData heartData,
        @JsonProperty("hydration_data") HydrationData hydrationData,
        @JsonProperty("ketone_data") KetoneData ketoneData,
        @JsonProperty("measurements_data") MeasurementsData measurementsData,
        @JsonProperty("metadata") BodyMetadata metadata,
        @JsonProperty("oxygen_data") OxygenData oxygenData,
        @JsonProperty("temperature_data") TemperatureData temperatureData,
        @JsonProperty("glucose_data") GlucoseData glucoseData,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements TerraDataModel {

    public Body {
        extra = Extra.copy(extra);
    }

    @Override
    public DataType dataType() {
        return DataType.BODY;
    }

    @Override
    public String identityKey() {
        return IdentityKeys.body(this);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    @Override
    public Body withoutSamples() {
        return new Body(
                bloodPressureData == null ? null : bloodPressureData.withoutSamples(),
                deviceData,
                heartData == null ? null : heartData.withoutSamples(),
                hydrationData == null ? null : hydrationData.withoutSamples(),
                ketoneData == null ? null : ketoneData.withoutSamples(),
                measurementsData,
                metadata,
                oxygenData == null ? null : oxygenData.withoutSamples(),
                temperatureData == null ? null : temperatureData.withoutSamples(),
                glucoseData == null ? null : glucoseData.withoutSamples(),
                extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.bloodPressureData = bloodPressureData;
        b.deviceData = deviceData;
        b.heartData = heartData;
        b.hydrationData = hydrationData;
        b.ketoneData = ketoneData;
        b.measurementsData = measurementsData;
        b.metadata = metadata;
        b.oxygenData = oxygenData;
        b.temperatureData = temperatureData;
        b.glucoseData = glucoseData;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link Body}. */
    public static final class Builder {
        private BloodPressureData bloodPressureData;
        private DeviceData deviceData;
        private HeartData heartData;
        private HydrationData hydrationData;
        private KetoneData ketoneData;
        private MeasurementsData measurementsData;
        private BodyMetadata metadata;
        private OxygenData oxygenData;
        private TemperatureData temperatureData;
        private GlucoseData glucoseData;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder bloodPressureData(BloodPressureData bloodPressureData) {
            this.bloodPressureData = bloodPressureData;
            return this;
        }

        public Builder deviceData(DeviceData deviceData) {
            this.deviceData = deviceData;
            return this;
        }

        public Builder heartData(HeartData heartData) {
            this.heartData = heartData;
            return this;
        }

        public Builder hydrationData(HydrationData hydrationData) {
            this.hydrationData = hydrationData;
            return this;
        }

        public Builder ketoneData(KetoneData ketoneData) {
            this.ketoneData = ketoneData;
            return this;
        }

        public Builder measurementsData(MeasurementsData measurementsData) {
            this.measurementsData = measurementsData;
            return this;
        }

        public Builder metadata(BodyMetadata metadata) {
            this.metadata = metadata;
            return this;
        }

        public Builder oxygenData(OxygenData oxygenData) {
            this.oxygenData = oxygenData;
            return this;
        }

        public Builder temperatureData(TemperatureData temperatureData) {
            this.temperatureData = temperatureData;
            return this;
        }

        public Builder glucoseData(GlucoseData glucoseData) {
            this.glucoseData = glucoseData;
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

        public Body build() {
            return new Body(
                    bloodPressureData,
                    deviceData,
                    heartData,
                    hydrationData,
                    ketoneData,
                    measurementsData,
                    metadata,
                    oxygenData,
                    temperatureData,
                    glucoseData,
                    extra);
        }
    }
}
