package io.tributary.server.ingest;

import static io.tributary.server.ingest.SdkJson.bad;

import io.tributary.server.storage.SdkStore.SdkRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one record in a platform's own shape into a normalised {@link SdkRecord} (a {@link SdkKinds kind},
 * start/end, the local offset and a value in Terra units), by the user's provider: HealthKit for APPLE
 * ({@link HealthKitRecordMapper}), Health Connect ({@link HealthConnectRecordMapper}), Samsung Health
 * ({@link SamsungRecordMapper}). Unknown types get kind {@link SdkKinds#IGNORED} (stored, not mapped). Bad input
 * throws {@link SdkRecordException} naming the record index and field.
 */
final class SdkRecordMapper {
    private final HealthKitRecordMapper healthKit;
    private final HealthConnectRecordMapper healthConnect;
    private final SamsungRecordMapper samsung;

    SdkRecordMapper(JsonMapper json) {
        this.healthKit = new HealthKitRecordMapper(json);
        this.healthConnect = new HealthConnectRecordMapper(json, "HEALTH_CONNECT");
        this.samsung = new SamsungRecordMapper(json);
    }

    SdkRecord map(String platform, JsonNode r, int index) {
        if (r == null || !r.isObject()) throw bad(index, "", "each record must be a JSON object");
        return switch (platform) {
            case "APPLE" -> healthKit.map(r, index);
            case "SAMSUNG" -> samsung.map(r, index);
            default -> healthConnect.map(r, index);
        };
    }
}
