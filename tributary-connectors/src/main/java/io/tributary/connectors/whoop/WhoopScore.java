package io.tributary.connectors.whoop;

import io.tributary.connectors.ProviderJson;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * WHOOP's {@code score_state}: {@code SCORED} (the {@code score} object is present), {@code PENDING_SCORE} (WHOOP is
 * still evaluating) or {@code UNSCORABLE}. Only a {@code SCORED} record's score is read: Tributary never reports a
 * provisional or missing score as a value (https://developer.whoop.com/api/ , every {@code score_state}).
 */
final class WhoopScore {
    static final String SCORED = "SCORED";

    private WhoopScore() {}

    /** The record's {@code score} when it is {@code SCORED}; a missing node otherwise. */
    static JsonNode of(JsonNode e) {
        if (!SCORED.equals(ProviderJson.text(e, "score_state"))) return MissingNode.getInstance();
        JsonNode s = ProviderJson.node(e, "score");
        return s.isObject() ? s : MissingNode.getInstance();
    }

    /** Milliseconds → seconds, null-safe. */
    static Double seconds(JsonNode n, String field) {
        return ProviderJson.divide(ProviderJson.number(n, field), 1000.0);
    }

    /** Kilojoules → kilocalories (1 kcal = 4.184 kJ), null-safe. */
    static Double kcal(Double kilojoule) {
        return kilojoule == null ? null : kilojoule / 4.184;
    }

    /** The present numeric/boolean/text fields of {@code n} named in {@code fields}, for pass-through extras. */
    static Map<String, Object> pick(JsonNode n, String... fields) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : fields) {
            JsonNode v = ProviderJson.node(n, f);
            if (v.isNumber()) out.put(f, v.numberValue());
            else if (v.isBoolean()) out.put(f, v.asBoolean());
            else if (v.isString()) out.put(f, v.asString());
            else if (v.isObject()) {
                Map<String, Object> inner = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> p : v.properties())
                    if (p.getValue().isNumber())
                        inner.put(p.getKey(), p.getValue().numberValue());
                if (!inner.isEmpty()) out.put(f, inner);
            }
        }
        return out;
    }
}
