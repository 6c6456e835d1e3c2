// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code NutritionMacros} object (wire shape of {@code schemas/core/NutritionMacros.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NutritionMacros(
        @JsonProperty("alcohol_g") Double alcoholG,
        @JsonProperty("calories") Double calories,
        @JsonProperty("carbohydrates_g") Double carbohydratesG,
        @JsonProperty("cholesterol_mg") Double cholesterolMg,
        @JsonProperty("fat_g") Double fatG,
        @JsonProperty("fiber_g") Double fiberG,
        @JsonProperty("net_carbohydrates_g") Double netCarbohydratesG,
        @JsonProperty("protein_g") Double proteinG,
        @JsonProperty("saturated_fat_g") Double saturatedFatG,
        @JsonProperty("sodium_mg") Double sodiumMg,
        @JsonProperty("sugar_g") Double sugarG,
        @JsonProperty("trans_fat_g") Double transFatG,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public NutritionMacros {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.alcoholG = alcoholG;
        b.calories = calories;
        b.carbohydratesG = carbohydratesG;
        b.cholesterolMg = cholesterolMg;
        b.fatG = fatG;
        b.fiberG = fiberG;
        b.netCarbohydratesG = netCarbohydratesG;
        b.proteinG = proteinG;
        b.saturatedFatG = saturatedFatG;
        b.sodiumMg = sodiumMg;
        b.sugarG = sugarG;
        b.transFatG = transFatG;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link NutritionMacros}. */
    public static final class Builder {
        private Double alcoholG;
        private Double calories;
        private Double carbohydratesG;
        private Double cholesterolMg;
        private Double fatG;
        private Double fiberG;
        private Double netCarbohydratesG;
        private Double proteinG;
        private Double saturatedFatG;
        private Double sodiumMg;
        private Double sugarG;
        private Double transFatG;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder alcoholG(Double alcoholG) {
            this.alcoholG = alcoholG;
            return this;
        }

        public Builder calories(Double calories) {
            this.calories = calories;
            return this;
        }

        public Builder carbohydratesG(Double carbohydratesG) {
            this.carbohydratesG = carbohydratesG;
            return this;
        }

        public Builder cholesterolMg(Double cholesterolMg) {
            this.cholesterolMg = cholesterolMg;
            return this;
        }

        public Builder fatG(Double fatG) {
            this.fatG = fatG;
            return this;
        }

        public Builder fiberG(Double fiberG) {
            this.fiberG = fiberG;
            return this;
        }

        public Builder netCarbohydratesG(Double netCarbohydratesG) {
            this.netCarbohydratesG = netCarbohydratesG;
            return this;
        }

        public Builder proteinG(Double proteinG) {
            this.proteinG = proteinG;
            return this;
        }

        public Builder saturatedFatG(Double saturatedFatG) {
            this.saturatedFatG = saturatedFatG;
            return this;
        }

        public Builder sodiumMg(Double sodiumMg) {
            this.sodiumMg = sodiumMg;
            return this;
        }

        public Builder sugarG(Double sugarG) {
            this.sugarG = sugarG;
            return this;
        }

        public Builder transFatG(Double transFatG) {
            this.transFatG = transFatG;
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

        public NutritionMacros build() {
            return new NutritionMacros(
                    alcoholG,
                    calories,
                    carbohydratesG,
                    cholesterolMg,
                    fatG,
                    fiberG,
                    netCarbohydratesG,
                    proteinG,
                    saturatedFatG,
                    sodiumMg,
                    sugarG,
                    transFatG,
                    extra);
        }
    }
}
