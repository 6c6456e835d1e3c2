// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code RespirationData} object (wire shape of {@code schemas/core/RespirationData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RespirationData(
        @JsonProperty("breaths_data") BreathsData breathsData,
        @JsonProperty("oxygen_saturation_data") OxygenSaturationData oxygenSaturationData,
        @JsonProperty("snoring_data") SnoringData snoringData,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public RespirationData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public RespirationData withoutSamples() {
        return new RespirationData(
                breathsData == null ? null : breathsData.withoutSamples(),
                oxygenSaturationData == null ? null : oxygenSaturationData.withoutSamples(),
                snoringData == null ? null : snoringData.withoutSamples(),
                extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.breathsData = breathsData;
        b.oxygenSaturationData = oxygenSaturationData;
        b.snoringData = snoringData;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link RespirationData}. */
    public static final class Builder {
        private BreathsData breathsData;
        private OxygenSaturationData oxygenSaturationData;
        private SnoringData snoringData;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder breathsData(BreathsData breathsData) {
            this.breathsData = breathsData;
            return this;
        }

        public Builder oxygenSaturationData(OxygenSaturationData oxygenSaturationData) {
            this.oxygenSaturationData = oxygenSaturationData;
            return this;
        }

        public Builder snoringData(SnoringData snoringData) {
            this.snoringData = snoringData;
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

        public RespirationData build() {
            return new RespirationData(breathsData, oxygenSaturationData, snoringData, extra);
        }
    }
}
