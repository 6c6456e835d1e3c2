// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.ActivityMetadata;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DataEnrichment;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.DistanceData;
import io.tributary.model.nested.EnergyData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.LapData;
import io.tributary.model.nested.METData;
import io.tributary.model.nested.MovementData;
import io.tributary.model.nested.OxygenData;
import io.tributary.model.nested.PolylineMapData;
import io.tributary.model.nested.PositionData;
import io.tributary.model.nested.PowerData;
import io.tributary.model.nested.StrainData;
import io.tributary.model.nested.TSSData;
import io.tributary.model.nested.WorkData;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code Activity} object (wire shape of {@code schemas/core/Activity.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code metadata}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Activity(
        @JsonProperty("active_durations_data") ActiveDurationsData activeDurationsData,
        @JsonProperty("calories_data") CaloriesData caloriesData,
        @JsonProperty("cheat_detection") Double cheatDetection,
        @JsonProperty("data_enrichment") DataEnrichment dataEnrichment,
        @JsonProperty("device_data") DeviceData deviceData,
        @JsonProperty("distance_data") DistanceData distanceData,
        @JsonProperty("energy_data") EnergyData energyData,
        @JsonProperty("heart_rate_data") HeartRateData heartRateData,
        @JsonProperty("lap_data") LapData lapData,
        @JsonProperty("MET_data") METData metData,
        @JsonProperty("metadata") ActivityMetadata metadata,
        @JsonProperty("movement_data") MovementData movementData,
        @JsonProperty("oxygen_data") OxygenData oxygenData,
        @JsonProperty("polyline_map_data") PolylineMapData polylineMapData,
        @JsonProperty("position_data") PositionData positionData,
        @JsonProperty("power_data") PowerData powerData,
        @JsonProperty("strain_data") StrainData strainData,
        @JsonProperty("TSS_data") TSSData tssData,
        @JsonProperty("work_data") WorkData workData,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements TerraDataModel {

    public Activity {
        extra = Extra.copy(extra);
    }

    @Override
    public DataType dataType() {
        return DataType.ACTIVITY;
    }

    @Override
    public String identityKey() {
        return IdentityKeys.activity(this);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    @Override
    public Activity withoutSamples() {
        return new Activity(
                activeDurationsData == null ? null : activeDurationsData.withoutSamples(),
                caloriesData == null ? null : caloriesData.withoutSamples(),
                cheatDetection,
                dataEnrichment,
                deviceData,
                distanceData == null ? null : distanceData.withoutSamples(),
                energyData,
                heartRateData == null ? null : heartRateData.withoutSamples(),
                lapData,
                metData == null ? null : metData.withoutSamples(),
                metadata,
                movementData == null ? null : movementData.withoutSamples(),
                oxygenData == null ? null : oxygenData.withoutSamples(),
                polylineMapData,
                positionData == null ? null : positionData.withoutSamples(),
                powerData == null ? null : powerData.withoutSamples(),
                strainData,
                tssData,
                workData,
                extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.activeDurationsData = activeDurationsData;
        b.caloriesData = caloriesData;
        b.cheatDetection = cheatDetection;
        b.dataEnrichment = dataEnrichment;
        b.deviceData = deviceData;
        b.distanceData = distanceData;
        b.energyData = energyData;
        b.heartRateData = heartRateData;
        b.lapData = lapData;
        b.metData = metData;
        b.metadata = metadata;
        b.movementData = movementData;
        b.oxygenData = oxygenData;
        b.polylineMapData = polylineMapData;
        b.positionData = positionData;
        b.powerData = powerData;
        b.strainData = strainData;
        b.tssData = tssData;
        b.workData = workData;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link Activity}. */
    public static final class Builder {
        private ActiveDurationsData activeDurationsData;
        private CaloriesData caloriesData;
        private Double cheatDetection;
        private DataEnrichment dataEnrichment;
        private DeviceData deviceData;
        private DistanceData distanceData;
        private EnergyData energyData;
        private HeartRateData heartRateData;
        private LapData lapData;
        private METData metData;
        private ActivityMetadata metadata;
        private MovementData movementData;
        private OxygenData oxygenData;
        private PolylineMapData polylineMapData;
        private PositionData positionData;
        private PowerData powerData;
        private StrainData strainData;
        private TSSData tssData;
        private WorkData workData;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder activeDurationsData(ActiveDurationsData activeDurationsData) {
            this.activeDurationsData = activeDurationsData;
            return this;
        }

        public Builder caloriesData(CaloriesData caloriesData) {
            this.caloriesData = caloriesData;
            return this;
        }

        public Builder cheatDetection(Double cheatDetection) {
            this.cheatDetection = cheatDetection;
            return this;
        }

        public Builder dataEnrichment(DataEnrichment dataEnrichment) {
            this.dataEnrichment = dataEnrichment;
            return this;
        }

        public Builder deviceData(DeviceData deviceData) {
            this.deviceData = deviceData;
            return this;
        }

        public Builder distanceData(DistanceData distanceData) {
            this.distanceData = distanceData;
            return this;
        }

        public Builder energyData(EnergyData energyData) {
            this.energyData = energyData;
            return this;
        }

        public Builder heartRateData(HeartRateData heartRateData) {
            this.heartRateData = heartRateData;
            return this;
        }

        public Builder lapData(LapData lapData) {
            this.lapData = lapData;
            return this;
        }

        public Builder metData(METData metData) {
            this.metData = metData;
            return this;
        }

        public Builder metadata(ActivityMetadata metadata) {
            this.metadata = metadata;
            return this;
        }

        public Builder movementData(MovementData movementData) {
            this.movementData = movementData;
            return this;
        }

        public Builder oxygenData(OxygenData oxygenData) {
            this.oxygenData = oxygenData;
            return this;
        }

        public Builder polylineMapData(PolylineMapData polylineMapData) {
            this.polylineMapData = polylineMapData;
            return this;
        }

        public Builder positionData(PositionData positionData) {
            this.positionData = positionData;
            return this;
        }

        public Builder powerData(PowerData powerData) {
            this.powerData = powerData;
            return this;
        }

        public Builder strainData(StrainData strainData) {
            this.strainData = strainData;
            return this;
        }

        public Builder tssData(TSSData tssData) {
            this.tssData = tssData;
            return this;
        }

        public Builder workData(WorkData workData) {
            this.workData = workData;
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

        public Activity build() {
            return new Activity(
                    activeDurationsData,
                    caloriesData,
                    cheatDetection,
                    dataEnrichment,
                    deviceData,
                    distanceData,
                    energyData,
                    heartRateData,
                    lapData,
                    metData,
                    metadata,
                    movementData,
                    oxygenData,
                    polylineMapData,
                    positionData,
                    powerData,
                    strainData,
                    tssData,
                    workData,
                    extra);
        }
    }
}
