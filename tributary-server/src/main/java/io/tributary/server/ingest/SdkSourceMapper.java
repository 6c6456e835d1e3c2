package io.tributary.server.ingest;

import io.tributary.server.storage.SdkStore.SdkRecord;
import java.time.OffsetDateTime;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One platform's mapping of its records to {@link SdkRecord}s; builds the stored record the same way for all. */
abstract class SdkSourceMapper {
    private final JsonMapper json;
    private final String platform;

    SdkSourceMapper(JsonMapper json, String platform) {
        this.json = json;
        this.platform = platform;
    }

    /** {@code r} is a JSON object; {@code index} its place in the batch (for errors). */
    abstract SdkRecord map(JsonNode r, int index);

    /** The stored record: local date and offset of its start, {@code extra} and the raw record as JSON. */
    final SdkRecord rec(
            String id,
            String type,
            String kind,
            OffsetDateTime start,
            OffsetDateTime end,
            Double value,
            Map<String, Object> extra,
            JsonNode raw) {
        if (end.isBefore(start)) end = start;
        return new SdkRecord(
                id,
                platform,
                type,
                kind,
                start.toInstant(),
                end.toInstant(),
                start.getOffset().getTotalSeconds(),
                start.toLocalDate(),
                value,
                json.writeValueAsString(extra),
                json.writeValueAsString(raw));
    }
}
