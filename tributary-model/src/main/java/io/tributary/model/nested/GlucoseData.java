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
 * Terra {@code GlucoseData} object (wire shape of {@code schemas/core/GlucoseData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * {@code day_avg_blood_glucose_mg_per_dL} and {@code day_avg_blood_glucose_mg_per_dl} are aliases: either is accepted on input and both are written.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GlucoseData(
        @JsonProperty("blood_glucose_samples") List<GlucoseDataSample> bloodGlucoseSamples,
        @JsonProperty("detailed_blood_glucose_samples") List<GlucoseDataSample> detailedBloodGlucoseSamples,
        @JsonProperty("day_avg_blood_glucose_mg_per_dL") Double dayAvgBloodGlucoseMgPerDl,

        @JsonProperty("day_avg_detailed_blood_glucose_mg_per_dL")
        Double dayAvgDetailedBloodGlucoseMgPerDl,

        @JsonProperty("day_avg_blood_glucose_mg_per_dl") Double dayAvgBloodGlucoseMgPerDlAlias,
        @JsonProperty("gmi") Double gmi,
        @JsonProperty("time_in_range") Double timeInRange,
        @JsonProperty("sensor_usage") Integer sensorUsage,
        @JsonProperty("daily_patterns") List<DailyPatternSample> dailyPatterns,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public GlucoseData {
        if (dayAvgBloodGlucoseMgPerDl == null) {
            dayAvgBloodGlucoseMgPerDl = dayAvgBloodGlucoseMgPerDlAlias;
        }
        dayAvgBloodGlucoseMgPerDlAlias = dayAvgBloodGlucoseMgPerDl;
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public GlucoseData withoutSamples() {
        return new GlucoseData(
                null,
                null,
                dayAvgBloodGlucoseMgPerDl,
                dayAvgDetailedBloodGlucoseMgPerDl,
                dayAvgBloodGlucoseMgPerDlAlias,
                gmi,
                timeInRange,
                sensorUsage,
                dailyPatterns,
                extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.bloodGlucoseSamples = bloodGlucoseSamples;
        b.detailedBloodGlucoseSamples = detailedBloodGlucoseSamples;
        b.dayAvgBloodGlucoseMgPerDl = dayAvgBloodGlucoseMgPerDl;
        b.dayAvgDetailedBloodGlucoseMgPerDl = dayAvgDetailedBloodGlucoseMgPerDl;
        b.dayAvgBloodGlucoseMgPerDlAlias = dayAvgBloodGlucoseMgPerDlAlias;
        b.gmi = gmi;
        b.timeInRange = timeInRange;
        b.sensorUsage = sensorUsage;
        b.dailyPatterns = dailyPatterns;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link GlucoseData}. */
    public static final class Builder {
        private List<GlucoseDataSample> bloodGlucoseSamples;
        private List<GlucoseDataSample> detailedBloodGlucoseSamples;
        private Double dayAvgBloodGlucoseMgPerDl;
        private Double dayAvgDetailedBloodGlucoseMgPerDl;
        private Double dayAvgBloodGlucoseMgPerDlAlias;
        private Double gmi;
        private Double timeInRange;
        private Integer sensorUsage;
        private List<DailyPatternSample> dailyPatterns;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder bloodGlucoseSamples(List<GlucoseDataSample> bloodGlucoseSamples) {
            this.bloodGlucoseSamples = bloodGlucoseSamples;
            return this;
        }

        public Builder detailedBloodGlucoseSamples(List<GlucoseDataSample> detailedBloodGlucoseSamples) {
            this.detailedBloodGlucoseSamples = detailedBloodGlucoseSamples;
            return this;
        }

        public Builder dayAvgBloodGlucoseMgPerDl(Double dayAvgBloodGlucoseMgPerDl) {
            this.dayAvgBloodGlucoseMgPerDl = dayAvgBloodGlucoseMgPerDl;
            this.dayAvgBloodGlucoseMgPerDlAlias = dayAvgBloodGlucoseMgPerDl;
            return this;
        }

        public Builder dayAvgDetailedBloodGlucoseMgPerDl(Double dayAvgDetailedBloodGlucoseMgPerDl) {
            this.dayAvgDetailedBloodGlucoseMgPerDl = dayAvgDetailedBloodGlucoseMgPerDl;
            return this;
        }

        public Builder dayAvgBloodGlucoseMgPerDlAlias(Double dayAvgBloodGlucoseMgPerDlAlias) {
            this.dayAvgBloodGlucoseMgPerDlAlias = dayAvgBloodGlucoseMgPerDlAlias;
            this.dayAvgBloodGlucoseMgPerDl = dayAvgBloodGlucoseMgPerDlAlias;
            return this;
        }

        public Builder gmi(Double gmi) {
            this.gmi = gmi;
            return this;
        }

        public Builder timeInRange(Double timeInRange) {
            this.timeInRange = timeInRange;
            return this;
        }

        public Builder sensorUsage(Integer sensorUsage) {
            this.sensorUsage = sensorUsage;
            return this;
        }

        public Builder dailyPatterns(List<DailyPatternSample> dailyPatterns) {
            this.dailyPatterns = dailyPatterns;
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

        public GlucoseData build() {
            return new GlucoseData(
                    bloodGlucoseSamples,
                    detailedBloodGlucoseSamples,
                    dayAvgBloodGlucoseMgPerDl,
                    dayAvgDetailedBloodGlucoseMgPerDl,
                    dayAvgBloodGlucoseMgPerDlAlias,
                    gmi,
                    timeInRange,
                    sensorUsage,
                    dailyPatterns,
                    extra);
        }
    }
}
