package io.tributary.files;

import io.tributary.model.enums.ActivityType;
import io.tributary.model.enums.SleepLevel;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The one table of HealthKit identifiers, shared by the Apple Health export parser ({@link AppleHealthParser}) and
 * the mobile-SDK mapping in the server: quantity type identifiers with the conversion of their value into Terra's
 * unit, the category values of sleep analysis and menstrual flow, and workout activity types. What each consumer
 * does with a quantity (which day, body or workout field it feeds) stays with the consumer; the identifiers and the
 * units are defined here only. Identifiers: https://developer.apple.com/documentation/healthkit/data-types.
 */
public final class HealthKitTypes {
    public static final String SLEEP_ANALYSIS = "HKCategoryTypeIdentifierSleepAnalysis";
    public static final String MENSTRUAL_FLOW = "HKCategoryTypeIdentifierMenstrualFlow";
    public static final String WORKOUT = "HKWorkout";

    /** Sleep analysis "in bed": time in bed, not a sleep stage. */
    public static final int IN_BED = -1;

    private HealthKitTypes() {}

    /** How a quantity's value becomes the unit of its Terra field (the unit string is HealthKit's). */
    public enum Conversion {
        AS_IS((v, u) -> v),
        METERS(Units::meters),
        CENTIMETERS((v, u) -> Units.meters(v, u == null ? "m" : u) * 100.0),
        KCAL(Units::kcal),
        MINUTES(Units::minutes),
        PER_MINUTE(Units::perMinute),
        /** HRV: HealthKit's unit is ms; {@code s} is converted. */
        MILLISECONDS((v, u) -> "s".equals(u) ? v * 1000.0 : v),
        /** HealthKit percentages are fractions (0.97 = 97 %); Terra's are 0–100. */
        PERCENT(Units::percent),
        KILOGRAMS(Units::kilograms),
        GRAMS(Units::grams),
        MILLIGRAMS((v, u) -> Units.grams(v, u) * 1000.0),
        MILLILITERS((v, u) -> Units.milliliters(v, u == null ? "mL" : u)),
        MG_PER_DL(Units::mgPerDl),
        CELSIUS(Units::celsius),
        METERS_PER_SECOND((v, u) -> Units.metersPerSecond(v, u == null ? "m/s" : u));

        private final Fn fn;

        Conversion(Fn fn) {
            this.fn = fn;
        }

        public double apply(double value, String unit) {
            return fn.apply(value, unit);
        }

        private interface Fn {
            double apply(double v, String unit);
        }
    }

