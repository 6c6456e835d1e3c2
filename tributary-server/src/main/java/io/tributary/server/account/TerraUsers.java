package io.tributary.server.account;

import io.tributary.model.TerraUser;
import io.tributary.server.shared.Timestamps;
import io.tributary.server.storage.User;
import java.util.LinkedHashMap;
import java.util.Map;

/** The TerraUser object for a stored user: {@link #of} in events, {@link #json} in API responses (same fields, order). */
public final class TerraUsers {
    private TerraUsers() {}

    public static TerraUser of(User u) {
        return new TerraUser(
                u.id().toString(),
                u.provider(),
                Timestamps.iso(u.createdAt()),
                Timestamps.iso(u.lastWebhookUpdate()),
                u.scopes(),
                u.referenceId(),
                u.active(),
                null);
    }

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
