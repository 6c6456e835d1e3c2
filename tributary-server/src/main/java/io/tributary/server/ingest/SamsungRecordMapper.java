package io.tributary.server.ingest;

import static io.tributary.server.ingest.SdkJson.text;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Samsung Health records (provider SAMSUNG, docs/sdk.md#5-samsung-health-provider-samsung): the Health Connect
 * shapes (Samsung Health syncs into Health Connect and its Data SDK types map one to one), plus Samsung's own names:
 * {@code dataType} for the record type and the data {@code uid} as the record id.
 */
final class SamsungRecordMapper extends HealthConnectRecordMapper {
    SamsungRecordMapper(JsonMapper json) {
        super(json, "SAMSUNG");
    }

    @Override
    String recordType(JsonNode r) {
        String t = super.recordType(r);
        return t != null ? t : text(r, "dataType");
    }

    @Override
    String recordId(JsonNode r) {
        String id = super.recordId(r);
        return id != null ? id : text(r, "uid");
    }
}
