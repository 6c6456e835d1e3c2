package io.tributary.server.ingest;

import static io.tributary.server.ingest.HealthConnectUnits.*;
import static io.tributary.server.ingest.SdkJson.bad;
import static io.tributary.server.ingest.SdkJson.nodeText;
import static io.tributary.server.ingest.SdkJson.num;
import static io.tributary.server.ingest.SdkJson.putIfText;
import static io.tributary.server.ingest.SdkJson.quantity;
import static io.tributary.server.ingest.SdkJson.required;
import static io.tributary.server.ingest.SdkJson.text;
import static io.tributary.server.ingest.SdkKinds.*;

import io.tributary.files.Units;
import io.tributary.server.storage.SdkStore.SdkRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health Connect records (provider HEALTH_CONNECT, docs/sdk.md#4-health-connect-provider-health_connect): the record
 * class name, {@code metadata}, times with zone offsets, and each type's fields by their Kotlin names. Measurements
 * and series are mapped here, sessions, nutrition and flow in {@link HealthConnectSessions}.
 */
class HealthConnectRecordMapper extends SdkSourceMapper {
    /** A record's common part: what it is, its id, when, and where it came from. */
    record Header(String type, String id, OffsetDateTime start, OffsetDateTime end, ZoneOffset zone) {}

    HealthConnectRecordMapper(JsonMapper json, String platform) {
        super(json, platform);
    }

    /** The record type ({@code recordType}, with or without the {@code Record} suffix); null when missing. */
    String recordType(JsonNode r) {
        return text(r, "recordType");
    }

    /** {@code metadata.id}, else {@code client:<metadata.clientRecordId>}; null when neither is there. */
    String recordId(JsonNode r) {
        JsonNode md = r.get("metadata");
        String id = md != null ? text(md, "id") : null;
        if (id == null && md != null && text(md, "clientRecordId") != null) id = "client:" + text(md, "clientRecordId");
        return id;
    }

    @Override
    final SdkRecord map(JsonNode r, int i) {
        String type = recordType(r);
        if (type == null) throw bad(i, "recordType", "missing (e.g. Steps, HeartRate, SleepSession)");
        type = type.replace("Record", "");
        String id = recordId(r);
        if (id == null) throw bad(i, "metadata.id", "missing: every record needs metadata.id (or clientRecordId)");
        boolean instant = r.has("time") && !r.has("startTime");
        ZoneOffset so = offset(r, instant ? "zoneOffset" : "startZoneOffset", i);
        if (so == null) so = offset(r, "zoneOffset", i);
        ZoneOffset eo = offset(r, "endZoneOffset", i);
        OffsetDateTime start = instantAt(r, instant ? "time" : "startTime", so, i);
        OffsetDateTime end = r.has("endTime") ? instantAt(r, "endTime", eo != null ? eo : so, i) : start;
        Map<String, Object> extra = new LinkedHashMap<>();
        JsonNode md = r.get("metadata");
        if (md != null) {
            JsonNode origin = md.get("dataOrigin");
            putIfText(
                    extra,
                    "source",
                    origin == null ? null : origin.isObject() ? text(origin, "packageName") : nodeText(origin));
            JsonNode dev = md.get("device");
            putIfText(extra, "device", dev == null ? null : dev.isObject() ? text(dev, "model") : nodeText(dev));
        }
        Header h = new Header(type, id, start, end, so);
        String kind = measurementKind(type);
        if (kind != null) {
            double value = measurement(type, r, i);
            if (type.equals("BloodGlucose")) {
                putIfText(extra, "specimen", text(r, "specimenSource"));
                putIfText(extra, "relation_to_meal", text(r, "relationToMeal"));
            } else if (type.equals("BloodPressure")) {
                extra.put("diastolic", pressure(r, "diastolic", i));
            }
            return rec(id, type, kind, start, end, value, extra, r);
        }
        kind = seriesKind(type);
        if (kind != null) {
            extra.put("samples", series(type, r, so, i));
            return rec(id, type, kind, start, end, null, extra, r);
        }
        kind = HealthConnectSessions.map(h, r, i, extra);
        Double value = FLOW.equals(kind) ? (Double) extra.remove("flow") : null;
        return rec(id, type, kind, start, end, value, extra, r);
    }

    /** The stored kind of a record with one value; null for the other types. */
    private static String measurementKind(String type) {
        return switch (type) {
            case "Steps" -> STEPS;
            case "Distance" -> DISTANCE;
            case "ActiveCaloriesBurned" -> ACTIVE_KCAL;
            case "BasalMetabolicRate" -> BASAL_KCAL;
            case "TotalCaloriesBurned" -> TOTAL_KCAL;
            case "FloorsClimbed" -> FLOORS;
            case "RestingHeartRate" -> RESTING_HR;
            case "HeartRateVariabilityRmssd" -> HRV_RMSSD;
            case "OxygenSaturation" -> SPO2;
            case "Vo2Max" -> VO2MAX;
            case "ElevationGained" -> ELEVATION;
            case "BloodGlucose" -> GLUCOSE;
            case "BloodPressure" -> BLOOD_PRESSURE;
            case "BodyTemperature", "BasalBodyTemperature" -> BODY_TEMP;
            case "LeanBodyMass" -> LEAN_MASS;
            case "BoneMass" -> BONE_MASS;
            case "Weight" -> WEIGHT;
            case "BodyFat" -> BODY_FAT;
            case "Height" -> HEIGHT;
            case "RespiratoryRate" -> RESP_RATE;
            default -> null;
        };
    }

    /** The value of a one-value record in the unit of its kind. */
    private static double measurement(String type, JsonNode r, int i) {
        return switch (type) {
            case "Steps" -> required(r, "count", i);
            case "Distance" -> length(r, "distance", i);
            case "ActiveCaloriesBurned", "BasalMetabolicRate", "TotalCaloriesBurned" -> energy(r, "energy", i);
            case "FloorsClimbed" -> required(r, "floors", i);
            case "RestingHeartRate" -> required(r, "beatsPerMinute", i);
            case "HeartRateVariabilityRmssd" -> required(r, "heartRateVariabilityMillis", i);
            case "OxygenSaturation" -> {
                Double pct = quantity(r, "percentage", i);
                if (pct == null) throw bad(i, "percentage", "missing");
                yield Units.percent(pct, null); // Percentage is 0–100; a fraction ≤ 1 is taken as ×100
            }
            case "Vo2Max" -> required(r, "vo2MillilitersPerMinuteKilogram", i);
            case "ElevationGained" -> length(r, "elevation", i);
            case "BloodGlucose" -> glucose(r, "level", i);
            case "BloodPressure" -> pressure(r, "systolic", i);
            case "BodyTemperature", "BasalBodyTemperature" -> temperature(r, "temperature", i);
            case "LeanBodyMass", "BoneMass" -> mass(r, "mass", i);
            case "Weight" -> mass(r, "weight", i);
            case "BodyFat" -> required(r, "percentage", i);
            case "Height" -> length(r, "height", i) * 100.0;
            case "RespiratoryRate" -> required(r, "rate", i);
            default -> throw new IllegalArgumentException(type);
        };
    }

    private static String seriesKind(String type) {
        return switch (type) {
            case "HeartRate" -> HR;
            case "Speed" -> SPEED;
            case "Power" -> POWER;
            case "StepsCadence", "CyclingPedalingCadence" -> CADENCE;
            default -> null;
        };
    }

    private static Object series(String type, JsonNode r, ZoneOffset so, int i) {
        return switch (type) {
            case "HeartRate" -> samples(r, so, i, type, "beatsPerMinute", (s, k) -> num(s, "beatsPerMinute", i));
            case "Speed" -> samples(r, so, i, type, "speed", (s, k) -> speed(s, "speed", i));
            case "Power" -> samples(r, so, i, type, "power", (s, k) -> power(s, "power", i));
            case "StepsCadence" -> samples(r, so, i, type, "rate", (s, k) -> num(s, "rate", i));
            default -> samples(r, so, i, type, "revolutionsPerMinute", (s, k) -> num(s, "revolutionsPerMinute", i));
        };
    }
}
