package io.tributary.server.ingest;

import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.EnvironmentSettings;
import io.tributary.server.storage.SettingsStore;
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

    /** The toggles as the dashboard shows them, one per name of {@link #KEYS}, in that order. */
    public record View(
            boolean activity,
            boolean daily,
            boolean body,
            boolean sleep,
            boolean nutrition,
            boolean menstruation,
            boolean athlete,
            boolean samples) {}

    public View get(EnvironmentRecord env) {
        return render(settings.get(env.id()));
    }

    /** Applies the given toggles (keys of {@link #KEYS}, boolean values); others stay as they are. */
    @Transactional
    public View patch(EnvironmentRecord env, Map<String, Boolean> changes) {
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

    private static View render(EnvironmentSettings s) {
        return new View(
                s.activityEnabled(),
                s.dailyEnabled(),
                s.bodyEnabled(),
                s.sleepEnabled(),
                s.nutritionEnabled(),
                s.menstruationEnabled(),
                s.athleteEnabled(),
                s.samplesDefault());
    }
}
