// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.ReadinessData;
import io.tributary.model.nested.RespirationData;
import io.tributary.model.nested.SleepDataEnrichment;
import io.tributary.model.nested.SleepDurationsData;
import io.tributary.model.nested.SleepMetadata;
import io.tributary.model.nested.SleepScores;
import io.tributary.model.nested.SleepTemperatureData;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code Sleep} object (wire shape of {@code schemas/core/Sleep.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code metadata}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Sleep(
        @JsonProperty("data_enrichment") SleepDataEnrichment dataEnrichment,
        @JsonProperty("device_data") DeviceData deviceData,
        @JsonProperty("heart_rate_data") HeartRateData heartRateData,
        @JsonProperty("metadata") SleepMetadata metadata,
        @JsonProperty("readiness_data") ReadinessData readinessData,
        @JsonProperty("respiration_data") RespirationData respirationData,
        @JsonProperty("scores") SleepScores scores,
        @JsonProperty("sleep_durations_data") SleepDurationsData sleepDurationsData,
        @JsonProperty("temperature_data") SleepTemperatureData temperatureData,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements TerraDataModel {

    public Sleep {
        extra = Extra.copy(extra);
    }

    @Override
    public DataType dataType() {
        return DataType.SLEEP;
    }

    @Override
    public String identityKey() {
        return IdentityKeys.sleep(this);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    @Override
    public Sleep withoutSamples() {
        return new Sleep(
                dataEnrichment,
                deviceData,
                heartRateData == null ? null : heartRateData.withoutSamples(),
                metadata,
                readinessData,
                respirationData == null ? null : respirationData.withoutSamples(),
                scores,
                sleepDurationsData == null ? null : sleepDurationsData.withoutSamples(),
                temperatureData,
                extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.dataEnrichment = dataEnrichment;
        b.deviceData = deviceData;
        b.heartRateData = heartRateData;
        b.metadata = metadata;
        b.readinessData = readinessData;
        b.respirationData = respirationData;
        b.scores = scores;
        b.sleepDurationsData = sleepDurationsData;
        b.temperatureData = temperatureData;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link Sleep}. */
    public static final class Builder {
        private SleepDataEnrichment dataEnrichment;
        private DeviceData deviceData;
        private HeartRateData heartRateData;
        private SleepMetadata metadata;
        private ReadinessData readinessData;
        private RespirationData respirationData;
        private SleepScores scores;
        private SleepDurationsData sleepDurationsData;
        private SleepTemperatureData temperatureData;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder dataEnrichment(SleepDataEnrichment dataEnrichment) {
            this.dataEnrichment = dataEnrichment;
            return this;
        }

        public Builder deviceData(DeviceData deviceData) {
            this.deviceData = deviceData;
            return this;
        }

        public Builder heartRateData(HeartRateData heartRateData) {
            this.heartRateData = heartRateData;
            return this;
        }

        public Builder metadata(SleepMetadata metadata) {
            this.metadata = metadata;
            return this;
        }

        public Builder readinessData(ReadinessData readinessData) {
            this.readinessData = readinessData;
            return this;
        }

        public Builder respirationData(RespirationData respirationData) {
            this.respirationData = respirationData;
            return this;
        }

        public Builder scores(SleepScores scores) {
            this.scores = scores;
            return this;
        }

        public Builder sleepDurationsData(SleepDurationsData sleepDurationsData) {
            this.sleepDurationsData = sleepDurationsData;
            return this;
        }

        public Builder temperatureData(SleepTemperatureData temperatureData) {
            this.temperatureData = temperatureData;
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

        public Sleep build() {
            return new Sleep(
                    dataEnrichment,
                    deviceData,
                    heartRateData,
                    metadata,
                    readinessData,
                    respirationData,
                    scores,
                    sleepDurationsData,
                    temperatureData,
                    extra);
        }
    }
}
