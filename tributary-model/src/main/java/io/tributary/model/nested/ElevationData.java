// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code ElevationData} object (wire shape of {@code schemas/core/ElevationData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ElevationData(
        @JsonProperty("avg_meters") Double avgMeters,
        @JsonProperty("gain_actual_meters") Double gainActualMeters,
        @JsonProperty("gain_planned_meters") Double gainPlannedMeters,
        @JsonProperty("loss_actual_meters") Double lossActualMeters,
        @JsonProperty("max_meters") Double maxMeters,
        @JsonProperty("min_meters") Double minMeters,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public ElevationData {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.avgMeters = avgMeters;
        b.gainActualMeters = gainActualMeters;
        b.gainPlannedMeters = gainPlannedMeters;
        b.lossActualMeters = lossActualMeters;
        b.maxMeters = maxMeters;
        b.minMeters = minMeters;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link ElevationData}. */
    public static final class Builder {
        private Double avgMeters;
        private Double gainActualMeters;
        private Double gainPlannedMeters;
        private Double lossActualMeters;
        private Double maxMeters;
        private Double minMeters;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder avgMeters(Double avgMeters) {
            this.avgMeters = avgMeters;
            return this;
        }

        public Builder gainActualMeters(Double gainActualMeters) {
            this.gainActualMeters = gainActualMeters;
            return this;
        }

        public Builder gainPlannedMeters(Double gainPlannedMeters) {
            this.gainPlannedMeters = gainPlannedMeters;
            return this;
        }

        public Builder lossActualMeters(Double lossActualMeters) {
            this.lossActualMeters = lossActualMeters;
            return this;
        }

        public Builder maxMeters(Double maxMeters) {
            this.maxMeters = maxMeters;
            return this;
        }

        public Builder minMeters(Double minMeters) {
            this.minMeters = minMeters;
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

        public ElevationData build() {
            return new ElevationData(
                    avgMeters, gainActualMeters, gainPlannedMeters, lossActualMeters, maxMeters, minMeters, extra);
        }
    }
}
