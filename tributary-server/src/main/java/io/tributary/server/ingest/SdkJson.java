package io.tributary.server.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Reading the fields of one SDK record; every failure names the record index and the field. */
final class SdkJson {
    private SdkJson() {}

    static SdkRecordException bad(int index, String field, String what) {
        return new SdkRecordException(index, field, what);
    }

    static double required(JsonNode r, String field, int i) {
        Double v = num(r, field, i);
        if (v == null) throw bad(i, field, "missing");
        return v;
    }

    /** A number, or a number in a string; null when absent. */
    static Double num(JsonNode r, String field, int i) {
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

    /** A number or the value of a {@code {"value":…,"unit":…}} object; null when absent. */
    static Double quantity(JsonNode r, String field, int i) {
        JsonNode n = r.get(field);
        if (n == null || n.isNull()) return null;
        if (n.isNumber()) return n.asDouble();
        if (n.isObject() && n.has("value") && n.get("value").isNumber())
            return n.get("value").asDouble();
        throw bad(i, field, "not a number or a {\"value\",\"unit\"} object");
    }

    /** The unit of a quantity: the object's {@code unit}, else a sibling {@code <field>Unit}, else {@code dflt}. */
    static String quantityUnit(JsonNode r, String field, String dflt) {
        JsonNode n = r.get(field);
        if (n != null && n.isObject() && text(n, "unit") != null) return text(n, "unit");
        String u = text(r, field + "Unit");
        return u != null ? u : dflt;
    }

    static String text(JsonNode r, String field) {
        JsonNode n = r.get(field);
        if (n == null || n.isNull()) return null;
        String s = nodeText(n);
        return s == null || s.isBlank() ? null : s;
    }

    static String nodeText(JsonNode n) {
        if (n == null || n.isNull()) return null;
        if (n.isValueNode()) return n.asString();
        if (n.isObject() && n.has("name")) return n.get("name").asString();
        return n.toString();
    }

    static void putIfText(Map<String, Object> m, String k, String v) {
        if (v != null) m.put(k, v);
    }

    /** Adds a nutrient to a nutrition record's {@code nutrients}. */
    @SuppressWarnings("unchecked")
    static void nutrient(Map<String, Object> extra, String name, double v) {
        ((Map<String, Object>) extra.computeIfAbsent("nutrients", k -> new LinkedHashMap<>())).put(name, v);
    }

    static long seconds(java.time.OffsetDateTime a, java.time.OffsetDateTime b) {
        return Math.max(0, b.toEpochSecond() - a.toEpochSecond());
    }
}