    /** A quantity type: its identifier, the conversion to Terra's unit, and for dietary types the Terra field. */
    public enum Quantity {
        STEP_COUNT("StepCount", Conversion.AS_IS),
        DISTANCE_WALKING_RUNNING("DistanceWalkingRunning", Conversion.METERS),
        DISTANCE_CYCLING("DistanceCycling", Conversion.METERS),
        DISTANCE_SWIMMING("DistanceSwimming", Conversion.METERS),
        DISTANCE_WHEELCHAIR("DistanceWheelchair", Conversion.METERS),
        DISTANCE_DOWNHILL_SNOW_SPORTS("DistanceDownhillSnowSports", Conversion.METERS),
        ACTIVE_ENERGY_BURNED("ActiveEnergyBurned", Conversion.KCAL),
        BASAL_ENERGY_BURNED("BasalEnergyBurned", Conversion.KCAL),
        FLIGHTS_CLIMBED("FlightsClimbed", Conversion.AS_IS),
        APPLE_EXERCISE_TIME("AppleExerciseTime", Conversion.MINUTES),
        APPLE_STAND_TIME("AppleStandTime", Conversion.MINUTES),
        HEART_RATE("HeartRate", Conversion.PER_MINUTE),
        RESTING_HEART_RATE("RestingHeartRate", Conversion.PER_MINUTE),
        HEART_RATE_VARIABILITY_SDNN("HeartRateVariabilitySDNN", Conversion.MILLISECONDS),
        VO2_MAX("VO2Max", Conversion.AS_IS),
        OXYGEN_SATURATION("OxygenSaturation", Conversion.PERCENT),
        BODY_MASS("BodyMass", Conversion.KILOGRAMS),
        BODY_FAT_PERCENTAGE("BodyFatPercentage", Conversion.PERCENT),
        HEIGHT("Height", Conversion.CENTIMETERS),
        BODY_MASS_INDEX("BodyMassIndex", Conversion.AS_IS),
        LEAN_BODY_MASS("LeanBodyMass", Conversion.KILOGRAMS),
        BLOOD_PRESSURE_SYSTOLIC("BloodPressureSystolic", Conversion.AS_IS),
        BLOOD_PRESSURE_DIASTOLIC("BloodPressureDiastolic", Conversion.AS_IS),
        BLOOD_GLUCOSE("BloodGlucose", Conversion.MG_PER_DL),
        BODY_TEMPERATURE("BodyTemperature", Conversion.CELSIUS),
        BASAL_BODY_TEMPERATURE("BasalBodyTemperature", Conversion.CELSIUS),
        APPLE_SLEEPING_WRIST_TEMPERATURE("AppleSleepingWristTemperature", Conversion.CELSIUS),
        RESPIRATORY_RATE("RespiratoryRate", Conversion.PER_MINUTE),
        RUNNING_POWER("RunningPower", Conversion.AS_IS),
        CYCLING_POWER("CyclingPower", Conversion.AS_IS),
        RUNNING_SPEED("RunningSpeed", Conversion.METERS_PER_SECOND),
        CYCLING_SPEED("CyclingSpeed", Conversion.METERS_PER_SECOND),
        WALKING_SPEED("WalkingSpeed", Conversion.METERS_PER_SECOND),
        CYCLING_CADENCE("CyclingCadence", Conversion.PER_MINUTE),
        SWIMMING_STROKE_COUNT("SwimmingStrokeCount", Conversion.AS_IS),
        // Dietary records: the Terra nutrition field (macros, micros or water) each one sums into
        DIETARY_ENERGY_CONSUMED("DietaryEnergyConsumed", Conversion.KCAL, "calories"),
        DIETARY_PROTEIN("DietaryProtein", Conversion.GRAMS, "protein_g"),
        DIETARY_CARBOHYDRATES("DietaryCarbohydrates", Conversion.GRAMS, "carbohydrates_g"),
        DIETARY_FAT_TOTAL("DietaryFatTotal", Conversion.GRAMS, "fat_g"),
        DIETARY_FIBER("DietaryFiber", Conversion.GRAMS, "fiber_g"),
        DIETARY_SUGAR("DietarySugar", Conversion.GRAMS, "sugar_g"),
        DIETARY_FAT_SATURATED("DietaryFatSaturated", Conversion.GRAMS, "saturated_fat_g"),
        DIETARY_CHOLESTEROL("DietaryCholesterol", Conversion.MILLIGRAMS, "cholesterol_mg"),
        DIETARY_SODIUM("DietarySodium", Conversion.MILLIGRAMS, "sodium_mg"),
        DIETARY_WATER("DietaryWater", Conversion.MILLILITERS, "water_ml"),
        DIETARY_CAFFEINE("DietaryCaffeine", Conversion.MILLIGRAMS, "caffeine_mg"),
        DIETARY_CALCIUM("DietaryCalcium", Conversion.MILLIGRAMS, "calcium_mg"),
        DIETARY_IRON("DietaryIron", Conversion.MILLIGRAMS, "iron_mg"),
        DIETARY_POTASSIUM("DietaryPotassium", Conversion.MILLIGRAMS, "potassium_mg"),
        DIETARY_MAGNESIUM("DietaryMagnesium", Conversion.MILLIGRAMS, "magnesium_mg"),
        DIETARY_VITAMIN_C("DietaryVitaminC", Conversion.MILLIGRAMS, "vitamin_C_mg"),
        DIETARY_VITAMIN_D("DietaryVitaminD", Conversion.MILLIGRAMS, "vitamin_D_mg"),
        DIETARY_ZINC("DietaryZinc", Conversion.MILLIGRAMS, "zinc_mg"),
        DIETARY_FAT_MONOUNSATURATED("DietaryFatMonounsaturated", Conversion.GRAMS, "monounsaturated_fat_g"),
        DIETARY_FAT_POLYUNSATURATED("DietaryFatPolyunsaturated", Conversion.GRAMS, "polyunsaturated_fat_g"),
        DIETARY_VITAMIN_A("DietaryVitaminA", Conversion.MILLIGRAMS, "vitamin_A_mg"),
        DIETARY_VITAMIN_B6("DietaryVitaminB6", Conversion.MILLIGRAMS, "vitamin_B6_mg"),
        DIETARY_VITAMIN_B12("DietaryVitaminB12", Conversion.MILLIGRAMS, "vitamin_B12_mg"),
        DIETARY_VITAMIN_E("DietaryVitaminE", Conversion.MILLIGRAMS, "vitamin_E_mg"),
        DIETARY_VITAMIN_K("DietaryVitaminK", Conversion.MILLIGRAMS, "vitamin_K_mg"),
        DIETARY_FOLATE("DietaryFolate", Conversion.MILLIGRAMS, "folate_mg"),
        DIETARY_PHOSPHORUS("DietaryPhosphorus", Conversion.MILLIGRAMS, "phosphorus_mg"),
        DIETARY_NIACIN("DietaryNiacin", Conversion.MILLIGRAMS, "niacin_mg"),
        DIETARY_RIBOFLAVIN("DietaryRiboflavin", Conversion.MILLIGRAMS, "riboflavin_mg"),
        DIETARY_THIAMIN("DietaryThiamin", Conversion.MILLIGRAMS, "thiamin_mg"),
        DIETARY_SELENIUM("DietarySelenium", Conversion.MILLIGRAMS, "selenium_mg"),
        DIETARY_COPPER("DietaryCopper", Conversion.MILLIGRAMS, "copper_mg"),
        DIETARY_MANGANESE("DietaryManganese", Conversion.MILLIGRAMS, "manganese_mg"),
        DIETARY_BIOTIN("DietaryBiotin", Conversion.MILLIGRAMS, "biotin_mg"),
        DIETARY_PANTOTHENIC_ACID("DietaryPantothenicAcid", Conversion.MILLIGRAMS, "pantothenic_acid_mg"),
        DIETARY_IODINE("DietaryIodine", Conversion.MILLIGRAMS, "iodine_mg"),
        DIETARY_CHROMIUM("DietaryChromium", Conversion.MILLIGRAMS, "chromium_mg"),
        DIETARY_MOLYBDENUM("DietaryMolybdenum", Conversion.MILLIGRAMS, "molybdenum_mg"),
        DIETARY_CHLORIDE("DietaryChloride", Conversion.MILLIGRAMS, "chloride_mg");

