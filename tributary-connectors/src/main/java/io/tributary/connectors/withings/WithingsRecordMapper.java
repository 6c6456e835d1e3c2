package io.tributary.connectors.withings;

import io.tributary.connectors.RecordMapper;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Withings answer is {@code {status, body: {<list>: [...], timezone?, more, offset}}}; the elements are the
 * entries of {@link #listField()}, each given the body's {@code timezone} when it has none of its own (getmeas
 * puts the user's zone on the body, not on each group).
 */
interface WithingsRecordMapper extends RecordMapper {
    /** The array inside {@code body}: {@code measuregrps}, {@code activities}, {@code series}. */
    String listField();

    @Override
    default List<JsonNode> elements(JsonNode answer) {
        List<JsonNode> out = new ArrayList<>();
        if (answer == null || !answer.isObject()) return out;
        JsonNode body = answer.path("body").isObject() ? answer.path("body") : answer;
        JsonNode list = body.path(listField());
        if (!list.isArray()) return out;
        JsonNode tz = body.path("timezone");
        for (JsonNode e : list) {
            if (e.isObject() && !e.has("timezone") && tz.isString()) {
                ObjectNode copy = ((ObjectNode) e).deepCopy();
                copy.put("timezone", tz.asString());
                out.add(copy);
            } else out.add(e);
        }
        return out;
    }
}
