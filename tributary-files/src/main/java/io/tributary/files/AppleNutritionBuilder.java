package io.tributary.files;

import static io.tributary.files.AppleExport.*;

import io.tributary.files.HealthKitTypes.Quantity;
import io.tributary.model.Nutrition;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.nested.NutritionMacros;
import io.tributary.model.nested.NutritionMetadata;
import io.tributary.model.nested.NutritionMicros;
import io.tributary.model.nested.NutritionSummary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One local day's Dietary* records of an Apple export as a {@link Nutrition} (day sums; water as {@code water_ml}). */
final class AppleNutritionBuilder {
    /** The dietary types of the HealthKit table, each with its slot in {@link DayAgg#nutr} (and the mask bit). */
    private static final Quantity[] DIETARY;

    private static final Map<Quantity, Integer> SLOT = new EnumMap<>(Quantity.class);

    static {
        List<Quantity> list = new ArrayList<>();
        for (Quantity q : Quantity.values()) {
            if (q.nutrient != null) {
                SLOT.put(q, list.size());
                list.add(q);
            }
        }
        DIETARY = list.toArray(new Quantity[0]); // 39: fits the long mask
    }

    private AppleNutritionBuilder() {}

    /** Adds a dietary record's value (already in Terra's unit) to the day. */
    static void add(DayAgg d, Quantity q, double v) {
        int slot = SLOT.get(q);
        if (d.nutr == null) {
            d.nutr = new double[DIETARY.length];
        }
        d.nutr[slot] += v;
        d.nutrMask |= 1L << slot;
    }

    static Nutrition nutrition(DayAgg d, String start, String end) {
        Map<String, Object> macros = new LinkedHashMap<>();
        Map<String, Object> micros = new LinkedHashMap<>();
        Double water = null;
        for (int i = 0; i < DIETARY.length; i++) {
            if ((d.nutrMask & (1L << i)) == 0) {
                continue;
            }
            double v = ActivityAssembler.round3(d.nutr[i]);
            String name = DIETARY[i].nutrient;
            switch (name) {
                case "water_ml" -> water = v;
                case "calories",
                        "protein_g",
                        "carbohydrates_g",
                        "fat_g",
                        "fiber_g",
                        "sugar_g",
                        "saturated_fat_g",
                        "cholesterol_mg",
                        "sodium_mg" -> macros.put(name, v);
                default -> micros.put(name, v);
            }
        }
        NutritionMacros.Builder mb = NutritionMacros.builder();
        mb.calories((Double) macros.get("calories"))
                .proteinG((Double) macros.get("protein_g"))
                .carbohydratesG((Double) macros.get("carbohydrates_g"))
                .fatG((Double) macros.get("fat_g"))
                .fiberG((Double) macros.get("fiber_g"))
                .sugarG((Double) macros.get("sugar_g"))
                .saturatedFatG((Double) macros.get("saturated_fat_g"))
                .cholesterolMg((Double) macros.get("cholesterol_mg"))
                .sodiumMg((Double) macros.get("sodium_mg"));
        NutritionMicros.Builder mi = NutritionMicros.builder()
                .caffeineMg((Double) micros.get("caffeine_mg"))
                .calciumMg((Double) micros.get("calcium_mg"))
                .ironMg((Double) micros.get("iron_mg"))
                .potassiumMg((Double) micros.get("potassium_mg"))
                .magnesiumMg((Double) micros.get("magnesium_mg"))
                .vitaminCMg((Double) micros.get("vitamin_C_mg"))
                .vitaminDMg((Double) micros.get("vitamin_D_mg"))
                .zincMg((Double) micros.get("zinc_mg"))
                .monounsaturatedFatG((Double) micros.get("monounsaturated_fat_g"))
                .polyunsaturatedFatG((Double) micros.get("polyunsaturated_fat_g"))
                .vitaminAMg((Double) micros.get("vitamin_A_mg"))
                .vitaminB6Mg((Double) micros.get("vitamin_B6_mg"))
                .vitaminB12Mg((Double) micros.get("vitamin_B12_mg"))
                .vitaminEMg((Double) micros.get("vitamin_E_mg"))
                .vitaminKMg((Double) micros.get("vitamin_K_mg"))
                .folateMg((Double) micros.get("folate_mg"))
                .phosphorusMg((Double) micros.get("phosphorus_mg"))
                .niacinMg((Double) micros.get("niacin_mg"))
                .riboflavinMg((Double) micros.get("riboflavin_mg"))
                .thiaminMg((Double) micros.get("thiamin_mg"))
                .seleniumMg((Double) micros.get("selenium_mg"))
                .copperMg((Double) micros.get("copper_mg"))
                .manganeseMg((Double) micros.get("manganese_mg"))
                .biotinMg((Double) micros.get("biotin_mg"))
                .pantothenicAcidMg((Double) micros.get("pantothenic_acid_mg"))
                .iodineMg((Double) micros.get("iodine_mg"))
                .chromiumMg((Double) micros.get("chromium_mg"))
                .molybdenumMg((Double) micros.get("molybdenum_mg"))
                .chlorideMg((Double) micros.get("chloride_mg"));
        return Nutrition.builder()
                .metadata(NutritionMetadata.builder()
                        .startTime(start)
                        .endTime(end)
                        .timestampLocalization(TimestampLocalization.LOCAL)
                        .build())
                .summary(NutritionSummary.builder()
                        .macros(mb.build())
                        .micros(mi.build())
                        .waterMl(water)
                        .build())
                .build();
    }
}
