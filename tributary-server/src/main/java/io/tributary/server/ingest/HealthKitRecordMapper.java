package io.tributary.server.ingest;

import static io.tributary.server.ingest.SdkJson.bad;
import static io.tributary.server.ingest.SdkJson.nodeText;
import static io.tributary.server.ingest.SdkJson.num;
import static io.tributary.server.ingest.SdkJson.putIfText;
import static io.tributary.server.ingest.SdkJson.quantity;
import static io.tributary.server.ingest.SdkJson.quantityUnit;
import static io.tributary.server.ingest.SdkJson.required;
import static io.tributary.server.ingest.SdkJson.seconds;
import static io.tributary.server.ingest.SdkJson.text;
import static io.tributary.server.ingest.SdkKinds.*;

import io.tributary.files.HealthKitTypes;
import io.tributary.files.HealthKitTypes.Quantity;
import io.tributary.files.Units;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.ActivityType;
import io.tributary.server.storage.SdkStore.SdkRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HealthKit samples and workouts (provider APPLE, docs/sdk.md#3-healthkit-provider-apple). Identifiers, units,
 * sleep and flow values and workout types come from {@link HealthKitTypes}, the table the Apple Health export
 * parser uses too; this class decides which stored kind each one becomes.
 */
final class HealthKitRecordMapper extends SdkSourceMapper {
    private static final DateTimeFormatter HK_EXPORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    HealthKitRecordMapper(JsonMapper json) {
        super(json, "APPLE");
    }

    @Override
    SdkRecord map(JsonNode r, int i) {
        String id = text(r, "uuid");
        if (id == null) throw bad(i, "uuid", "missing: every HealthKit sample carries its uuid");
        String type = text(r, "type");
        boolean workout = HealthKitTypes.WORKOUT.equals(type) || (type == null && r.has("workoutActivityType"));
        if (type == null && !workout) throw bad(i, "type", "missing (e.g. HKQuantityTypeIdentifierStepCount)");
        OffsetDateTime start = time(r, "startDate", i);
        OffsetDateTime end = r.has("endDate") ? time(r, "endDate", i) : start;
        Map<String, Object> extra = new LinkedHashMap<>();
        putIfText(extra, "source", text(r, "sourceName"));
        putIfText(extra, "device", r.has("device") ? nodeText(r.get("device")) : null);
        if (workout) return workout(r, i, id, start, end, extra);
        if (HealthKitTypes.SLEEP_ANALYSIS.equals(type))
            return rec(id, type, SLEEP, start, end, (double) sleepStage(r.get("value"), i), extra, r);
        if (HealthKitTypes.MENSTRUAL_FLOW.equals(type))
            return rec(id, type, FLOW, start, end, (double) flow(r.get("value")), extra, r);
        double v = required(r, "value", i);
        Quantity q = HealthKitTypes.quantity(type);
        String kind = q == null ? IGNORED : kind(q);
        Double value = null;
        if (q != null && q.nutrient != null && NUTRIENTS.contains(q.nutrient)) {
            SdkJson.nutrient(extra, q.nutrient, q.toTerra(v, text(r, "unit")));
            kind = NUTRITION;
        } else if (!IGNORED.equals(kind)) {
            value = q.toTerra(v, text(r, "unit"));
        }
        return rec(id, type, kind, start, end, value, extra, r);
    }

    private SdkRecord workout(
            JsonNode r, int i, String id, OffsetDateTime start, OffsetDateTime end, Map<String, Object> extra) {
        JsonNode t = r.get("workoutActivityType");
        ActivityType at = t == null
                ? ActivityType.OTHER
                : t.isNumber() ? HealthKitTypes.workoutType(t.asInt()) : HealthKitTypes.workoutType(t.asString());
        extra.put("activity_type", at.value());
        extra.put("name", t == null ? null : t.isNumber() ? at.name() : t.asString());
        Double duration = num(r, "duration", i);
        String durationUnit = text(r, "durationUnit") == null ? "s" : text(r, "durationUnit");
        extra.put(
                "duration_s",
                duration != null
                        ? Double.valueOf(Units.minutes(duration, durationUnit) * 60.0)
                        : Double.valueOf(seconds(start, end)));
        Double kcal = quantity(r, "totalEnergyBurned", i);
        if (kcal != null) extra.put("kcal", Units.kcal(kcal, quantityUnit(r, "totalEnergyBurned", "kcal")));
        Double dist = quantity(r, "totalDistance", i);
        if (dist != null) extra.put("distance_m", Units.meters(dist, quantityUnit(r, "totalDistance", "m")));
        return rec(id, HealthKitTypes.WORKOUT, WORKOUT, start, end, null, extra, r);
    }

    /** The stored kind of a quantity type; IGNORED for those the SDK path does not map (yet). */
    private static String kind(Quantity q) {
        return switch (q) {
            case STEP_COUNT -> STEPS;
            case DISTANCE_WALKING_RUNNING, DISTANCE_CYCLING, DISTANCE_SWIMMING, DISTANCE_WHEELCHAIR -> DISTANCE;
            case ACTIVE_ENERGY_BURNED -> ACTIVE_KCAL;
            case BASAL_ENERGY_BURNED -> BASAL_KCAL;
            case FLIGHTS_CLIMBED -> FLOORS;
            case HEART_RATE -> HR;
            case RESTING_HEART_RATE -> RESTING_HR;
            case HEART_RATE_VARIABILITY_SDNN -> HRV_SDNN;
            case BODY_MASS -> WEIGHT;
            case BODY_FAT_PERCENTAGE -> BODY_FAT;
            case HEIGHT -> HEIGHT;
            case OXYGEN_SATURATION -> SPO2;
            case VO2_MAX -> VO2MAX;
            case BLOOD_GLUCOSE -> GLUCOSE;
            case BODY_TEMPERATURE, BASAL_BODY_TEMPERATURE -> BODY_TEMP;
            case LEAN_BODY_MASS -> LEAN_MASS;
            case RESPIRATORY_RATE -> RESP_RATE;
            case RUNNING_POWER, CYCLING_POWER -> POWER;
            case RUNNING_SPEED, CYCLING_SPEED, WALKING_SPEED -> SPEED;
            case CYCLING_CADENCE -> CADENCE;
            default -> IGNORED;
        };
    }

    /** Terra SleepLevel of a SleepAnalysis value (name or raw integer); -1 for in bed. */
    static int sleepStage(JsonNode v, int i) {
        if (v == null || v.isNull()) throw bad(i, "value", "missing: the SleepAnalysis value (inBed, asleepCore …)");
        if (v.isNumber()) {
            Integer level = HealthKitTypes.sleepStage(v.asInt());
            if (level == null) throw bad(i, "value", "unknown SleepAnalysis value " + v.asInt() + " (0-5)");
            return level;
        }
        Integer level = HealthKitTypes.sleepStage(v.asString());
        if (level == null)
            throw bad(
                    i,
                    "value",
                    "unknown SleepAnalysis value '" + v.asString()
                            + "' (inBed, asleepUnspecified, asleepCore, asleepDeep, asleepREM, awake)");
        return level;
    }

    private static int flow(JsonNode v) {
        if (v == null || v.isNull()) return 0;
        return v.isNumber() ? HealthKitTypes.menstrualFlow(v.asInt()) : HealthKitTypes.menstrualFlow(v.asString());
    }

    private static OffsetDateTime time(JsonNode r, String field, int i) {
        String s = text(r, field);
        if (s == null) throw bad(i, field, "missing");
        try {
            if (s.length() >= 25 && s.charAt(10) == ' ') return OffsetDateTime.parse(s, HK_EXPORT);
            return Timestamps.parse(s, ZoneOffset.UTC);
        } catch (RuntimeException e) {
            throw bad(i, field, "not a date-time: '" + s + "' (ISO 8601 with offset, e.g. 2026-03-01T08:00:00+01:00)");
        }
    }
}
