package io.tributary.connectors.oura;

import io.tributary.connectors.RecordMapper;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** An Oura collection page is {@code {data: [...], next_token}}; a single document is the object itself. */
interface OuraRecordMapper extends RecordMapper {
    @Override
    default List<JsonNode> elements(JsonNode body) {
        if (body != null && body.path("data").isArray()) {
            List<JsonNode> out = new ArrayList<>();
            body.path("data").forEach(out::add);
            return out;
        }
        return RecordMapper.super.elements(body);
    }
}
