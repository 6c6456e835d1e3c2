package io.tributary.server.api;

import io.tributary.server.connection.WidgetSettingsPatch;
import io.tributary.server.shared.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code PATCH /v2/dashboard/settings/widget}: a JSON object with the fields to change (unknown fields are
 * ignored). Scalars are taken as text; {@code default_providers} is an array or a comma-separated string.
 */
public record WidgetSettingsRequest(WidgetSettingsPatch patch) {

    static WidgetSettingsRequest from(WireInput in) {
        JsonNode body = in.body();
        if (body == null) throw ApiException.badRequest("send a JSON object with the fields to change");
        Set<String> sent = new LinkedHashSet<>();
        for (String f : in.fieldNames()) if (WidgetSettingsPatch.FIELDS.contains(f)) sent.add(f);
        return new WidgetSettingsRequest(new WidgetSettingsPatch(
                sent,
                text(body, "display_name"),
                text(body, "primary_color"),
                text(body, "logo_url"),
                text(body, "default_language"),
                text(body, "auth_success_redirect_url"),
                text(body, "auth_failure_redirect_url"),
                providers(body.get("default_providers"))));
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isArray()) throw ApiException.badRequest("'" + field + "' must be a string");
        return v.isString() ? v.asString() : v.toString();
    }

    private static List<String> providers(JsonNode v) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (v.isArray()) {
            for (JsonNode x : v) out.add(x.isValueNode() ? x.asString() : x.toString());
            return out;
        }
        String s = v.isString() ? v.asString() : v.toString();
        for (String x : s.split(",")) if (!x.isBlank()) out.add(x.trim());
        return out;
    }
}
