package io.tributary.server.api;

import io.tributary.server.ingest.ScoreSettings;
import io.tributary.server.shared.ApiException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code PATCH /v2/dashboard/settings/scores}: a JSON object of score names ({@link ScoreSettings#KEYS}, the
 * {@code data_enrichment} field names) to JSON booleans; the first unknown name or non-boolean value is the 400.
 */
public record ScoreSettingsRequest(Map<String, Boolean> changes) {
    public ScoreSettingsRequest {
        changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    static ScoreSettingsRequest from(WireInput in) {
        if (!in.bodyIsObject())
            throw ApiException.badRequest(
                    "body must be a JSON object such as {\"readiness_score\": false, \"trimp_score\": true}");
        Map<String, Boolean> changes = new LinkedHashMap<>();
        for (String name : in.fieldNames()) {
            if (!ScoreSettings.KEYS.contains(name))
                throw ApiException.badRequest(
                        "unknown score '" + name + "': use " + String.join(", ", ScoreSettings.KEYS));
            changes.put(name, in.strictBool(name));
        }
        return new ScoreSettingsRequest(changes);
    }
}
