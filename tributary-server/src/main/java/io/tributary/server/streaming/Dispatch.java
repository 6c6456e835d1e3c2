package io.tributary.server.streaming;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * One submitted frame once the bus has given it its {@code seq}: what every consumer of the environment receives as
 * DISPATCH (op 5) and what REPLAY sends again. The wire text is built once and shared by all consumers.
 */
record Dispatch(
        long seq, UUID environmentId, UUID userId, String dataType, String payloadJson, boolean synthetic, Instant at) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    String wire() {
        StringBuilder sb = new StringBuilder(payloadJson.length() + 120);
        sb.append("{\"op\":5,\"d\":").append(payloadJson);
        sb.append(",\"uid\":\"").append(userId).append("\",\"seq\":").append(seq);
        sb.append(",\"t\":").append(JSON.writeValueAsString(dataType));
        if (synthetic) sb.append(",\"synthetic\":true");
        return sb.append('}').toString();
    }
}
