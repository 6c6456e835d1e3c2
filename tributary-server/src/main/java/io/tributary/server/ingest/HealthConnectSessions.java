package io.tributary.server.ingest;

import static io.tributary.server.ingest.HealthConnectUnits.energy;
import static io.tributary.server.ingest.HealthConnectUnits.instantAt;
import static io.tributary.server.ingest.HealthConnectUnits.length;
import static io.tributary.server.ingest.HealthConnectUnits.mass;
import static io.tributary.server.ingest.HealthConnectUnits.volume;
import static io.tributary.server.ingest.SdkJson.bad;
import static io.tributary.server.ingest.SdkJson.nutrient;
import static io.tributary.server.ingest.SdkJson.putIfText;
import static io.tributary.server.ingest.SdkJson.seconds;
import static io.tributary.server.ingest.SdkJson.text;
import static io.tributary.server.ingest.SdkKinds.*;

import io.tributary.files.ActivityTypes;
import io.tributary.model.enums.ActivityType;
import io.tributary.model.enums.SleepLevel;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Health Connect sleep and exercise sessions, nutrition, hydration and menstrual flow: what they put into a stored
 * record's {@code extra}, and their kind ({@link SdkKinds#IGNORED} for types not mapped).
 */
final class HealthConnectSessions {
    private HealthConnectSessions() {}

    /** Fills {@code extra} (a flow record's value under {@code flow}) and returns the kind. */
    static String map(HealthConnectRecordMapper.Header h, JsonNode r, int i, Map<String, Object> extra) {
        switch (h.type()) {
            case "SleepSession" -> {
                JsonNode stages = r.get("stages");
                List<List<Object>> list = new ArrayList<>();
                if (stages != null && stages.isArray()) {
                    for (int k = 0; k < stages.size(); k++) {
                        JsonNode s = stages.get(k);
                        OffsetDateTime a = instantAt(s, "startTime", h.zone(), i);
                        OffsetDateTime b = instantAt(s, "endTime", h.zone(), i);
                        list.add(List.of(
                                a.toInstant().toEpochMilli(),
                                b.toInstant().toEpochMilli(),
                                sleepStage(s.get("stage"), i, k)));
                    }
                }
                extra.put("stages", list);
                extra.put("session", true);
                putIfText(extra, "title", text(r, "title"));
                return SLEEP;
            }
            case "ExerciseSession" -> {
                JsonNode t = r.get("exerciseType");
                ActivityType at = t == null
                        ? ActivityType.OTHER
                        : t.isNumber()
                                ? exercise(t.asInt())
                                : ActivityTypes.of(t.asString().replace("EXERCISE_TYPE_", ""), ActivityType.OTHER);
                extra.put("activity_type", at.value());
                extra.put("name", text(r, "title") != null ? text(r, "title") : at.name());
                extra.put("duration_s", (double) seconds(h.start(), h.end()));
                Double kcal = r.has("totalEnergyBurned") ? energy(r, "totalEnergyBurned", i) : null;
                if (kcal != null) extra.put("kcal", kcal);
                Double dist = r.has("totalDistance") ? length(r, "totalDistance", i) : null;
                if (dist != null) extra.put("distance_m", dist);
                return WORKOUT;
            }
            case "Nutrition" -> {
                if (r.has("energy")) nutrient(extra, "calories", energy(r, "energy", i));
                if (r.has("protein")) nutrient(extra, "protein_g", mass(r, "protein", i) * 1000.0);
                if (r.has("totalCarbohydrate"))
                    nutrient(extra, "carbohydrates_g", mass(r, "totalCarbohydrate", i) * 1000.0);
                if (r.has("totalFat")) nutrient(extra, "fat_g", mass(r, "totalFat", i) * 1000.0);
                if (r.has("dietaryFiber")) nutrient(extra, "fiber_g", mass(r, "dietaryFiber", i) * 1000.0);
                if (r.has("sugar")) nutrient(extra, "sugar_g", mass(r, "sugar", i) * 1000.0);
                putIfText(extra, "name", text(r, "name"));
                return NUTRITION;
            }
            case "Hydration" -> {
                nutrient(extra, "water_ml", volume(r, "volume", i));
                return NUTRITION;
            }
            case "MenstruationFlow" -> {
                extra.put("flow", (double) flow(r.get("flow")));
                return FLOW;
            }
            default -> {
                return IGNORED;
            }
        }
    }

    /** Health Connect FLOW_UNKNOWN 0, LIGHT 1, MEDIUM 2, HEAVY 3 → Terra 0 (unknown), 2, 3, 4. */
    private static int flow(JsonNode f) {
        if (f == null) return 0;
        if (f.isNumber()) return f.asInt() == 0 ? 0 : f.asInt() + 1;
        return switch (f.asString().replace("FLOW_", "").toLowerCase(Locale.ROOT)) {
            case "light" -> 2;
            case "medium" -> 3;
            case "heavy" -> 4;
            default -> 0;
        };
    }

    /** SleepSessionRecord.STAGE_TYPE_* → Terra SleepLevel (-2 = out of bed, not counted). */
    static int sleepStage(JsonNode v, int i, int k) {
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
    private static ActivityType exercise(int n) {
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
}
