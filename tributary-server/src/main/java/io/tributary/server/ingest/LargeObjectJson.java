package io.tributary.server.ingest;

import io.tributary.model.DataType;
import io.tributary.model.SampleFields;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@link IngestService} needs from a large object's JSON (an activity with 200,000 samples per series is about
 * 50 MB of text) without building its tree, which would take several times that in memory (issue 24: a 45 MB GPX
 * must import in a 256 MB heap): the metadata's start and end time, and the copy without sample arrays
 * ({@link SampleFields}) that {@code with_samples=false} reads, written token by token exactly as
 * {@link SampleStripper} on the tree would leave it.
 */
final class LargeObjectJson {
    private LargeObjectJson() {}

    /** {@code metadata.start_time} and {@code metadata.end_time} (null when absent or not text). */
    static String[] metadataTimes(JsonMapper json, String object) {
        String[] out = new String[2];
        try (JsonParser p = json.createParser(object)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return out;
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                if (name.equals("metadata") && t == JsonToken.START_OBJECT) {
                    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                        String field = p.currentName();
                        JsonToken v = p.nextToken();
                        if (v == JsonToken.VALUE_STRING && field.equals("start_time")) {
                            out[0] = p.getString();
                        } else if (v == JsonToken.VALUE_STRING && field.equals("end_time")) {
                            out[1] = p.getString();
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return out;
    }

    /** The object without the sample arrays of {@code type}, or null when it has none of them. */
    static String withoutSamples(JsonMapper json, DataType type, String object) {
        List<String> paths = SampleFields.paths(type);
        if (paths == null || paths.isEmpty()) {
            return null;
        }
        List<String[]> split = new ArrayList<>();
        for (String s : paths) {
            split.add(s.split("\\."));
        }
        StringWriter w = new StringWriter(Math.min(object.length(), 1 << 16));
        boolean[] removed = {false};
        try (JsonParser p = json.createParser(object);
                JsonGenerator g = json.createGenerator(w)) {
            p.nextToken();
            copy(p, g, split, 0, removed);
        }
        return removed[0] ? w.toString() : null;
    }

    /**
     * Copies the value at the parser's current token; {@code paths} are the sample paths that pass through it, with
     * {@code depth} segments already matched.
     */
    private static void copy(JsonParser p, JsonGenerator g, List<String[]> paths, int depth, boolean[] removed) {
        JsonToken t = p.currentToken();
        if (paths.isEmpty() || (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY)) {
            g.copyCurrentStructureExact(p);
            return;
        }
        if (t == JsonToken.START_ARRAY) {
            // only reached through a "name[]" segment: every element continues the paths
            g.writeStartArray();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() == JsonToken.START_OBJECT) {
                    copy(p, g, paths, depth, removed);
                } else {
                    g.copyCurrentStructureExact(p);
                }
            }
            g.writeEndArray();
            return;
        }
        g.writeStartObject();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            List<String[]> next = new ArrayList<>();
            boolean drop = false;
            for (String[] path : paths) {
                String seg = path[depth];
                boolean each = seg.endsWith("[]");
                String segName = each ? seg.substring(0, seg.length() - 2) : seg;
                if (!segName.equals(name)) {
                    continue;
                }
                if (depth == path.length - 1) {
                    drop = true;
                } else if (p.currentToken() == JsonToken.START_OBJECT
                        || (each && p.currentToken() == JsonToken.START_ARRAY)) {
                    next.add(path); // as SampleStripper: an object is descended into, a "[]" array element-wise
                }
            }
            if (drop) {
                removed[0] = true;
                p.skipChildren();
                continue;
            }
            g.writeName(name);
            copy(p, g, next, depth + 1, removed);
        }
        g.writeEndObject();
    }
}
