package io.tributary.server.ingest;

import io.tributary.files.ActivityTypes;
import io.tributary.files.Units;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.ActivityType;
import io.tributary.model.enums.SleepLevel;
import io.tributary.server.shared.ApiException;
import io.tributary.server.storage.SdkStore.SdkRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one record in a platform's own shape (HealthKit sample/workout, Health Connect or Samsung Health record) into
 * a normalised {@link SdkRecord}: a {@code kind}, start/end, the local offset and a value in Terra units. Unknown
 * types get kind {@link #IGNORED} (stored, not mapped). Bad input throws a 400 naming the record index and field.
 */
final class SdkRecordMapper {
    static final String STEPS = "steps", DISTANCE = "distance_m", ACTIVE_KCAL = "active_kcal";
    static final String BASAL_KCAL = "basal_kcal", TOTAL_KCAL = "total_kcal", FLOORS = "floors";
    static final String HR = "hr_bpm", RESTING_HR = "resting_hr_bpm", HRV_SDNN = "hrv_sdnn_ms";
    static final String WEIGHT = "weight_kg", BODY_FAT = "body_fat_pct", HEIGHT = "height_cm";
    static final String HRV_RMSSD = "hrv_rmssd_ms", SPO2 = "spo2_pct", VO2MAX = "vo2max", ELEVATION = "elevation_m";
    static final String GLUCOSE = "glucose_mg_dl", BLOOD_PRESSURE = "bp_systolic", BODY_TEMP = "body_temp_c";
    static final String LEAN_MASS = "lean_mass_kg", BONE_MASS = "bone_mass_kg";
    /** Breaths per minute: kept for the sleep session they fall inside. */
    static final String RESP_RATE = "resp_rate_bpm";
    /** Workout samples (m/s, W, per minute): kept for the workout they fall inside. */
    static final String SPEED = "speed_mps", POWER = "power_w", CADENCE = "cadence_rpm";

    static final String SLEEP = "sleep", WORKOUT = "workout", NUTRITION = "nutrition", FLOW = "menstruation_flow";
    static final String IGNORED = "ignored";

    private static final DateTimeFormatter HK_EXPORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");
    private final JsonMapper json;

    SdkRecordMapper(JsonMapper json) {
        this.json = json;
    }

    SdkRecord map(String platform, JsonNode r, int index) {
        if (r == null || !r.isObject()) throw bad(index, "", "each record must be a JSON object");
        return "APPLE".equals(platform) ? healthKit(r, index) : healthConnect(platform, r, index);
    }

    // ------------------------------------------------------------------ HealthKit

    private SdkRecord healthKit(JsonNode r, int i) {
        String id = text(r, "uuid");
        if (id == null) throw bad(i, "uuid", "missing: every HealthKit sample carries its uuid");
        String type = text(r, "type");
        boolean workout = "HKWorkout".equals(type) || (type == null && r.has("workoutActivityType"));
        if (type == null && !workout) throw bad(i, "type", "missing (e.g. HKQuantityTypeIdentifierStepCount)");
        OffsetDateTime start = hkTime(r, "startDate", i);
        OffsetDateTime end = r.has("endDate") ? hkTime(r, "endDate", i) : start;
        String unit = text(r, "unit");
        Map<String, Object> extra = new LinkedHashMap<>();
        putIfText(extra, "source", text(r, "sourceName"));
        putIfText(extra, "device", r.has("device") ? nodeText(r.get("device")) : null);
        if (workout) {
            JsonNode t = r.get("workoutActivityType");
            ActivityType at = t == null
                    ? ActivityType.OTHER
                    : t.isNumber() ? hkWorkoutNumber(t.asInt()) : ActivityTypes.of(t.asString(), ActivityType.OTHER);
            extra.put("activity_type", at.value());
            extra.put("name", t == null ? null : t.isNumber() ? at.name() : t.asString());
            Double duration = num(r, "duration", i);
            extra.put(
                    "duration_s",
                    duration != null
                            ? Double.valueOf(Units.minutes(
                                            duration, text(r, "durationUnit") == null ? "s" : text(r, "durationUnit"))
                                    * 60.0)
                            : Double.valueOf(seconds(start, end)));
            Double kcal = quantity(r, "totalEnergyBurned", i);
            if (kcal != null) extra.put("kcal", Units.kcal(kcal, quantityUnit(r, "totalEnergyBurned", "kcal")));
            Double dist = quantity(r, "totalDistance", i);
            if (dist != null) extra.put("distance_m", Units.meters(dist, quantityUnit(r, "totalDistance", "m")));
            return rec(id, "APPLE", "HKWorkout", WORKOUT, start, end, null, extra, r);
        }
        String kind;
        Double value = null;
        switch (type) {
            case "HKCategoryTypeIdentifierSleepAnalysis" -> {
                kind = SLEEP;
                value = (double) hkSleepStage(r.get("value"), i);
            }
            case "HKCategoryTypeIdentifierMenstrualFlow" -> {
                kind = FLOW;
                value = (double) hkFlow(r.get("value"));
            }
            default -> {
                double v = required(r, "value", i);
                switch (type) {
                    case "HKQuantityTypeIdentifierStepCount" -> {
                        kind = STEPS;
                        value = v;
                    }
                    case "HKQuantityTypeIdentifierDistanceWalkingRunning",
                            "HKQuantityTypeIdentifierDistanceCycling",
                            "HKQuantityTypeIdentifierDistanceSwimming",
                            "HKQuantityTypeIdentifierDistanceWheelchair" -> {
                        kind = DISTANCE;
                        value = Units.meters(v, unit);
                    }
                    case "HKQuantityTypeIdentifierActiveEnergyBurned" -> {
                        kind = ACTIVE_KCAL;
                        value = Units.kcal(v, unit);
                    }
                    case "HKQuantityTypeIdentifierBasalEnergyBurned" -> {
                        kind = BASAL_KCAL;
                        value = Units.kcal(v, unit);
                    }
                    case "HKQuantityTypeIdentifierFlightsClimbed" -> {
                        kind = FLOORS;
                        value = v;
                    }
                    case "HKQuantityTypeIdentifierHeartRate" -> {
                        kind = HR;
                        value = perMinute(v, unit);
                    }
                    case "HKQuantityTypeIdentifierRestingHeartRate" -> {
                        kind = RESTING_HR;
                        value = perMinute(v, unit);
                    }
                    case "HKQuantityTypeIdentifierHeartRateVariabilitySDNN" -> {
                        kind = HRV_SDNN;
                        value = "s".equals(unit) ? v * 1000 : v;
                    }
                    case "HKQuantityTypeIdentifierBodyMass" -> {
                        kind = WEIGHT;
                        value = Units.kilograms(v, unit);
                    }
                    case "HKQuantityTypeIdentifierBodyFatPercentage" -> {
                        kind = BODY_FAT;
                        value = Units.percent(v, unit);
                    }
                    case "HKQuantityTypeIdentifierHeight" -> {
                        kind = HEIGHT;
                        value = Units.meters(v, unit == null ? "m" : unit) * 100.0;
                    }
                    case "HKQuantityTypeIdentifierOxygenSaturation" -> value = Units.percent(v, unit);
                    case "HKQuantityTypeIdentifierVO2Max" -> value = v;
                    case "HKQuantityTypeIdentifierBloodGlucose" -> value = Units.mgPerDl(v, unit);
                    case "HKQuantityTypeIdentifierBodyTemperature", "HKQuantityTypeIdentifierBasalBodyTemperature" ->
                        value = Units.celsius(v, unit);
                    case "HKQuantityTypeIdentifierLeanBodyMass" -> value = Units.kilograms(v, unit);
                    case "HKQuantityTypeIdentifierRespiratoryRate", "HKQuantityTypeIdentifierCyclingCadence" ->
                        value = Units.perMinute(v, unit);
                    case "HKQuantityTypeIdentifierRunningPower", "HKQuantityTypeIdentifierCyclingPower" -> value = v;
                    case "HKQuantityTypeIdentifierRunningSpeed",
                            "HKQuantityTypeIdentifierCyclingSpeed",
                            "HKQuantityTypeIdentifierWalkingSpeed" ->
                        value = Units.metersPerSecond(v, unit == null ? "m/s" : unit);
                    case "HKQuantityTypeIdentifierDietaryEnergyConsumed" ->
                        nutrient(extra, "calories", Units.kcal(v, unit));
                    case "HKQuantityTypeIdentifierDietaryProtein" -> nutrient(extra, "protein_g", Units.grams(v, unit));
                    case "HKQuantityTypeIdentifierDietaryCarbohydrates" ->
                        nutrient(extra, "carbohydrates_g", Units.grams(v, unit));
                    case "HKQuantityTypeIdentifierDietaryFatTotal" -> nutrient(extra, "fat_g", Units.grams(v, unit));
                    case "HKQuantityTypeIdentifierDietaryFiber" -> nutrient(extra, "fiber_g", Units.grams(v, unit));
                    case "HKQuantityTypeIdentifierDietarySugar" -> nutrient(extra, "sugar_g", Units.grams(v, unit));
                    case "HKQuantityTypeIdentifierDietaryWater" ->
                        nutrient(extra, "water_ml", Units.milliliters(v, unit == null ? "mL" : unit));
                    default -> {}
                }
                kind = extra.containsKey("nutrients") ? NUTRITION : kindOrIgnored(type, value);
            }
        }
        return rec(id, "APPLE", type, kind, start, end, value, extra, r);
    }

    private static String kindOrIgnored(String type, Double value) {
        return switch (type) {
            case "HKQuantityTypeIdentifierStepCount" -> STEPS;
            case "HKQuantityTypeIdentifierDistanceWalkingRunning",
                    "HKQuantityTypeIdentifierDistanceCycling",
                    "HKQuantityTypeIdentifierDistanceSwimming",
                    "HKQuantityTypeIdentifierDistanceWheelchair" -> DISTANCE;
            case "HKQuantityTypeIdentifierActiveEnergyBurned" -> ACTIVE_KCAL;
            case "HKQuantityTypeIdentifierBasalEnergyBurned" -> BASAL_KCAL;
            case "HKQuantityTypeIdentifierFlightsClimbed" -> FLOORS;
            case "HKQuantityTypeIdentifierHeartRate" -> HR;
            case "HKQuantityTypeIdentifierRestingHeartRate" -> RESTING_HR;
            case "HKQuantityTypeIdentifierHeartRateVariabilitySDNN" -> HRV_SDNN;
            case "HKQuantityTypeIdentifierBodyMass" -> WEIGHT;
            case "HKQuantityTypeIdentifierBodyFatPercentage" -> BODY_FAT;
            case "HKQuantityTypeIdentifierHeight" -> HEIGHT;
            case "HKQuantityTypeIdentifierOxygenSaturation" -> SPO2;
            case "HKQuantityTypeIdentifierVO2Max" -> VO2MAX;
            case "HKQuantityTypeIdentifierBloodGlucose" -> GLUCOSE;
            case "HKQuantityTypeIdentifierBodyTemperature", "HKQuantityTypeIdentifierBasalBodyTemperature" -> BODY_TEMP;
            case "HKQuantityTypeIdentifierLeanBodyMass" -> LEAN_MASS;
            case "HKQuantityTypeIdentifierRespiratoryRate" -> RESP_RATE;
            case "HKQuantityTypeIdentifierRunningPower", "HKQuantityTypeIdentifierCyclingPower" -> POWER;
            case "HKQuantityTypeIdentifierRunningSpeed",
                    "HKQuantityTypeIdentifierCyclingSpeed",
                    "HKQuantityTypeIdentifierWalkingSpeed" -> SPEED;
            case "HKQuantityTypeIdentifierCyclingCadence" -> CADENCE;
            default -> IGNORED;
        };
    }

    @SuppressWarnings("unchecked")
    private static void nutrient(Map<String, Object> extra, String name, double v) {
        ((Map<String, Object>) extra.computeIfAbsent("nutrients", k -> new LinkedHashMap<>())).put(name, v);
    }

    static int hkSleepStage(JsonNode v, int i) {
        if (v == null || v.isNull()) throw bad(i, "value", "missing: the SleepAnalysis value (inBed, asleepCore …)");
        if (v.isNumber()) {
            // HKCategoryValueSleepAnalysis raw values
            return switch (v.asInt()) {
                case 0 -> -1; // inBed
                case 1 -> SleepLevel.SLEEPING.value(); // asleepUnspecified
                case 2 -> SleepLevel.AWAKE.value();
                case 3 -> SleepLevel.LIGHT_SLEEP.value(); // asleepCore
                case 4 -> SleepLevel.DEEP_SLEEP.value();
                case 5 -> SleepLevel.REM_SLEEP.value();
                default -> throw bad(i, "value", "unknown SleepAnalysis value " + v.asInt() + " (0-5)");
            };
        }
        String s = v.asString().replace("HKCategoryValueSleepAnalysis", "").toLowerCase(Locale.ROOT);
        return switch (s) {
            case "inbed" -> -1;
            case "asleep", "asleepunspecified" -> SleepLevel.SLEEPING.value();
            case "asleepcore", "core", "light" -> SleepLevel.LIGHT_SLEEP.value();
            case "asleepdeep", "deep" -> SleepLevel.DEEP_SLEEP.value();
            case "asleeprem", "rem" -> SleepLevel.REM_SLEEP.value();
            case "awake" -> SleepLevel.AWAKE.value();
            default ->
                throw bad(
                        i,
                        "value",
                        "unknown SleepAnalysis value '" + v.asString()
                                + "' (inBed, asleepUnspecified, asleepCore, asleepDeep, asleepREM, awake)");
        };
    }

    private static int hkFlow(JsonNode v) {
        if (v == null || v.isNull()) return 0;
        if (v.isNumber()) {
            return switch (v
                    .asInt()) { // HKCategoryValueMenstrualFlow: 1 unspecified, 2 light, 3 medium, 4 heavy, 5 none
                case 1 -> 5;
                case 2 -> 2;
                case 3 -> 3;
                case 4 -> 4;
                case 5 -> 1;
                default -> 0;
            };
        }
        return switch (v.asString().replace("HKCategoryValueMenstrualFlow", "").toLowerCase(Locale.ROOT)) {
            case "none" -> 1;
            case "light" -> 2;
            case "medium" -> 3;
            case "heavy" -> 4;
            case "unspecified" -> 5;
            default -> 0;
        };
    }

    /** HKWorkoutActivityType raw values of the common workouts (names are preferred and map through ActivityTypes). */
    private static ActivityType hkWorkoutNumber(int n) {
        return switch (n) {
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

    private static OffsetDateTime hkTime(JsonNode r, String field, int i) {
        String s = text(r, field);
        if (s == null) throw bad(i, field, "missing");
        try {
            if (s.length() >= 25 && s.charAt(10) == ' ') return OffsetDateTime.parse(s, HK_EXPORT);
            return Timestamps.parse(s, ZoneOffset.UTC);
        } catch (RuntimeException e) {
            throw bad(i, field, "not a date-time: '" + s + "' (ISO 8601 with offset, e.g. 2026-03-01T08:00:00+01:00)");
        }
    }

    private static double perMinute(double v, String unit) {
        return Units.perMinute(v, unit);
    }

    // ------------------------------------------------------------------ Health Connect / Samsung Health

    private SdkRecord healthConnect(String platform, JsonNode r, int i) {
        String type = text(r, "recordType");
        if (type == null) type = text(r, "dataType");
        if (type == null) throw bad(i, "recordType", "missing (e.g. Steps, HeartRate, SleepSession)");
        type = type.replace("Record", "");
        JsonNode md = r.get("metadata");
        String id = md != null ? text(md, "id") : null;
        if (id == null && md != null && text(md, "clientRecordId") != null) id = "client:" + text(md, "clientRecordId");
        if (id == null) id = text(r, "uid"); // Samsung Health data uid
        if (id == null) throw bad(i, "metadata.id", "missing: every record needs metadata.id (or clientRecordId)");
        boolean instant = r.has("time") && !r.has("startTime");
        ZoneOffset so = offset(r, instant ? "zoneOffset" : "startZoneOffset", i);
        if (so == null) so = offset(r, "zoneOffset", i);
        ZoneOffset eo = offset(r, "endZoneOffset", i);
        OffsetDateTime start = instantAt(r, instant ? "time" : "startTime", so, i);
        OffsetDateTime end = r.has("endTime") ? instantAt(r, "endTime", eo != null ? eo : so, i) : start;
        Map<String, Object> extra = new LinkedHashMap<>();
        if (md != null) {
            JsonNode origin = md.get("dataOrigin");
            putIfText(
                    extra,
                    "source",
                    origin == null ? null : origin.isObject() ? text(origin, "packageName") : nodeText(origin));
            JsonNode dev = md.get("device");
            putIfText(extra, "device", dev == null ? null : dev.isObject() ? text(dev, "model") : nodeText(dev));
        }
        String kind = IGNORED;
        Double value = null;
        switch (type) {
            case "Steps" -> {
                kind = STEPS;
                value = required(r, "count", i);
            }
            case "Distance" -> {
                kind = DISTANCE;
                value = length(r, "distance", i);
            }
            case "ActiveCaloriesBurned" -> {
                kind = ACTIVE_KCAL;
                value = energy(r, "energy", i);
            }
            case "BasalMetabolicRate" -> {
                kind = BASAL_KCAL;
                value = energy(r, "energy", i);
            }
            case "TotalCaloriesBurned" -> {
                kind = TOTAL_KCAL;
                value = energy(r, "energy", i);
            }
            case "FloorsClimbed" -> {
                kind = FLOORS;
                value = required(r, "floors", i);
            }
            case "RestingHeartRate" -> {
                kind = RESTING_HR;
                value = required(r, "beatsPerMinute", i);
            }
            case "HeartRateVariabilityRmssd" -> {
                kind = HRV_RMSSD;
                value = required(r, "heartRateVariabilityMillis", i);
            }
            case "OxygenSaturation" -> {
                kind = SPO2;
                Double pct = quantity(r, "percentage", i);
                if (pct == null) throw bad(i, "percentage", "missing");
                value = Units.percent(pct, null);
            }
            case "Vo2Max" -> {
                kind = VO2MAX;
                value = required(r, "vo2MillilitersPerMinuteKilogram", i);
            }
            case "ElevationGained" -> {
                kind = ELEVATION;
                value = length(r, "elevation", i);
            }
            case "BloodGlucose" -> {
                kind = GLUCOSE;
                value = glucose(r, "level", i);
                putIfText(extra, "specimen", text(r, "specimenSource"));
                putIfText(extra, "relation_to_meal", text(r, "relationToMeal"));
            }
            case "BloodPressure" -> {
                kind = BLOOD_PRESSURE;
                value = pressure(r, "systolic", i);
                extra.put("diastolic", pressure(r, "diastolic", i));
            }
            case "BodyTemperature", "BasalBodyTemperature" -> {
                kind = BODY_TEMP;
                value = temperature(r, "temperature", i);
            }
            case "LeanBodyMass" -> {
                kind = LEAN_MASS;
                value = mass(r, "mass", i);
            }
            case "BoneMass" -> {
                kind = BONE_MASS;
                value = mass(r, "mass", i);
            }
            case "Weight" -> {
                kind = WEIGHT;
                value = mass(r, "weight", i);
            }
            case "BodyFat" -> {
                kind = BODY_FAT;
                value = required(r, "percentage", i);
            }
            case "Height" -> {
                kind = HEIGHT;
                value = length(r, "height", i) * 100.0;
            }
            case "HeartRate" -> {
                kind = HR;
                extra.put(
                        "samples",
                        samples(r, so, i, "HeartRate", "beatsPerMinute", (s, k) -> num(s, "beatsPerMinute", i)));
            }
            case "RespiratoryRate" -> {
                kind = RESP_RATE;
                value = required(r, "rate", i);
            }
            case "Speed" -> {
                kind = SPEED;
                extra.put("samples", samples(r, so, i, "Speed", "speed", (s, k) -> speed(s, "speed", i)));
            }
            case "Power" -> {
                kind = POWER;
                extra.put("samples", samples(r, so, i, "Power", "power", (s, k) -> power(s, "power", i)));
            }
            case "StepsCadence" -> {
                kind = CADENCE;
                extra.put("samples", samples(r, so, i, "StepsCadence", "rate", (s, k) -> num(s, "rate", i)));
            }
            case "CyclingPedalingCadence" -> {
                kind = CADENCE;
                extra.put(
                        "samples",
                        samples(
                                r,
                                so,
                                i,
                                "CyclingPedalingCadence",
                                "revolutionsPerMinute",
                                (s, k) -> num(s, "revolutionsPerMinute", i)));
            }
            case "SleepSession" -> {
                kind = SLEEP;
                JsonNode stages = r.get("stages");
                List<List<Object>> list = new ArrayList<>();
                if (stages != null && stages.isArray()) {
                    for (int k = 0; k < stages.size(); k++) {
                        JsonNode s = stages.get(k);
                        OffsetDateTime a = instantAt(s, "startTime", so, i);
                        OffsetDateTime b = instantAt(s, "endTime", so, i);
                        list.add(List.of(
                                a.toInstant().toEpochMilli(),
                                b.toInstant().toEpochMilli(),
                                hcSleepStage(s.get("stage"), i, k)));
                    }
                }
                extra.put("stages", list);
                extra.put("session", true);
                putIfText(extra, "title", text(r, "title"));
            }
            case "ExerciseSession" -> {
                kind = WORKOUT;
                JsonNode t = r.get("exerciseType");
                ActivityType at = t == null
                        ? ActivityType.OTHER
                        : t.isNumber()
                                ? hcExercise(t.asInt())
                                : ActivityTypes.of(t.asString().replace("EXERCISE_TYPE_", ""), ActivityType.OTHER);
                extra.put("activity_type", at.value());
                extra.put("name", text(r, "title") != null ? text(r, "title") : at.name());
                extra.put("duration_s", (double) seconds(start, end));
                Double kcal = r.has("totalEnergyBurned") ? energy(r, "totalEnergyBurned", i) : null;
                if (kcal != null) extra.put("kcal", kcal);
                Double dist = r.has("totalDistance") ? length(r, "totalDistance", i) : null;
                if (dist != null) extra.put("distance_m", dist);
            }
            case "Nutrition" -> {
                kind = NUTRITION;
                if (r.has("energy")) nutrient(extra, "calories", energy(r, "energy", i));
                if (r.has("protein")) nutrient(extra, "protein_g", mass(r, "protein", i) * 1000.0);
                if (r.has("totalCarbohydrate"))
                    nutrient(extra, "carbohydrates_g", mass(r, "totalCarbohydrate", i) * 1000.0);
                if (r.has("totalFat")) nutrient(extra, "fat_g", mass(r, "totalFat", i) * 1000.0);
                if (r.has("dietaryFiber")) nutrient(extra, "fiber_g", mass(r, "dietaryFiber", i) * 1000.0);
                if (r.has("sugar")) nutrient(extra, "sugar_g", mass(r, "sugar", i) * 1000.0);
                putIfText(extra, "name", text(r, "name"));
            }
            case "Hydration" -> {
                kind = NUTRITION;
                nutrient(extra, "water_ml", volume(r, "volume", i));
            }
            case "MenstruationFlow" -> {
                kind = FLOW;
                JsonNode f = r.get("flow");
                int flow = f == null
                        ? 0
                        : f.isNumber()
                                ? f.asInt() + 1
                                : switch (f.asString().replace("FLOW_", "").toLowerCase(Locale.ROOT)) {
                                    case "light" -> 2;
                                    case "medium" -> 3;
                                    case "heavy" -> 4;
                                    default -> 0;
                                };
                // Health Connect FLOW_UNKNOWN 0, LIGHT 1, MEDIUM 2, HEAVY 3 → Terra 0 (unknown), 2, 3, 4
                if (f != null && f.isNumber() && f.asInt() == 0) flow = 0;
                value = (double) flow;
            }
            default -> {}
        }
        return rec(id, platform, type, kind, start, end, value, extra, r);
    }

    /** Health Connect SleepSessionRecord.STAGE_TYPE_* → Terra SleepLevel (-1 = in bed / out of bed, not counted). */
    static int hcSleepStage(JsonNode v, int i, int k) {
        if (v == null || v.isNull()) throw bad(i, "stages[" + k + "].stage", "missing");
        if (v.isNumber()) {
            return switch (v.asInt()) {
                case 1 -> SleepLevel.AWAKE.value(); // AWAKE
                case 2 -> SleepLevel.SLEEPING.value(); // SLEEPING
                case 3 -> -2; // OUT_OF_BED
                case 4 -> SleepLevel.LIGHT_SLEEP.value();
                case 5 -> SleepLevel.DEEP_SLEEP.value();
                case 6 -> SleepLevel.REM_SLEEP.value();
                case 7 -> SleepLevel.AWAKE.value(); // AWAKE_IN_BED
                default -> SleepLevel.UNKNOWN.value();
            };
        }
        return switch (v.asString().replace("STAGE_TYPE_", "").toLowerCase(Locale.ROOT)) {
            case "awake", "awake_in_bed" -> SleepLevel.AWAKE.value();
            case "sleeping" -> SleepLevel.SLEEPING.value();
            case "out_of_bed" -> -2;
            case "light" -> SleepLevel.LIGHT_SLEEP.value();
            case "deep" -> SleepLevel.DEEP_SLEEP.value();
            case "rem" -> SleepLevel.REM_SLEEP.value();
            default -> SleepLevel.UNKNOWN.value();
        };
    }

    /** ExerciseSessionRecord.EXERCISE_TYPE_* constants of the common sessions. */
    private static ActivityType hcExercise(int n) {
        return switch (n) {
            case 56 -> ActivityType.RUNNING;
            case 57 -> ActivityType.TREADMILL_RUNNING;
            case 79 -> ActivityType.WALKING;
            case 8 -> ActivityType.BIKING;
            case 9 -> ActivityType.STATIONARY_BIKING;
            case 74 -> ActivityType.SWIMMING;
            case 73 -> ActivityType.OPEN_WATER_SWIMMING;
            case 37 -> ActivityType.HIKING;
            case 83 -> ActivityType.YOGA;
            case 70 -> ActivityType.STRENGTH_TRAINING;
            case 53 -> ActivityType.ROWING;
            default -> ActivityType.OTHER;
        };
    }

    private static OffsetDateTime instantAt(JsonNode r, String field, ZoneOffset offset, int i) {
        JsonNode n = r.get(field);
        if (n == null || n.isNull()) throw bad(i, field, "missing");
        try {
            Instant t = n.isNumber()
                    ? Instant.ofEpochMilli(n.asLong())
                    : Timestamps.parse(n.asString(), ZoneOffset.UTC).toInstant();
            ZoneOffset z = offset;
            if (z == null && n.isString() && Timestamps.hasOffset(n.asString()))
                z = Timestamps.parse(n.asString(), ZoneOffset.UTC).getOffset();
            return t.atOffset(z == null ? ZoneOffset.UTC : z);
        } catch (RuntimeException e) {
            throw bad(
                    i,
                    field,
                    "not an instant: '" + nodeText(n) + "' (ISO 8601, e.g. 2026-03-01T07:00:00Z, or epoch ms)");
        }
    }

    private static ZoneOffset offset(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n == null || n.isNull()) return null;
        try {
            if (n.isNumber()) return ZoneOffset.ofTotalSeconds(n.asInt());
            if (n.isObject() && n.has("totalSeconds"))
                return ZoneOffset.ofTotalSeconds(n.get("totalSeconds").asInt());
            return ZoneOffset.of(n.asString());
        } catch (RuntimeException e) {
            throw bad(i, field, "not a zone offset: '" + nodeText(n) + "' (e.g. \"+02:00\" or seconds 7200)");
        }
    }

    private interface SampleValue {
        Double of(JsonNode sample, int k);
    }

    /**
     * A Health Connect series record's {@code samples} ({time, field}) as [[epoch ms, value], ...]; the series types
     * (HeartRate, Speed, Power, StepsCadence, CyclingPedalingCadence) share this shape.
     */
    private static List<List<Object>> samples(
            JsonNode r, ZoneOffset so, int i, String type, String field, SampleValue value) {
        JsonNode samples = r.get("samples");
        if (samples == null || !samples.isArray() || samples.isEmpty())
            throw bad(i, "samples", type + " needs a non-empty samples array of {time, " + field + "}");
        List<List<Object>> list = new ArrayList<>();
        for (int k = 0; k < samples.size(); k++) {
            JsonNode s = samples.get(k);
            OffsetDateTime t = instantAt(s, "time", so, i);
            Double v = value.of(s, k);
            if (v == null) throw bad(i, "samples[" + k + "]." + field, "missing");
            list.add(List.of(t.toInstant().toEpochMilli(), v));
        }
        return list;
    }

    /** m/s: {"inMetersPerSecond":…}, {"inKilometersPerHour":…}, {"inMilesPerHour":…}, {"value","unit"} or m/s. */
    private static Double speed(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n == null || n.isNull()) return null;
        if (n.isObject()) {
            if (n.has("inMetersPerSecond")) return n.get("inMetersPerSecond").asDouble();
            if (n.has("inKilometersPerHour"))
                return Units.metersPerSecond(n.get("inKilometersPerHour").asDouble(), "km/hr");
            if (n.has("inMilesPerHour"))
                return Units.metersPerSecond(n.get("inMilesPerHour").asDouble(), "mi/hr");
        }
        return unitValue(r, field, i, (v, u) -> Units.metersPerSecond(v, u == null ? "m/s" : u));
    }

    /** W: {"inWatts":…}, {"inKilocaloriesPerDay":…}, {"value","unit"} or W. */
    private static Double power(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n == null || n.isNull()) return null;
        if (n.isObject()) {
            if (n.has("inWatts")) return n.get("inWatts").asDouble();
            if (n.has("inKilocaloriesPerDay"))
                return n.get("inKilocaloriesPerDay").asDouble() * 4184.0 / 86400.0;
        }
        return unitValue(r, field, i, (v, u) -> v);
    }

    /** A Health Connect unit object ({"inKilocalories":…} / {"value":…,"unit":"kcal"}) or a plain number. */
    private static double energy(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n != null && n.isObject()) {
            if (n.has("inKilocalories")) return n.get("inKilocalories").asDouble();
            if (n.has("inCalories")) return n.get("inCalories").asDouble() / 1000.0;
            if (n.has("inKilojoules")) return n.get("inKilojoules").asDouble() / 4.184;
        }
        return unitValue(r, field, i, (v, u) -> Units.kcal(v, u));
    }

    private static double length(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n != null && n.isObject()) {
            if (n.has("inMeters")) return n.get("inMeters").asDouble();
            if (n.has("inKilometers")) return n.get("inKilometers").asDouble() * 1000.0;
            if (n.has("inMiles")) return n.get("inMiles").asDouble() * 1609.344;
        }
        return unitValue(r, field, i, (v, u) -> Units.meters(v, u));
    }

    private static double mass(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n != null && n.isObject()) {
            if (n.has("inKilograms")) return n.get("inKilograms").asDouble();
            if (n.has("inGrams")) return n.get("inGrams").asDouble() / 1000.0;
            if (n.has("inPounds")) return n.get("inPounds").asDouble() * 0.45359237;
        }
        return unitValue(r, field, i, (v, u) -> Units.kilograms(v, u));
    }

    /** Health Connect BloodGlucose {@code level}: {"inMilligramsPerDeciliter":…} / {"inMillimolesPerLiter":…}. */
    private static double glucose(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n != null && n.isObject()) {
            if (n.has("inMilligramsPerDeciliter"))
                return n.get("inMilligramsPerDeciliter").asDouble();
            if (n.has("inMillimolesPerLiter"))
                return Units.mgPerDl(n.get("inMillimolesPerLiter").asDouble(), "mmol/L");
        }
        return unitValue(r, field, i, (v, u) -> Units.mgPerDl(v, u));
    }

    /** mmHg: {"inMillimetersOfMercury":…}, {"value":…,"unit":"mmHg"} or a number. */
    private static double pressure(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n != null && n.isObject() && n.has("inMillimetersOfMercury"))
            return n.get("inMillimetersOfMercury").asDouble();
        return unitValue(r, field, i, (v, u) -> v);
    }

    /** °C: {"inCelsius":…}, {"inFahrenheit":…}, {"value":…,"unit":"degF"} or a number (°C). */
    private static double temperature(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n != null && n.isObject()) {
            if (n.has("inCelsius")) return n.get("inCelsius").asDouble();
            if (n.has("inFahrenheit"))
                return Units.celsius(n.get("inFahrenheit").asDouble(), "degF");
        }
        return unitValue(r, field, i, (v, u) -> Units.celsius(v, "F".equals(u) || "°F".equals(u) ? "degF" : u));
    }

    private static double volume(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n != null && n.isObject()) {
            if (n.has("inMilliliters")) return n.get("inMilliliters").asDouble();
            if (n.has("inLiters")) return n.get("inLiters").asDouble() * 1000.0;
        }
        return unitValue(r, field, i, (v, u) -> Units.milliliters(v, u == null ? "mL" : u));
    }

    private interface Conv {
        double apply(double v, String unit);
    }

    private static double unitValue(JsonNode r, String field, int i, Conv c) {
        JsonNode n = r.get(field);
        if (n == null || n.isNull()) throw bad(i, field, "missing");
        if (n.isNumber()) return c.apply(n.asDouble(), null);
        if (n.isObject() && n.has("value") && n.get("value").isNumber())
            return c.apply(n.get("value").asDouble(), text(n, "unit"));
        throw bad(i, field, "not a number or a {\"value\",\"unit\"} object");
    }

    // ------------------------------------------------------------------ helpers

    private SdkRecord rec(
            String id,
            String platform,
            String type,
            String kind,
            OffsetDateTime start,
            OffsetDateTime end,
            Double value,
            Map<String, Object> extra,
            JsonNode raw) {
        if (end.isBefore(start)) end = start;
        return new SdkRecord(
                id,
                platform,
                type,
                kind,
                start.toInstant(),
                end.toInstant(),
                start.getOffset().getTotalSeconds(),
                start.toLocalDate(),
                value,
                json.writeValueAsString(extra),
                json.writeValueAsString(raw));
    }

    private static long seconds(OffsetDateTime a, OffsetDateTime b) {
        return Math.max(0, b.toEpochSecond() - a.toEpochSecond());
    }

    private static Double quantity(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n == null || n.isNull()) return null;
        if (n.isNumber()) return n.asDouble();
        if (n.isObject() && n.has("value") && n.get("value").isNumber())
            return n.get("value").asDouble();
        throw bad(i, field, "not a number or a {\"value\",\"unit\"} object");
    }

    private static String quantityUnit(JsonNode r, String field, String dflt) {
        JsonNode n = r.get(field);
        if (n != null && n.isObject() && text(n, "unit") != null) return text(n, "unit");
        String u = text(r, field + "Unit");
        return u != null ? u : dflt;
    }

    private static double required(JsonNode r, String field, int i) {
        Double v = num(r, field, i);
        if (v == null) throw bad(i, field, "missing");
        return v;
    }

    private static Double num(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n == null || n.isNull()) return null;
        if (n.isNumber()) return n.asDouble();
        if (n.isString()) {
            try {
                return Double.parseDouble(n.asString());
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw bad(i, field, "not a number: " + n);
    }

    private static String text(JsonNode r, String field) {
        JsonNode n = r.get(field);
        if (n == null || n.isNull()) return null;
        String s = nodeText(n);
        return s == null || s.isBlank() ? null : s;
    }

    private static String nodeText(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isValueNode()) return n.asString();
        if (n.isObject() && n.has("name")) return n.get("name").asString();
        return n.toString();
    }

    private static void putIfText(Map<String, Object> m, String k, String v) {
        if (v != null) m.put(k, v);
    }

    static ApiException bad(int index, String field, String what) {
        return ApiException.badRequest("records[" + index + "]" + (field.isEmpty() ? "" : "." + field) + ": " + what);
    }
}
