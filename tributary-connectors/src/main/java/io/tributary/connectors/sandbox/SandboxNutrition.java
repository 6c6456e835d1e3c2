package io.tributary.connectors.sandbox;

import io.tributary.model.Nutrition;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.MealType;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.nested.Meal;
import io.tributary.model.nested.NutritionMacros;
import io.tributary.model.nested.NutritionMetadata;
import io.tributary.model.nested.NutritionSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Meals logged through the day. */
final class SandboxNutrition extends SandboxPerson {
    SandboxNutrition(long seed, SandboxGenerator.Profile p) {
        super(seed, p);
    }

    /** Meals logged on day {@code d} up to {@code now}; null when none is logged yet. */
    public Nutrition nutrition(LocalDate d, Instant now) {
        Random r = rng(d, 9);
        if (r.nextDouble() < 0.15) return null; // forgot to log that day
        double target = bmr(d) * 1.45 + r.nextGaussian() * 200;
        Object[][] plan = {
            {MealType.BREAKFAST, 7, 30, 0.25, "Oats with berries"},
            {MealType.LUNCH, 12, 45, 0.33, "Chicken and rice bowl"},
            {MealType.AFTERNOON_SNACK, 16, 0, 0.10, "Greek yogurt"},
            {MealType.DINNER, 19, 30, 0.32, "Salmon, potatoes and greens"}
        };
        List<Meal> meals = new ArrayList<>();
        double kcal = 0, protein = 0, carbs = 0, fat = 0, fiber = 0, sugar = 0, sodium = 0;
        for (int i = 0; i < plan.length; i++) {
            ZonedDateTime at = d.atTime((Integer) plan[i][1], (Integer) plan[i][2])
                    .atZone(p.zone())
                    .plusMinutes(r.nextInt(40) - 20);
            if (at.toInstant().isAfter(now)) continue;
            double mk = round1(target * (Double) plan[i][3] * (0.85 + r.nextDouble() * 0.3));
            double pShare = 0.2 + r.nextDouble() * 0.1, fShare = 0.25 + r.nextDouble() * 0.1;
            double pg = round1(mk * pShare / 4), fg = round1(mk * fShare / 9);
            double cg = round1(mk * (1 - pShare - fShare) / 4);
            double fib = round1(cg * 0.1), sug = round1(cg * 0.2), na = Math.round(mk * 0.9);
            meals.add(Meal.builder()
                    .id("sbx-meal-" + Long.toHexString(seed) + "-" + d + "-" + i)
                    .name((String) plan[i][4])
                    .type(((MealType) plan[i][0]).value())
                    .timestamp(Timestamps.format(at))
                    .macros(NutritionMacros.builder()
                            .calories(mk)
                            .proteinG(pg)
                            .carbohydratesG(cg)
                            .fatG(fg)
                            .fiberG(fib)
                            .sugarG(sug)
                            .sodiumMg((double) na)
                            .build())
                    .build());
            kcal += mk;
            protein += pg;
            carbs += cg;
            fat += fg;
            fiber += fib;
            sugar += sug;
            sodium += na;
        }
        if (meals.isEmpty()) return null;
        double water = Math.round(clamp(2000 + r.nextGaussian() * 400, 800, 3500) * meals.size() / plan.length);
        return Nutrition.builder()
                .metadata(NutritionMetadata.builder()
                        .startTime(Timestamps.format(d.atStartOfDay(p.zone())))
                        .endTime(Timestamps.format(d.plusDays(1).atStartOfDay(p.zone())))
                        .timestampLocalization(TimestampLocalization.UTC.value())
                        .build())
                .meals(meals)
                .summary(NutritionSummary.builder()
                        .macros(NutritionMacros.builder()
                                .calories(round1(kcal))
                                .proteinG(round1(protein))
                                .carbohydratesG(round1(carbs))
                                .fatG(round1(fat))
                                .fiberG(round1(fiber))
                                .sugarG(round1(sugar))
                                .sodiumMg(round1(sodium))
                                .build())
                        .waterMl(water)
                        .build())
                .build();
    }
}
