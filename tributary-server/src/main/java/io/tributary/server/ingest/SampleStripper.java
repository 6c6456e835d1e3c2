package io.tributary.server.ingest;

import io.tributary.model.DataType;
import io.tributary.model.SampleFields;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Removes the sample arrays of {@link SampleFields#paths(DataType)} from a stored object ({@code with_samples=false}). */
public final class SampleStripper {
    private SampleStripper() {}

    public static void strip(DataType type, JsonNode object) {
        List<String> paths = SampleFields.paths(type);
        if (paths == null) return;
        for (String p : paths) remove(object, p.split("\\."), 0);
    }

    private static void remove(JsonNode node, String[] segs, int i) {
        if (node == null || !node.isObject()) return;
        String seg = segs[i];
        boolean each = seg.endsWith("[]");
        String name = each ? seg.substring(0, seg.length() - 2) : seg;
        if (i == segs.length - 1) {
            ((ObjectNode) node).remove(name);
            return;
        }
        JsonNode child = node.get(name);
        if (child == null) return;
        if (each && child.isArray()) {
            for (JsonNode el : child) remove(el, segs, i + 1);
        } else {
            remove(child, segs, i + 1);
        }
    }
}
