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
 * Terra {@code KetoneData} object (wire shape of {@code schemas/core/KetoneData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KetoneData(
        @JsonProperty("ketone_samples") List<KetoneSample> ketoneSamples,
        @JsonProperty("day_avg_ketone_mg_per_dL") Double dayAvgKetoneMgPerDl,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public KetoneData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public KetoneData withoutSamples() {
        return new KetoneData(null, dayAvgKetoneMgPerDl, extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.ketoneSamples = ketoneSamples;
        b.dayAvgKetoneMgPerDl = dayAvgKetoneMgPerDl;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link KetoneData}. */
    public static final class Builder {
        private List<KetoneSample> ketoneSamples;
        private Double dayAvgKetoneMgPerDl;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder ketoneSamples(List<KetoneSample> ketoneSamples) {
            this.ketoneSamples = ketoneSamples;
            return this;
        }

        public Builder dayAvgKetoneMgPerDl(Double dayAvgKetoneMgPerDl) {
            this.dayAvgKetoneMgPerDl = dayAvgKetoneMgPerDl;
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

        public KetoneData build() {
            return new KetoneData(ketoneSamples, dayAvgKetoneMgPerDl, extra);
        }
    }
}
