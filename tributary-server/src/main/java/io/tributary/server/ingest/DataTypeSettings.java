package io.tributary.server.ingest;

import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.EnvironmentSettings;
import io.tributary.server.storage.SettingsStore;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-environment data-type settings ({@code /v2/dashboard/settings/data-types}): which types are pulled from
 * providers and emitted, and whether reads include samples by default.
 */
@Service
public class DataTypeSettings {
    public static final java.util.List<String> KEYS =
            java.util.List.of("activity", "daily", "body", "sleep", "nutrition", "menstruation", "athlete", "samples");

    /** Reads may use settings this old (other nodes see a PATCH within this time; this node at once). */
    static final long CACHE_NANOS = 2_000_000_000L;

    private final SettingsStore settings;
    private final Map<java.util.UUID, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private record Cached(EnvironmentSettings settings, long loadedAt) {}

    public DataTypeSettings(SettingsStore settings) {
        this.settings = settings;
    }

    public Map<String, Object> get(EnvironmentRecord env) {
        return render(settings.get(env.id()));
    }

    /** Applies the given toggles (keys of {@link #KEYS}, boolean values); others stay as they are. */
    @Transactional
    public Map<String, Object> patch(EnvironmentRecord env, Map<String, Boolean> changes) {
        for (String k : changes.keySet())
            if (!KEYS.contains(k))
                throw ApiException.badRequest("unknown data type setting '" + k + "': use " + String.join(", ", KEYS));
        EnvironmentSettings s = settings.get(env.id());
        EnvironmentSettings n = new EnvironmentSettings(
                s.defaultProviders(),
                changes.getOrDefault("activity", s.activityEnabled()),
                changes.getOrDefault("daily", s.dailyEnabled()),
                changes.getOrDefault("body", s.bodyEnabled()),
                changes.getOrDefault("sleep", s.sleepEnabled()),
                changes.getOrDefault("nutrition", s.nutritionEnabled()),
                changes.getOrDefault("menstruation", s.menstruationEnabled()),
                changes.getOrDefault("athlete", s.athleteEnabled()),
                changes.getOrDefault("samples", s.samplesDefault()),
                s.authSuccessRedirectUrl(),
                s.authFailureRedirectUrl(),
                s.widgetDisplayName(),
                s.widgetPrimaryColor(),
                s.widgetLogoUrl(),
                s.defaultLanguage());
        settings.update(env.id(), n);
        cache.remove(env.id());
        return render(n);
    }

    /** The environment's settings for a read, cached for up to {@link #CACHE_NANOS}. */
    public EnvironmentSettings settings(EnvironmentRecord env) {
        long now = System.nanoTime();
        Cached c = cache.get(env.id());
        if (c != null && now - c.loadedAt() < CACHE_NANOS) return c.settings();
        EnvironmentSettings s = settings.get(env.id());
        if (cache.size() > 10_000) cache.clear();
        cache.put(env.id(), new Cached(s, now));
        return s;
    }

    private static Map<String, Object> render(EnvironmentSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("activity", s.activityEnabled());
        m.put("daily", s.dailyEnabled());
        m.put("body", s.bodyEnabled());
        m.put("sleep", s.sleepEnabled());
        m.put("nutrition", s.nutritionEnabled());
        m.put("menstruation", s.menstruationEnabled());
        m.put("athlete", s.athleteEnabled());
        m.put("samples", s.samplesDefault());
        return m;
    }
}
