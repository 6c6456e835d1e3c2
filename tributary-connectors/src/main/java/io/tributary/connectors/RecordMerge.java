package io.tributary.connectors;

import io.tributary.model.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges a partial object ({@link MappedRecord#partial()}) into the stored one of the same identity key, as JSON:
 * objects merge field by field, a sample array (objects with a {@code timestamp}, or Terra's {@code
 * measurement_time} / {@code start_timestamp}) is the union of both by that instant with the newer sample winning,
 * and any other value of the partial replaces the stored one, except that a {@code metadata} {@code start_time} or
 * {@code end_time} without offset never replaces one with an offset (a summary that only knows the calendar date
 * must not erase the day's offset). Fields
 * the partial does not carry stay as they were, so summaries that fill different parts of one day's Daily (and
 * successive pushes of a day's epochs) add up instead of erasing each other. Pure: neither input is changed.
 */
public final class RecordMerge {
    private RecordMerge() {}

    public static ObjectNode merge(JsonNode stored, JsonNode partial) {
        if (partial == null || !partial.isObject())
            throw new IllegalArgumentException("a partial record is a JSON object");
        if (stored == null || !stored.isObject()) return (ObjectNode) partial.deepCopy();
        ObjectNode out = (ObjectNode) stored.deepCopy();
        mergeInto(out, partial);
        return out;
    }

    private static final List<String> TIME_KEYS = List.of("timestamp", "measurement_time", "start_timestamp");

    private static void mergeInto(ObjectNode target, JsonNode partial) {
        mergeInto(target, partial, false);
    }

    private static void mergeInto(ObjectNode target, JsonNode partial, boolean metadata) {
        for (Map.Entry<String, JsonNode> e : partial.properties()) {
            JsonNode incoming = e.getValue();
            if (incoming == null || incoming.isNull() || incoming.isMissingNode()) continue;
            JsonNode current = target.get(e.getKey());
            if (current != null && current.isObject() && incoming.isObject()) {
                mergeInto((ObjectNode) current, incoming, "metadata".equals(e.getKey()));
            } else if (metadata
                    && isBound(e.getKey())
                    && current != null
                    && current.isString()
                    && Timestamps.hasOffset(current.asString())
                    && !Timestamps.hasOffset(incoming.asString())) {
                continue; // keep the offset the day already has
            } else if (current != null && isSampleArray(current) && isSampleArray(incoming)) {
                target.set(e.getKey(), union(current, incoming));
            } else {
                target.set(e.getKey(), incoming.deepCopy());
            }
        }
    }

    private static boolean isBound(String field) {
        return "start_time".equals(field) || "end_time".equals(field);
    }

    private static boolean isSampleArray(JsonNode n) {
        if (!n.isArray() || n.isEmpty()) return false;
        for (JsonNode el : n) if (!el.isObject() || timeKey(el) == null) return false;
        return true;
    }

    private static String timeKey(JsonNode sample) {
        for (String k : TIME_KEYS) if (sample.path(k).isString()) return k;
        return null;
    }

    private static ArrayNode union(JsonNode stored, JsonNode incoming) {
        Map<String, JsonNode> byTime = new LinkedHashMap<>();
        for (JsonNode s : stored) byTime.put(key(s), s);
        for (JsonNode s : incoming) byTime.put(key(s), s);
        List<JsonNode> all = new ArrayList<>(byTime.values());
        all.sort(Comparator.comparing(RecordMerge::instant));
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode s : all) out.add(s.deepCopy());
        return out;
    }

    /** Samples at the same instant are the same sample, whatever offset the string was written with. */
    private static String key(JsonNode sample) {
        Instant i = instant(sample);
        return i == Instant.MAX ? "raw:" + sample.path(timeKey(sample)).asString() : i.toString();
    }

    private static Instant instant(JsonNode sample) {
        String t = sample.path(timeKey(sample)).asString();
        try {
            return Timestamps.parseInstant(t);
        } catch (IllegalArgumentException e) {
            return Instant.MAX;
        }
    }
}
