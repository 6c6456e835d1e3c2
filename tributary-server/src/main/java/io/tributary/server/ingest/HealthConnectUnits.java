package io.tributary.server.ingest;

import static io.tributary.server.ingest.SdkJson.bad;
import static io.tributary.server.ingest.SdkJson.nodeText;
import static io.tributary.server.ingest.SdkJson.text;

import io.tributary.files.Units;
import io.tributary.model.Timestamps;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Health Connect's value shapes: unit objects ({@code {"inKilocalories":300}}, or {@code {"value":300,"unit":"kcal"}},
 * or a plain number in the Terra unit), instants (ISO or epoch ms) with zone offsets, and series samples. Every
 * value comes out in the unit of its Terra field.
 */
final class HealthConnectUnits {
    private HealthConnectUnits() {}

    static OffsetDateTime instantAt(JsonNode r, String field, ZoneOffset offset, int i) {
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

    static ZoneOffset offset(JsonNode r, String field, int i) {
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

    interface SampleValue {
        Double of(JsonNode sample, int k);
    }

    /**
     * A series record's {@code samples} ({time, field}) as [[epoch ms, value], ...]; the series types (HeartRate,
     * Speed, Power, StepsCadence, CyclingPedalingCadence) share this shape.
     */
    static List<List<Object>> samples(JsonNode r, ZoneOffset so, int i, String type, String field, SampleValue value) {
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
    static Double speed(JsonNode r, String field, int i) {
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
    static Double power(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n == null || n.isNull()) return null;
        if (n.isObject()) {
            if (n.has("inWatts")) return n.get("inWatts").asDouble();
            if (n.has("inKilocaloriesPerDay"))
                return n.get("inKilocaloriesPerDay").asDouble() * 4184.0 / 86400.0;
        }
        return unitValue(r, field, i, (v, u) -> v);
    }

    /** kcal: {"inKilocalories":…}, {"inCalories":…}, {"inKilojoules":…}, {"value","unit"} or kcal. */
    static double energy(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n != null && n.isObject()) {
            if (n.has("inKilocalories")) return n.get("inKilocalories").asDouble();
            if (n.has("inCalories")) return n.get("inCalories").asDouble() / 1000.0;
            if (n.has("inKilojoules")) return n.get("inKilojoules").asDouble() / 4.184;
        }
        return unitValue(r, field, i, Units::kcal);
    }

    /** m: {"inMeters":…}, {"inKilometers":…}, {"inMiles":…}, {"value","unit"} or m. */
    static double length(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n != null && n.isObject()) {
            if (n.has("inMeters")) return n.get("inMeters").asDouble();
            if (n.has("inKilometers")) return n.get("inKilometers").asDouble() * 1000.0;
            if (n.has("inMiles")) return n.get("inMiles").asDouble() * 1609.344;
        }
        return unitValue(r, field, i, Units::meters);
    }

    /** kg: {"inKilograms":…}, {"inGrams":…}, {"inPounds":…}, {"value","unit"} or kg. */
    static double mass(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n != null && n.isObject()) {
            if (n.has("inKilograms")) return n.get("inKilograms").asDouble();
            if (n.has("inGrams")) return n.get("inGrams").asDouble() / 1000.0;
            if (n.has("inPounds")) return n.get("inPounds").asDouble() * 0.45359237;
        }
        return unitValue(r, field, i, Units::kilograms);
    }

    /** mg/dL: {"inMilligramsPerDeciliter":…}, {"inMillimolesPerLiter":…}, {"value","unit"} or mg/dL. */
    static double glucose(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n != null && n.isObject()) {
            if (n.has("inMilligramsPerDeciliter"))
                return n.get("inMilligramsPerDeciliter").asDouble();
            if (n.has("inMillimolesPerLiter"))
                return Units.mgPerDl(n.get("inMillimolesPerLiter").asDouble(), "mmol/L");
        }
        return unitValue(r, field, i, Units::mgPerDl);
    }

    /** mmHg: {"inMillimetersOfMercury":…}, {"value":…,"unit":"mmHg"} or a number. */
    static double pressure(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n != null && n.isObject() && n.has("inMillimetersOfMercury"))
            return n.get("inMillimetersOfMercury").asDouble();
        return unitValue(r, field, i, (v, u) -> v);
    }

    /** °C: {"inCelsius":…}, {"inFahrenheit":…}, {"value":…,"unit":"degF"} or a number (°C). */
    static double temperature(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n != null && n.isObject()) {
            if (n.has("inCelsius")) return n.get("inCelsius").asDouble();
            if (n.has("inFahrenheit"))
                return Units.celsius(n.get("inFahrenheit").asDouble(), "degF");
        }
        return unitValue(r, field, i, (v, u) -> Units.celsius(v, "F".equals(u) || "°F".equals(u) ? "degF" : u));
    }

    /** mL: {"inMilliliters":…}, {"inLiters":…}, {"value","unit"} or mL. */
    static double volume(JsonNode r, String field, int i) {
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
}
