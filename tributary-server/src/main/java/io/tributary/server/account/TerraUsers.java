package io.tributary.server.account;

import io.tributary.server.shared.Timestamps;
import io.tributary.server.storage.User;
import java.util.LinkedHashMap;
import java.util.Map;

/** The TerraUser JSON object for a stored user, used in API responses and event payloads alike. */
public final class TerraUsers {
    private TerraUsers() {}

    public static Map<String, Object> json(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user_id", u.id().toString());
        m.put("provider", u.provider());
        m.put("last_webhook_update", Timestamps.iso(u.lastWebhookUpdate()));
        m.put("scopes", u.scopes());
        m.put("reference_id", u.referenceId());
        m.put("active", u.active());
        m.put("created_at", Timestamps.iso(u.createdAt()));
        return m;
    }
}
