// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.GlucoseFlag;
import io.tributary.model.enums.TrendArrow;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code GlucoseDataSample} object (wire shape of {@code schemas/core/GlucoseDataSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code glucose_level_flag}: {@link GlucoseFlag}</li>
 *   <li>{@code trend_arrow}: {@link TrendArrow}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GlucoseDataSample(
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("blood_glucose_mg_per_dL") Double bloodGlucoseMgPerDl,

        @JsonProperty("glucose_level_flag") @EnumType(GlucoseFlag.class)
        Integer glucoseLevelFlag,

        @JsonProperty("trend_arrow") @EnumType(TrendArrow.class)
        Integer trendArrow,

        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public GlucoseDataSample {
        extra = Extra.copy(extra);
    }

    /** {@code glucose_level_flag} as {@link GlucoseFlag}; empty when absent or not a known value. */
    public Optional<GlucoseFlag> glucoseLevelFlagAsEnum() {
        return GlucoseFlag.of(glucoseLevelFlag);
    }

    /** {@code trend_arrow} as {@link TrendArrow}; empty when absent or not a known value. */
    public Optional<TrendArrow> trendArrowAsEnum() {
        return TrendArrow.of(trendArrow);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timestamp = timestamp;
        b.bloodGlucoseMgPerDl = bloodGlucoseMgPerDl;
        b.glucoseLevelFlag = glucoseLevelFlag;
        b.trendArrow = trendArrow;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link GlucoseDataSample}. */
    public static final class Builder {
        private String timestamp;
        private Double bloodGlucoseMgPerDl;
        private Integer glucoseLevelFlag;
        private Integer trendArrow;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder bloodGlucoseMgPerDl(Double bloodGlucoseMgPerDl) {
            this.bloodGlucoseMgPerDl = bloodGlucoseMgPerDl;
            return this;
        }

        public Builder glucoseLevelFlag(Integer glucoseLevelFlag) {
            this.glucoseLevelFlag = glucoseLevelFlag;
            return this;
        }

        public Builder glucoseLevelFlag(GlucoseFlag glucoseLevelFlag) {
            this.glucoseLevelFlag = glucoseLevelFlag == null ? null : glucoseLevelFlag.value();
            return this;
        }

        public Builder trendArrow(Integer trendArrow) {
            this.trendArrow = trendArrow;
            return this;
        }

        public Builder trendArrow(TrendArrow trendArrow) {
            this.trendArrow = trendArrow == null ? null : trendArrow.value();
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

        public GlucoseDataSample build() {
            return new GlucoseDataSample(timestamp, bloodGlucoseMgPerDl, glucoseLevelFlag, trendArrow, extra);
        }
    }
}
