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
 * Terra {@code HeartRateDataSummary} object (wire shape of {@code schemas/core/HeartRateDataSummary.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HeartRateDataSummary(
        @JsonProperty("avg_hr_bpm") Double avgHrBpm,
        @JsonProperty("avg_hrv_rmssd") Double avgHrvRmssd,
        @JsonProperty("avg_hrv_sdnn") Double avgHrvSdnn,
        @JsonProperty("hr_zone_data") List<HeartRateZoneData> hrZoneData,
        @JsonProperty("max_hr_bpm") Double maxHrBpm,
        @JsonProperty("min_hr_bpm") Double minHrBpm,
        @JsonProperty("resting_hr_bpm") Double restingHrBpm,
        @JsonProperty("user_max_hr_bpm") Double userMaxHrBpm,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public HeartRateDataSummary {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.avgHrBpm = avgHrBpm;
        b.avgHrvRmssd = avgHrvRmssd;
        b.avgHrvSdnn = avgHrvSdnn;
        b.hrZoneData = hrZoneData;
        b.maxHrBpm = maxHrBpm;
        b.minHrBpm = minHrBpm;
        b.restingHrBpm = restingHrBpm;
        b.userMaxHrBpm = userMaxHrBpm;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link HeartRateDataSummary}. */
    public static final class Builder {
        private Double avgHrBpm;
        private Double avgHrvRmssd;
        private Double avgHrvSdnn;
        private List<HeartRateZoneData> hrZoneData;
        private Double maxHrBpm;
        private Double minHrBpm;
        private Double restingHrBpm;
        private Double userMaxHrBpm;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder avgHrBpm(Double avgHrBpm) {
            this.avgHrBpm = avgHrBpm;
            return this;
        }

        public Builder avgHrvRmssd(Double avgHrvRmssd) {
            this.avgHrvRmssd = avgHrvRmssd;
            return this;
        }

        public Builder avgHrvSdnn(Double avgHrvSdnn) {
            this.avgHrvSdnn = avgHrvSdnn;
            return this;
        }

        public Builder hrZoneData(List<HeartRateZoneData> hrZoneData) {
            this.hrZoneData = hrZoneData;
            return this;
        }

        public Builder maxHrBpm(Double maxHrBpm) {
            this.maxHrBpm = maxHrBpm;
            return this;
        }

        public Builder minHrBpm(Double minHrBpm) {
            this.minHrBpm = minHrBpm;
            return this;
        }

        public Builder restingHrBpm(Double restingHrBpm) {
            this.restingHrBpm = restingHrBpm;
            return this;
        }

        public Builder userMaxHrBpm(Double userMaxHrBpm) {
            this.userMaxHrBpm = userMaxHrBpm;
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

        public HeartRateDataSummary build() {
            return new HeartRateDataSummary(
                    avgHrBpm,
                    avgHrvRmssd,
                    avgHrvSdnn,
                    hrZoneData,
                    maxHrBpm,
                    minHrBpm,
                    restingHrBpm,
                    userMaxHrBpm,
                    extra);
        }
    }
}
