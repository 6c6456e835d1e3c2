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
 * objects merge field by field, a sample array (objects with a {@code timestamp}) is the union of both by
 * timestamp with the newer sample winning, and any other value of the partial replaces the stored one. Fields
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

    private static void mergeInto(ObjectNode target, JsonNode partial) {
        for (Map.Entry<String, JsonNode> e : partial.properties()) {
            JsonNode incoming = e.getValue();
            if (incoming == null || incoming.isNull() || incoming.isMissingNode()) continue;
            JsonNode current = target.get(e.getKey());
            if (current != null && current.isObject() && incoming.isObject()) {
                mergeInto((ObjectNode) current, incoming);
            } else if (current != null && isSampleArray(current) && isSampleArray(incoming)) {
                target.set(e.getKey(), union(current, incoming));
            } else {
                target.set(e.getKey(), incoming.deepCopy());
            }
        }
    }

    private static boolean isSampleArray(JsonNode n) {
        if (!n.isArray() || n.isEmpty()) return false;
        for (JsonNode el : n) if (!el.isObject() || !el.path("timestamp").isString()) return false;
        return true;
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
        return i == Instant.MAX ? "raw:" + sample.path("timestamp").asString() : i.toString();
    }

    private static Instant instant(JsonNode sample) {
        String t = sample.path("timestamp").asString();
        try {
            return Timestamps.parseInstant(t);
        } catch (IllegalArgumentException e) {
            return Instant.MAX;
        }
    }
}
