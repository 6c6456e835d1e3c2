package io.tributary.connectors.whoop;

import io.tributary.connectors.RecordMapper;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A WHOOP collection page is {@code {records: [...], next_token}}; a single record is the object itself. */
interface WhoopRecordMapper extends RecordMapper {
    @Override
    default List<JsonNode> elements(JsonNode body) {
        if (body != null && body.path("records").isArray()) {
            List<JsonNode> out = new ArrayList<>();
            body.path("records").forEach(out::add);
            return out;
        }
        return RecordMapper.super.elements(body);
    }
}
