// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DailyDataEnrichment;
import io.tributary.model.nested.DailyDistanceData;
import io.tributary.model.nested.DailyMetadata;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.METData;
import io.tributary.model.nested.OxygenData;
import io.tributary.model.nested.ScoresData;
import io.tributary.model.nested.StrainData;
import io.tributary.model.nested.StressData;
import io.tributary.model.nested.TagData;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code Daily} object (wire shape of {@code schemas/core/Daily.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code metadata}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Daily(
        @JsonProperty("active_durations_data") ActiveDurationsData activeDurationsData,
        @JsonProperty("calories_data") CaloriesData caloriesData,
        @JsonProperty("data_enrichment") DailyDataEnrichment dataEnrichment,
        @JsonProperty("device_data") DeviceData deviceData,
        @JsonProperty("distance_data") DailyDistanceData distanceData,
        @JsonProperty("heart_rate_data") HeartRateData heartRateData,
        @JsonProperty("MET_data") METData metData,
        @JsonProperty("metadata") DailyMetadata metadata,
        @JsonProperty("oxygen_data") OxygenData oxygenData,
        @JsonProperty("scores") ScoresData scores,
        @JsonProperty("strain_data") StrainData strainData,
        @JsonProperty("stress_data") StressData stressData,
        @JsonProperty("tag_data") TagData tagData,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements TerraDataModel {

    public Daily {
        extra = Extra.copy(extra);
    }

    @Override
    public DataType dataType() {
        return DataType.DAILY;
    }

    @Override
    public String identityKey() {
        return IdentityKeys.daily(this);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    @Override
    public Daily withoutSamples() {
        return new Daily(
                activeDurationsData == null ? null : activeDurationsData.withoutSamples(),
                caloriesData == null ? null : caloriesData.withoutSamples(),
                dataEnrichment,
                deviceData,
                distanceData == null ? null : distanceData.withoutSamples(),
                heartRateData == null ? null : heartRateData.withoutSamples(),
                metData == null ? null : metData.withoutSamples(),
                metadata,
                oxygenData == null ? null : oxygenData.withoutSamples(),
                scores,
                strainData,
                stressData == null ? null : stressData.withoutSamples(),
                tagData,
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
        b.dataEnrichment = dataEnrichment;
        b.deviceData = deviceData;
        b.distanceData = distanceData;
        b.heartRateData = heartRateData;
        b.metData = metData;
        b.metadata = metadata;
        b.oxygenData = oxygenData;
        b.scores = scores;
        b.strainData = strainData;
        b.stressData = stressData;
        b.tagData = tagData;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link Daily}. */
    public static final class Builder {
        private ActiveDurationsData activeDurationsData;
        private CaloriesData caloriesData;
        private DailyDataEnrichment dataEnrichment;
        private DeviceData deviceData;
        private DailyDistanceData distanceData;
        private HeartRateData heartRateData;
        private METData metData;
        private DailyMetadata metadata;
        private OxygenData oxygenData;
        private ScoresData scores;
        private StrainData strainData;
        private StressData stressData;
        private TagData tagData;
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

        public Builder dataEnrichment(DailyDataEnrichment dataEnrichment) {
            this.dataEnrichment = dataEnrichment;
            return this;
        }

        public Builder deviceData(DeviceData deviceData) {
            this.deviceData = deviceData;
            return this;
        }

        public Builder distanceData(DailyDistanceData distanceData) {
            this.distanceData = distanceData;
            return this;
        }

        public Builder heartRateData(HeartRateData heartRateData) {
            this.heartRateData = heartRateData;
            return this;
        }

        public Builder metData(METData metData) {
            this.metData = metData;
            return this;
        }

        public Builder metadata(DailyMetadata metadata) {
            this.metadata = metadata;
            return this;
        }

        public Builder oxygenData(OxygenData oxygenData) {
            this.oxygenData = oxygenData;
            return this;
        }

        public Builder scores(ScoresData scores) {
            this.scores = scores;
            return this;
        }

        public Builder strainData(StrainData strainData) {
            this.strainData = strainData;
            return this;
        }

        public Builder stressData(StressData stressData) {
            this.stressData = stressData;
            return this;
        }

        public Builder tagData(TagData tagData) {
            this.tagData = tagData;
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

        public Daily build() {
            return new Daily(
                    activeDurationsData,
                    caloriesData,
                    dataEnrichment,
                    deviceData,
                    distanceData,
                    heartRateData,
                    metData,
                    metadata,
                    oxygenData,
                    scores,
                    strainData,
                    stressData,
                    tagData,
                    extra);
        }
    }
}
