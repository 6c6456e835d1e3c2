// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code MeasurementDataSample} object (wire shape of {@code schemas/core/MeasurementDataSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasurementDataSample(
        @JsonProperty("measurement_time") String measurementTime,
        @JsonProperty("BMI") Double bmi,
        @JsonProperty("BMR") Double bmr,
        @JsonProperty("RMR") Double rmr,
        @JsonProperty("estimated_fitness_age") Integer estimatedFitnessAge,
        @JsonProperty("skin_fold_mm") Double skinFoldMm,
        @JsonProperty("bodyfat_percentage") Double bodyfatPercentage,
        @JsonProperty("weight_kg") Double weightKg,
        @JsonProperty("height_cm") Double heightCm,
        @JsonProperty("bone_mass_g") Double boneMassG,
        @JsonProperty("muscle_mass_g") Double muscleMassG,
        @JsonProperty("lean_mass_g") Double leanMassG,
        @JsonProperty("water_percentage") Double waterPercentage,
        @JsonProperty("insulin_units") Double insulinUnits,
        @JsonProperty("insulin_type") String insulinType,
        @JsonProperty("urine_color") String urineColor,
        @JsonProperty("user_notes") String userNotes,
        @JsonProperty("visceral_fat_level") Double visceralFatLevel,
        @JsonProperty("visceral_fat_category") String visceralFatCategory,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public MeasurementDataSample {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.measurementTime = measurementTime;
        b.bmi = bmi;
        b.bmr = bmr;
        b.rmr = rmr;
        b.estimatedFitnessAge = estimatedFitnessAge;
        b.skinFoldMm = skinFoldMm;
        b.bodyfatPercentage = bodyfatPercentage;
        b.weightKg = weightKg;
        b.heightCm = heightCm;
        b.boneMassG = boneMassG;
        b.muscleMassG = muscleMassG;
        b.leanMassG = leanMassG;
        b.waterPercentage = waterPercentage;
        b.insulinUnits = insulinUnits;
        b.insulinType = insulinType;
        b.urineColor = urineColor;
        b.userNotes = userNotes;
        b.visceralFatLevel = visceralFatLevel;
        b.visceralFatCategory = visceralFatCategory;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link MeasurementDataSample}. */
    public static final class Builder {
        private String measurementTime;
        private Double bmi;
        private Double bmr;
        private Double rmr;
        private Integer estimatedFitnessAge;
        private Double skinFoldMm;
        private Double bodyfatPercentage;
        private Double weightKg;
        private Double heightCm;
        private Double boneMassG;
        private Double muscleMassG;
        private Double leanMassG;
        private Double waterPercentage;
        private Double insulinUnits;
        private String insulinType;
        private String urineColor;
        private String userNotes;
        private Double visceralFatLevel;
        private String visceralFatCategory;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder measurementTime(String measurementTime) {
            this.measurementTime = measurementTime;
            return this;
        }

        public Builder bmi(Double bmi) {
            this.bmi = bmi;
            return this;
        }

        public Builder bmr(Double bmr) {
            this.bmr = bmr;
            return this;
        }

        public Builder rmr(Double rmr) {
            this.rmr = rmr;
            return this;
        }

        public Builder estimatedFitnessAge(Integer estimatedFitnessAge) {
            this.estimatedFitnessAge = estimatedFitnessAge;
            return this;
        }

        public Builder skinFoldMm(Double skinFoldMm) {
            this.skinFoldMm = skinFoldMm;
            return this;
        }

        public Builder bodyfatPercentage(Double bodyfatPercentage) {
            this.bodyfatPercentage = bodyfatPercentage;
            return this;
        }

        public Builder weightKg(Double weightKg) {
            this.weightKg = weightKg;
            return this;
        }

        public Builder heightCm(Double heightCm) {
            this.heightCm = heightCm;
            return this;
        }

        public Builder boneMassG(Double boneMassG) {
            this.boneMassG = boneMassG;
            return this;
        }

        public Builder muscleMassG(Double muscleMassG) {
            this.muscleMassG = muscleMassG;
            return this;
        }

        public Builder leanMassG(Double leanMassG) {
            this.leanMassG = leanMassG;
            return this;
        }

        public Builder waterPercentage(Double waterPercentage) {
            this.waterPercentage = waterPercentage;
            return this;
        }

        public Builder insulinUnits(Double insulinUnits) {
            this.insulinUnits = insulinUnits;
            return this;
        }

        public Builder insulinType(String insulinType) {
            this.insulinType = insulinType;
            return this;
        }

        public Builder urineColor(String urineColor) {
            this.urineColor = urineColor;
            return this;
        }

        public Builder userNotes(String userNotes) {
            this.userNotes = userNotes;
            return this;
        }

        public Builder visceralFatLevel(Double visceralFatLevel) {
            this.visceralFatLevel = visceralFatLevel;
            return this;
        }

        public Builder visceralFatCategory(String visceralFatCategory) {
            this.visceralFatCategory = visceralFatCategory;
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

        public MeasurementDataSample build() {
            return new MeasurementDataSample(
                    measurementTime,
                    bmi,
                    bmr,
                    rmr,
                    estimatedFitnessAge,
                    skinFoldMm,
                    bodyfatPercentage,
                    weightKg,
                    heightCm,
                    boneMassG,
                    muscleMassG,
                    leanMassG,
                    waterPercentage,
                    insulinUnits,
                    insulinType,
                    urineColor,
                    userNotes,
                    visceralFatLevel,
                    visceralFatCategory,
                    extra);
        }
    }
}
