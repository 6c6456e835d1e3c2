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
 * Terra {@code MeasurementsData} object (wire shape of {@code schemas/core/MeasurementsData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasurementsData(
        @JsonProperty("measurements") List<MeasurementDataSample> measurements,
        @JsonProperty("day_avg_bmi") Double dayAvgBmi,
        @JsonProperty("day_avg_bmr") Double dayAvgBmr,
        @JsonProperty("day_avg_rmr") Double dayAvgRmr,
        @JsonProperty("day_avg_estimated_fitness_age") Double dayAvgEstimatedFitnessAge,
        @JsonProperty("day_avg_skin_fold_mm") Double dayAvgSkinFoldMm,
        @JsonProperty("day_avg_bodyfat_percentage") Double dayAvgBodyfatPercentage,
        @JsonProperty("day_avg_weight_kg") Double dayAvgWeightKg,
        @JsonProperty("day_avg_height_cm") Double dayAvgHeightCm,
        @JsonProperty("day_avg_bone_mass_g") Double dayAvgBoneMassG,
        @JsonProperty("day_avg_muscle_mass_g") Double dayAvgMuscleMassG,
        @JsonProperty("day_avg_lean_mass_g") Double dayAvgLeanMassG,
        @JsonProperty("day_avg_water_percentage") Double dayAvgWaterPercentage,
        @JsonProperty("day_avg_insulin_units") Double dayAvgInsulinUnits,
        @JsonProperty("day_avg_visceral_fat_level") Double dayAvgVisceralFatLevel,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public MeasurementsData {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.measurements = measurements;
        b.dayAvgBmi = dayAvgBmi;
        b.dayAvgBmr = dayAvgBmr;
        b.dayAvgRmr = dayAvgRmr;
        b.dayAvgEstimatedFitnessAge = dayAvgEstimatedFitnessAge;
        b.dayAvgSkinFoldMm = dayAvgSkinFoldMm;
        b.dayAvgBodyfatPercentage = dayAvgBodyfatPercentage;
        b.dayAvgWeightKg = dayAvgWeightKg;
        b.dayAvgHeightCm = dayAvgHeightCm;
        b.dayAvgBoneMassG = dayAvgBoneMassG;
        b.dayAvgMuscleMassG = dayAvgMuscleMassG;
        b.dayAvgLeanMassG = dayAvgLeanMassG;
        b.dayAvgWaterPercentage = dayAvgWaterPercentage;
        b.dayAvgInsulinUnits = dayAvgInsulinUnits;
        b.dayAvgVisceralFatLevel = dayAvgVisceralFatLevel;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link MeasurementsData}. */
    public static final class Builder {
        private List<MeasurementDataSample> measurements;
        private Double dayAvgBmi;
        private Double dayAvgBmr;
        private Double dayAvgRmr;
        private Double dayAvgEstimatedFitnessAge;
        private Double dayAvgSkinFoldMm;
        private Double dayAvgBodyfatPercentage;
        private Double dayAvgWeightKg;
        private Double dayAvgHeightCm;
        private Double dayAvgBoneMassG;
        private Double dayAvgMuscleMassG;
        private Double dayAvgLeanMassG;
        private Double dayAvgWaterPercentage;
        private Double dayAvgInsulinUnits;
        private Double dayAvgVisceralFatLevel;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder measurements(List<MeasurementDataSample> measurements) {
            this.measurements = measurements;
            return this;
        }

        public Builder dayAvgBmi(Double dayAvgBmi) {
            this.dayAvgBmi = dayAvgBmi;
            return this;
        }

        public Builder dayAvgBmr(Double dayAvgBmr) {
            this.dayAvgBmr = dayAvgBmr;
            return this;
        }

        public Builder dayAvgRmr(Double dayAvgRmr) {
            this.dayAvgRmr = dayAvgRmr;
            return this;
        }

        public Builder dayAvgEstimatedFitnessAge(Double dayAvgEstimatedFitnessAge) {
            this.dayAvgEstimatedFitnessAge = dayAvgEstimatedFitnessAge;
            return this;
        }

        public Builder dayAvgSkinFoldMm(Double dayAvgSkinFoldMm) {
            this.dayAvgSkinFoldMm = dayAvgSkinFoldMm;
            return this;
        }

        public Builder dayAvgBodyfatPercentage(Double dayAvgBodyfatPercentage) {
            this.dayAvgBodyfatPercentage = dayAvgBodyfatPercentage;
            return this;
        }

        public Builder dayAvgWeightKg(Double dayAvgWeightKg) {
            this.dayAvgWeightKg = dayAvgWeightKg;
            return this;
        }

        public Builder dayAvgHeightCm(Double dayAvgHeightCm) {
            this.dayAvgHeightCm = dayAvgHeightCm;
            return this;
        }

        public Builder dayAvgBoneMassG(Double dayAvgBoneMassG) {
            this.dayAvgBoneMassG = dayAvgBoneMassG;
            return this;
        }

        public Builder dayAvgMuscleMassG(Double dayAvgMuscleMassG) {
            this.dayAvgMuscleMassG = dayAvgMuscleMassG;
            return this;
        }

        public Builder dayAvgLeanMassG(Double dayAvgLeanMassG) {
            this.dayAvgLeanMassG = dayAvgLeanMassG;
            return this;
        }

        public Builder dayAvgWaterPercentage(Double dayAvgWaterPercentage) {
            this.dayAvgWaterPercentage = dayAvgWaterPercentage;
            return this;
        }

        public Builder dayAvgInsulinUnits(Double dayAvgInsulinUnits) {
            this.dayAvgInsulinUnits = dayAvgInsulinUnits;
            return this;
        }

        public Builder dayAvgVisceralFatLevel(Double dayAvgVisceralFatLevel) {
            this.dayAvgVisceralFatLevel = dayAvgVisceralFatLevel;
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

        public MeasurementsData build() {
            return new MeasurementsData(
                    measurements,
                    dayAvgBmi,
                    dayAvgBmr,
                    dayAvgRmr,
                    dayAvgEstimatedFitnessAge,
                    dayAvgSkinFoldMm,
                    dayAvgBodyfatPercentage,
                    dayAvgWeightKg,
                    dayAvgHeightCm,
                    dayAvgBoneMassG,
                    dayAvgMuscleMassG,
                    dayAvgLeanMassG,
                    dayAvgWaterPercentage,
                    dayAvgInsulinUnits,
                    dayAvgVisceralFatLevel,
                    extra);
        }
    }
}
