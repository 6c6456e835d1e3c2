package io.tributary.connectors;

import tools.jackson.databind.JsonNode;

/**
 * Null-safe reads of provider JSON for mappers: optional fields come back null when absent, null or of the
 * wrong type (a mapper never throws on them); required fields throw {@code BAD_RESPONSE} naming the field.
 */
public final class ProviderJson {
    private ProviderJson() {}

    /** The field's node, or a missing node (never null) when absent. */
    public static JsonNode node(JsonNode n, String field) {
        return n == null ? tools.jackson.databind.node.MissingNode.getInstance() : n.path(field);
    }

    public static String text(JsonNode n, String field) {
        JsonNode v = node(n, field);
        if (v.isString()) return v.asString();
        if (v.isNumber() || v.isBoolean()) return v.asString();
        return null;
    }

    public static Long longValue(JsonNode n, String field) {
        JsonNode v = node(n, field);
        if (v.isIntegralNumber()) return v.asLong();
        if (v.isNumber()) return (long) v.asDouble();
        if (v.isString()) {
            try {
                return Long.parseLong(v.asString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public static Integer intValue(JsonNode n, String field) {
        Long l = longValue(n, field);
        return l == null || l > Integer.MAX_VALUE || l < Integer.MIN_VALUE ? null : l.intValue();
    }

    public static Double number(JsonNode n, String field) {
        JsonNode v = node(n, field);
        if (v.isNumber()) return v.asDouble();
        if (v.isString()) {
            try {
                return Double.parseDouble(v.asString().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public static Boolean bool(JsonNode n, String field) {
        JsonNode v = node(n, field);
        return v.isBoolean() ? v.asBoolean() : null;
    }

    public static String requireText(JsonNode n, String field) throws ConnectorException {
        String s = text(n, field);
        if (s == null || s.isBlank()) throw ConnectorException.malformed("required field '" + field + "' is missing");
        return s;
    }

    public static long requireLong(JsonNode n, String field) throws ConnectorException {
        Long l = longValue(n, field);
        if (l == null) throw ConnectorException.malformed("required number '" + field + "' is missing");
        return l;
    }

    /** {@code value / divisor}, null-safe. */
    public static Double divide(Number value, double divisor) {
        return value == null ? null : value.doubleValue() / divisor;
    }
}
