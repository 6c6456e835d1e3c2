package io.tributary.server.api;

import io.tributary.server.ingest.DataTypeSettings;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code GET/PATCH /v2/dashboard/settings/data-types}: which data types this environment pulls and emits. */
@RestController
@RequestMapping("/v2/dashboard/settings/data-types")
public class DataTypeSettingsController {
    private final DataTypeSettings settings;

    public DataTypeSettingsController(DataTypeSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    public Map<String, Object> get(EnvironmentRecord env) {
        return settings.get(env);
    }

    @PatchMapping
    public Map<String, Object> patch(EnvironmentRecord env, @RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isObject())
            throw ApiException.badRequest("body must be a JSON object such as {\"sleep\": false, \"samples\": true}");
        Map<String, Boolean> changes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : body.properties()) {
            if (!DataTypeSettings.KEYS.contains(e.getKey()))
                throw ApiException.badRequest("unknown data type setting '" + e.getKey() + "': use "
                        + String.join(", ", DataTypeSettings.KEYS));
            if (!e.getValue().isBoolean()) throw ApiException.badRequest("'" + e.getKey() + "' must be true or false");
            changes.put(e.getKey(), e.getValue().asBoolean());
        }
        return settings.patch(env, changes);
    }
}
