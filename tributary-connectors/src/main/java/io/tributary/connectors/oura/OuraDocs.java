package io.tributary.connectors.oura;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.ProviderJson;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Small readers shared by the Oura mappers. */
final class OuraDocs {
    private OuraDocs() {}

    /** Oura's {@code contributors} object (each 1..100) as Terra's contributor map; null when absent/empty. */
    static Map<String, Double> contributors(JsonNode doc) {
        JsonNode c = doc.path("contributors");
        if (!c.isObject()) return null;
        Map<String, Double> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : c.properties()) {
            Double v = ProviderJson.number(c, e.getKey());
            if (v != null) out.put(e.getKey(), v);
        }
        return out.isEmpty() ? null : out;
    }

    static String id(JsonNode doc) throws ConnectorException {
        return ProviderJson.requireText(doc, "id");
    }
}