        private static final Map<String, Quantity> BY_ID = new HashMap<>();

        static {
            for (Quantity q : values()) BY_ID.put(q.identifier, q);
        }

        public final String identifier;
        public final Conversion conversion;
        /** The Terra nutrition field of a dietary type ({@code protein_g} …); null for the others. */
        public final String nutrient;

        Quantity(String name, Conversion conversion) {
            this(name, conversion, null);
        }

        Quantity(String name, Conversion conversion, String nutrient) {
            this.identifier = "HKQuantityTypeIdentifier" + name;
            this.conversion = conversion;
            this.nutrient = nutrient;
        }

        /** The value in Terra's unit. */
        public double toTerra(double value, String unit) {
            return conversion.apply(value, unit);
        }
    }

    /** The quantity type of a full identifier ({@code HKQuantityTypeIdentifierStepCount}); null when not mapped. */
    public static Quantity quantity(String identifier) {
        return identifier == null ? null : Quantity.BY_ID.get(identifier);
    }

    /**
     * Terra {@link SleepLevel} of a sleep-analysis value ({@code HKCategoryValueSleepAnalysisAsleepDeep}, with or
     * without the prefix, any case), {@link #IN_BED} for in bed; null when unknown.
     */
    public static Integer sleepStage(String value) {
        if (value == null) return null;
        return switch (value.replace("HKCategoryValueSleepAnalysis", "").toLowerCase(Locale.ROOT)) {
            case "inbed" -> IN_BED;
            case "asleep", "asleepunspecified" -> SleepLevel.SLEEPING.value();
            case "asleepcore", "core", "light" -> SleepLevel.LIGHT_SLEEP.value();
            case "asleepdeep", "deep" -> SleepLevel.DEEP_SLEEP.value();
            case "asleeprem", "rem" -> SleepLevel.REM_SLEEP.value();
            case "awake" -> SleepLevel.AWAKE.value();
            default -> null;
        };
    }

    /** The same for HKCategoryValueSleepAnalysis raw values 0–5; null when unknown. */
    public static Integer sleepStage(int raw) {
        return switch (raw) {
            case 0 -> IN_BED;
            case 1 -> SleepLevel.SLEEPING.value(); // asleepUnspecified
            case 2 -> SleepLevel.AWAKE.value();
            case 3 -> SleepLevel.LIGHT_SLEEP.value(); // asleepCore
            case 4 -> SleepLevel.DEEP_SLEEP.value();
            case 5 -> SleepLevel.REM_SLEEP.value();
            default -> null;
        };
    }

    /** Terra MenstruationFlow (1 none, 2 light, 3 medium, 4 heavy, 5 had) of a menstrual-flow value; 0 unknown. */
    public static int menstrualFlow(String value) {
        if (value == null) return 0;
        return switch (value.replace("HKCategoryValueMenstrualFlow", "").toLowerCase(Locale.ROOT)) {
            case "none" -> 1;
            case "light" -> 2;
            case "medium" -> 3;
            case "heavy" -> 4;
            case "unspecified" -> 5;
            default -> 0;
        };
    }

    /** HKCategoryValueMenstrualFlow raw values: 1 unspecified, 2 light, 3 medium, 4 heavy, 5 none. */
    public static int menstrualFlow(int raw) {
        return switch (raw) {
            case 1 -> 5;
            case 2 -> 2;
            case 3 -> 3;
            case 4 -> 4;
            case 5 -> 1;
            default -> 0;
        };
    }

    /** A workout activity type by name ({@code HKWorkoutActivityTypeRunning}); OTHER when unknown. */
    public static ActivityType workoutType(String name) {
        return ActivityTypes.of(name, ActivityType.OTHER);
    }

    /** HKWorkoutActivityType raw values of the common workouts; OTHER for the rest. */
    public static ActivityType workoutType(int raw) {
        return switch (raw) {
            case 37 -> ActivityType.RUNNING;
            case 52 -> ActivityType.WALKING;
            case 13 -> ActivityType.BIKING;
            case 46 -> ActivityType.SWIMMING;
            case 24 -> ActivityType.HIKING;
            case 57 -> ActivityType.YOGA;
            case 20 -> ActivityType.STRENGTH_TRAINING;
            case 35 -> ActivityType.ROWING;
            default -> ActivityType.OTHER;
        };
    }
}
