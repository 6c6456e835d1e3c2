package io.tributary.server.ingest;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import io.tributary.scores.Score;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.ScoreSettingsStore;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-environment health-score toggles ({@code /v2/dashboard/settings/scores}, docs/scores.md): each of the fourteen
 * scores, named by its {@code data_enrichment} field, on (the default) or off.
 */
@Service
public class ScoreSettings {
    public static final List<String> KEYS =
            Arrays.stream(Score.values()).map(Score::field).toList();

    /** Ingest may use toggles this old (other nodes see a PATCH within this time; this node at once). */
    static final long CACHE_NANOS = 2_000_000_000L;

    private final ScoreSettingsStore store;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Set<Score> enabled, long loadedAt) {}

    public ScoreSettings(ScoreSettingsStore store) {
        this.store = store;
    }

    /** The toggles as the dashboard shows them: one per score, in {@link #KEYS} order. */
    public record View(@JsonAnyGetter Map<String, Boolean> scores) {
        public View {
            scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        }
    }

    public View get(EnvironmentRecord env) {
        return render(load(env.id()));
    }

    /** Applies the given toggles (names of {@link #KEYS}, boolean values); others stay as they are. */
    @Transactional
    public View patch(EnvironmentRecord env, Map<String, Boolean> changes) {
        for (String k : changes.keySet())
            if (Score.byField(k).isEmpty())
                throw ApiException.badRequest("unknown score '" + k + "': use " + String.join(", ", KEYS));
        changes.forEach((k, v) -> store.set(env.id(), k, v));
        cache.remove(env.id());
        return render(load(env.id()));
    }

    /** The scores ingest computes for this environment, cached for up to {@link #CACHE_NANOS}. */
    public Set<Score> enabled(EnvironmentRecord env) {
        long now = System.nanoTime();
        Cached c = cache.get(env.id());
        if (c != null && now - c.loadedAt() < CACHE_NANOS) return c.enabled();
        Set<Score> s = load(env.id());
        if (cache.size() > 10_000) cache.clear();
        cache.put(env.id(), new Cached(s, now));
        return s;
    }

    private Set<Score> load(UUID environmentId) {
        Set<Score> on = EnumSet.allOf(Score.class);
        store.overrides(environmentId)
                .forEach((name, enabled) -> Score.byField(name).ifPresent(s -> {
                    if (!enabled) on.remove(s);
                }));
        return Collections.unmodifiableSet(on);
    }

    private static View render(Set<Score> on) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        for (Score s : Score.values()) m.put(s.field(), on.contains(s));
        return new View(m);
    }
}
