// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code NutritionMicros} object (wire shape of {@code schemas/core/NutritionMicros.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NutritionMicros(
        @JsonProperty("biotin_mg") Double biotinMg,
        @JsonProperty("caffeine_mg") Double caffeineMg,
        @JsonProperty("calcium_mg") Double calciumMg,
        @JsonProperty("sodium_mg") Double sodiumMg,
        @JsonProperty("chloride_mg") Double chlorideMg,
        @JsonProperty("chromium_mg") Double chromiumMg,
        @JsonProperty("copper_mg") Double copperMg,
        @JsonProperty("folate_mg") Double folateMg,
        @JsonProperty("folic_acid_mg") Double folicAcidMg,
        @JsonProperty("iodine_mg") Double iodineMg,
        @JsonProperty("iron_mg") Double ironMg,
        @JsonProperty("magnesium_mg") Double magnesiumMg,
        @JsonProperty("manganese_mg") Double manganeseMg,
        @JsonProperty("molybdenum_mg") Double molybdenumMg,
        @JsonProperty("niacin_mg") Double niacinMg,
        @JsonProperty("pantothenic_acid_mg") Double pantothenicAcidMg,
        @JsonProperty("phosphorus_mg") Double phosphorusMg,
        @JsonProperty("potassium_mg") Double potassiumMg,
        @JsonProperty("riboflavin_mg") Double riboflavinMg,
        @JsonProperty("selenium_mg") Double seleniumMg,
        @JsonProperty("thiamin_mg") Double thiaminMg,
        @JsonProperty("vitamin_A_mg") Double vitaminAMg,
        @JsonProperty("vitamin_B12_mg") Double vitaminB12Mg,
        @JsonProperty("vitamin_B6_mg") Double vitaminB6Mg,
        @JsonProperty("vitamin_C_mg") Double vitaminCMg,
        @JsonProperty("vitamin_D_mg") Double vitaminDMg,
        @JsonProperty("vitamin_D2_mg") Double vitaminD2Mg,
        @JsonProperty("vitamin_D3_mg") Double vitaminD3Mg,
        @JsonProperty("vitamin_E_mg") Double vitaminEMg,
        @JsonProperty("vitamin_K_mg") Double vitaminKMg,
        @JsonProperty("zinc_mg") Double zincMg,
        @JsonProperty("cystine_g") Double cystineG,
        @JsonProperty("histidine_g") Double histidineG,
        @JsonProperty("isoleucine_g") Double isoleucineG,
        @JsonProperty("leucine_g") Double leucineG,
        @JsonProperty("lysine_g") Double lysineG,
        @JsonProperty("methionine_g") Double methionineG,
        @JsonProperty("phenylalanine_g") Double phenylalanineG,
        @JsonProperty("threonine_g") Double threonineG,
        @JsonProperty("tryptophan_g") Double tryptophanG,
        @JsonProperty("tyrosine_g") Double tyrosineG,
        @JsonProperty("valine_g") Double valineG,
        @JsonProperty("monounsaturated_fat_g") Double monounsaturatedFatG,
        @JsonProperty("polyunsaturated_fat_g") Double polyunsaturatedFatG,
        @JsonProperty("omega3_g") Double omega3G,
        @JsonProperty("omega6_g") Double omega6G,
        @JsonProperty("starch_g") Double starchG,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public NutritionMicros {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.biotinMg = biotinMg;
        b.caffeineMg = caffeineMg;
        b.calciumMg = calciumMg;
        b.sodiumMg = sodiumMg;
        b.chlorideMg = chlorideMg;
        b.chromiumMg = chromiumMg;
        b.copperMg = copperMg;
        b.folateMg = folateMg;
        b.folicAcidMg = folicAcidMg;
        b.iodineMg = iodineMg;
        b.ironMg = ironMg;
        b.magnesiumMg = magnesiumMg;
        b.manganeseMg = manganeseMg;
        b.molybdenumMg = molybdenumMg;
        b.niacinMg = niacinMg;
        b.pantothenicAcidMg = pantothenicAcidMg;
        b.phosphorusMg = phosphorusMg;
        b.potassiumMg = potassiumMg;
        b.riboflavinMg = riboflavinMg;
        b.seleniumMg = seleniumMg;
        b.thiaminMg = thiaminMg;
        b.vitaminAMg = vitaminAMg;
        b.vitaminB12Mg = vitaminB12Mg;
        b.vitaminB6Mg = vitaminB6Mg;
        b.vitaminCMg = vitaminCMg;
        b.vitaminDMg = vitaminDMg;
        b.vitaminD2Mg = vitaminD2Mg;
        b.vitaminD3Mg = vitaminD3Mg;
        b.vitaminEMg = vitaminEMg;
        b.vitaminKMg = vitaminKMg;
        b.zincMg = zincMg;
        b.cystineG = cystineG;
        b.histidineG = histidineG;
        b.isoleucineG = isoleucineG;
        b.leucineG = leucineG;
        b.lysineG = lysineG;
        b.methionineG = methionineG;
        b.phenylalanineG = phenylalanineG;
        b.threonineG = threonineG;
        b.tryptophanG = tryptophanG;
        b.tyrosineG = tyrosineG;
        b.valineG = valineG;
        b.monounsaturatedFatG = monounsaturatedFatG;
        b.polyunsaturatedFatG = polyunsaturatedFatG;
        b.omega3G = omega3G;
        b.omega6G = omega6G;
        b.starchG = starchG;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link NutritionMicros}. */
    public static final class Builder {
        private Double biotinMg;
        private Double caffeineMg;
        private Double calciumMg;
        private Double sodiumMg;
        private Double chlorideMg;
        private Double chromiumMg;
        private Double copperMg;
        private Double folateMg;
        private Double folicAcidMg;
        private Double iodineMg;
        private Double ironMg;
        private Double magnesiumMg;
        private Double manganeseMg;
        private Double molybdenumMg;
        private Double niacinMg;
        private Double pantothenicAcidMg;
        private Double phosphorusMg;
        private Double potassiumMg;
        private Double riboflavinMg;
        private Double seleniumMg;
        private Double thiaminMg;
        private Double vitaminAMg;
        private Double vitaminB12Mg;
        private Double vitaminB6Mg;
        private Double vitaminCMg;
        private Double vitaminDMg;
        private Double vitaminD2Mg;
        private Double vitaminD3Mg;
        private Double vitaminEMg;
        private Double vitaminKMg;
        private Double zincMg;
        private Double cystineG;
        private Double histidineG;
        private Double isoleucineG;
        private Double leucineG;
        private Double lysineG;
        private Double methionineG;
        private Double phenylalanineG;
        private Double threonineG;
        private Double tryptophanG;
        private Double tyrosineG;
        private Double valineG;
        private Double monounsaturatedFatG;
        private Double polyunsaturatedFatG;
        private Double omega3G;
        private Double omega6G;
        private Double starchG;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder biotinMg(Double biotinMg) {
            this.biotinMg = biotinMg;
            return this;
        }

        public Builder caffeineMg(Double caffeineMg) {
            this.caffeineMg = caffeineMg;
            return this;
        }

        public Builder calciumMg(Double calciumMg) {
            this.calciumMg = calciumMg;
            return this;
        }

        public Builder sodiumMg(Double sodiumMg) {
            this.sodiumMg = sodiumMg;
            return this;
        }

        public Builder chlorideMg(Double chlorideMg) {
            this.chlorideMg = chlorideMg;
            return this;
        }

        public Builder chromiumMg(Double chromiumMg) {
            this.chromiumMg = chromiumMg;
            return this;
        }

        public Builder copperMg(Double copperMg) {
            this.copperMg = copperMg;
            return this;
        }

        public Builder folateMg(Double folateMg) {
            this.folateMg = folateMg;
            return this;
        }

        public Builder folicAcidMg(Double folicAcidMg) {
            this.folicAcidMg = folicAcidMg;
            return this;
        }

        public Builder iodineMg(Double iodineMg) {
            this.iodineMg = iodineMg;
            return this;
        }

        public Builder ironMg(Double ironMg) {
            this.ironMg = ironMg;
            return this;
        }

        public Builder magnesiumMg(Double magnesiumMg) {
            this.magnesiumMg = magnesiumMg;
            return this;
        }

        public Builder manganeseMg(Double manganeseMg) {
            this.manganeseMg = manganeseMg;
            return this;
        }

        public Builder molybdenumMg(Double molybdenumMg) {
            this.molybdenumMg = molybdenumMg;
            return this;
        }

        public Builder niacinMg(Double niacinMg) {
            this.niacinMg = niacinMg;
            return this;
        }

        public Builder pantothenicAcidMg(Double pantothenicAcidMg) {
            this.pantothenicAcidMg = pantothenicAcidMg;
            return this;
        }

        public Builder phosphorusMg(Double phosphorusMg) {
            this.phosphorusMg = phosphorusMg;
            return this;
        }

        public Builder potassiumMg(Double potassiumMg) {
            this.potassiumMg = potassiumMg;
            return this;
        }

        public Builder riboflavinMg(Double riboflavinMg) {
            this.riboflavinMg = riboflavinMg;
            return this;
        }

        public Builder seleniumMg(Double seleniumMg) {
            this.seleniumMg = seleniumMg;
            return this;
        }

        public Builder thiaminMg(Double thiaminMg) {
            this.thiaminMg = thiaminMg;
            return this;
        }

        public Builder vitaminAMg(Double vitaminAMg) {
            this.vitaminAMg = vitaminAMg;
            return this;
        }

        public Builder vitaminB12Mg(Double vitaminB12Mg) {
            this.vitaminB12Mg = vitaminB12Mg;
            return this;
        }

        public Builder vitaminB6Mg(Double vitaminB6Mg) {
            this.vitaminB6Mg = vitaminB6Mg;
            return this;
        }

        public Builder vitaminCMg(Double vitaminCMg) {
            this.vitaminCMg = vitaminCMg;
            return this;
        }

        public Builder vitaminDMg(Double vitaminDMg) {
            this.vitaminDMg = vitaminDMg;
            return this;
        }

        public Builder vitaminD2Mg(Double vitaminD2Mg) {
            this.vitaminD2Mg = vitaminD2Mg;
            return this;
        }

        public Builder vitaminD3Mg(Double vitaminD3Mg) {
            this.vitaminD3Mg = vitaminD3Mg;
            return this;
        }

        public Builder vitaminEMg(Double vitaminEMg) {
            this.vitaminEMg = vitaminEMg;
            return this;
        }

        public Builder vitaminKMg(Double vitaminKMg) {
            this.vitaminKMg = vitaminKMg;
            return this;
        }

        public Builder zincMg(Double zincMg) {
            this.zincMg = zincMg;
            return this;
        }

        public Builder cystineG(Double cystineG) {
            this.cystineG = cystineG;
            return this;
        }

        public Builder histidineG(Double histidineG) {
            this.histidineG = histidineG;
            return this;
        }

        public Builder isoleucineG(Double isoleucineG) {
            this.isoleucineG = isoleucineG;
            return this;
        }

        public Builder leucineG(Double leucineG) {
            this.leucineG = leucineG;
            return this;
        }

        public Builder lysineG(Double lysineG) {
            this.lysineG = lysineG;
            return this;
        }

        public Builder methionineG(Double methionineG) {
            this.methionineG = methionineG;
            return this;
        }

        public Builder phenylalanineG(Double phenylalanineG) {
            this.phenylalanineG = phenylalanineG;
            return this;
        }

        public Builder threonineG(Double threonineG) {
            this.threonineG = threonineG;
            return this;
        }

        public Builder tryptophanG(Double tryptophanG) {
            this.tryptophanG = tryptophanG;
            return this;
        }

        public Builder tyrosineG(Double tyrosineG) {
            this.tyrosineG = tyrosineG;
            return this;
        }

        public Builder valineG(Double valineG) {
            this.valineG = valineG;
            return this;
        }

        public Builder monounsaturatedFatG(Double monounsaturatedFatG) {
            this.monounsaturatedFatG = monounsaturatedFatG;
            return this;
        }

        public Builder polyunsaturatedFatG(Double polyunsaturatedFatG) {
            this.polyunsaturatedFatG = polyunsaturatedFatG;
            return this;
        }

        public Builder omega3G(Double omega3G) {
            this.omega3G = omega3G;
            return this;
        }

        public Builder omega6G(Double omega6G) {
            this.omega6G = omega6G;
            return this;
        }

        public Builder starchG(Double starchG) {
            this.starchG = starchG;
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

        public NutritionMicros build() {
            return new NutritionMicros(
                    biotinMg,
                    caffeineMg,
                    calciumMg,
                    sodiumMg,
                    chlorideMg,
                    chromiumMg,
                    copperMg,
                    folateMg,
                    folicAcidMg,
                    iodineMg,
                    ironMg,
                    magnesiumMg,
                    manganeseMg,
                    molybdenumMg,
                    niacinMg,
                    pantothenicAcidMg,
                    phosphorusMg,
                    potassiumMg,
                    riboflavinMg,
                    seleniumMg,
                    thiaminMg,
                    vitaminAMg,
                    vitaminB12Mg,
                    vitaminB6Mg,
                    vitaminCMg,
                    vitaminDMg,
                    vitaminD2Mg,
                    vitaminD3Mg,
                    vitaminEMg,
                    vitaminKMg,
                    zincMg,
                    cystineG,
                    histidineG,
                    isoleucineG,
                    leucineG,
                    lysineG,
                    methionineG,
                    phenylalanineG,
                    threonineG,
                    tryptophanG,
                    tyrosineG,
                    valineG,
                    monounsaturatedFatG,
                    polyunsaturatedFatG,
                    omega3G,
                    omega6G,
                    starchG,
                    extra);
        }
    }
}
