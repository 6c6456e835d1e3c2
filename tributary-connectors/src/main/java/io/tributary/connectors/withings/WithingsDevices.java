package io.tributary.connectors.withings;

import io.tributary.connectors.ProviderJson;
import io.tributary.model.nested.DeviceData;
import tools.jackson.databind.JsonNode;

/**
 * The device a Withings summary names: {@code model} (a name such as {@code Body Cardio}, or a number on sleep and
 * workouts), {@code deviceid} / {@code hash_deviceid} (Withings' id of the device, not its serial number: kept as
 * {@code device_id} in the extra fields).
 */
final class WithingsDevices {
    private WithingsDevices() {}

    static DeviceData of(JsonNode e) {
        // getmeas / getactivity name the model ("Body Cardio"); sleep and workouts give a number (16 tracker, 32
        // sleep monitor), kept as an extra field
        String model = ProviderJson.node(e, "model").isString() ? ProviderJson.text(e, "model") : null;
        Integer modelNumber = ProviderJson.node(e, "model").isNumber() ? ProviderJson.intValue(e, "model") : null;
        String id = ProviderJson.text(e, "deviceid");
        if (id == null) id = ProviderJson.text(e, "hash_deviceid");
        if (model == null && modelNumber == null && id == null) return null;
        DeviceData.Builder b = DeviceData.builder().manufacturer("Withings").name(model);
        if (id != null) b.putExtra("device_id", id);
        Integer modelId = ProviderJson.intValue(e, "model_id");
        if (modelId == null) modelId = ProviderJson.intValue(e, "modelid");
        if (modelId != null) b.putExtra("model_id", modelId);
        if (modelNumber != null) b.putExtra("model", modelNumber);
        return b.build();
    }
}
