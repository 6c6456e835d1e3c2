package io.tributary.server.api;

import io.tributary.server.ingest.DataTypeSettings;
import io.tributary.server.shared.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code PATCH /v2/dashboard/settings/data-types}: a JSON object of toggles named in {@link DataTypeSettings#KEYS},
 * each a JSON boolean; the first unknown name or non-boolean value (in the order sent) is the 400.
 */
public record DataTypeSettingsRequest(Map<String, Boolean> changes) {
    public DataTypeSettingsRequest {
        changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    static DataTypeSettingsRequest from(WireInput in) {
        if (!in.bodyIsObject())
            throw ApiException.badRequest("body must be a JSON object such as {\"sleep\": false, \"samples\": true}");
        Map<String, Boolean> changes = new LinkedHashMap<>();
        for (String name : in.fieldNames()) {
            if (!DataTypeSettings.KEYS.contains(name))
                throw ApiException.badRequest(
                        "unknown data type setting '" + name + "': use " + String.join(", ", DataTypeSettings.KEYS));
            changes.put(name, in.strictBool(name));
        }
        return new DataTypeSettingsRequest(changes);
    }
}
