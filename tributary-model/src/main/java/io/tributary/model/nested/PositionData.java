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
 * Terra {@code PositionData} object (wire shape of {@code schemas/core/PositionData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PositionData(
        @JsonProperty("center_pos_lat_lng_deg") List<Double> centerPosLatLngDeg,
        @JsonProperty("end_pos_lat_lng_deg") List<Double> endPosLatLngDeg,
        @JsonProperty("position_samples") List<PositionSample> positionSamples,
        @JsonProperty("start_pos_lat_lng_deg") List<Double> startPosLatLngDeg,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public PositionData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public PositionData withoutSamples() {
        return new PositionData(centerPosLatLngDeg, endPosLatLngDeg, null, startPosLatLngDeg, extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.centerPosLatLngDeg = centerPosLatLngDeg;
        b.endPosLatLngDeg = endPosLatLngDeg;
        b.positionSamples = positionSamples;
        b.startPosLatLngDeg = startPosLatLngDeg;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link PositionData}. */
    public static final class Builder {
        private List<Double> centerPosLatLngDeg;
        private List<Double> endPosLatLngDeg;
        private List<PositionSample> positionSamples;
        private List<Double> startPosLatLngDeg;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder centerPosLatLngDeg(List<Double> centerPosLatLngDeg) {
            this.centerPosLatLngDeg = centerPosLatLngDeg;
            return this;
        }

        public Builder endPosLatLngDeg(List<Double> endPosLatLngDeg) {
            this.endPosLatLngDeg = endPosLatLngDeg;
            return this;
        }

        public Builder positionSamples(List<PositionSample> positionSamples) {
            this.positionSamples = positionSamples;
            return this;
        }

        public Builder startPosLatLngDeg(List<Double> startPosLatLngDeg) {
            this.startPosLatLngDeg = startPosLatLngDeg;
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

        public PositionData build() {
            return new PositionData(centerPosLatLngDeg, endPosLatLngDeg, positionSamples, startPosLatLngDeg, extra);
        }
    }
}
