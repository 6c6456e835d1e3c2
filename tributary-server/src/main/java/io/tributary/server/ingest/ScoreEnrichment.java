package io.tributary.server.ingest;

import io.tributary.model.Activity;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import io.tributary.model.Sleep;
import io.tributary.model.TerraDataModel;
import io.tributary.scores.HealthScores;
import io.tributary.scores.History;
import io.tributary.scores.Score;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.DataRange;
import io.tributary.server.storage.DataStore;
import io.tributary.server.storage.User;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health scores on ingest (docs/scores.md, "When scores are recomputed"): scores the incoming daily, sleep and
 * activity records against the user's stored history plus the batch, and finds the stored records whose scores the
 * batch changes — daily, sleep and activity records of the incoming days and the {@value #RECOMPUTE_DAYS} days
 * after them (a late night changes that morning's readiness and the following baselines) — so they are stored and
 * delivered again. History is read as stored summaries (no samples); a record to rewrite is read in full.
 */
@Component
class ScoreEnrichment {
    /** Days after an incoming day whose scores are recomputed: the baseline window. */
    static final int RECOMPUTE_DAYS = History.BASELINE_DAYS;

    private static final Set<DataType> INPUTS =
            Set.of(DataType.DAILY, DataType.SLEEP, DataType.ACTIVITY, DataType.BODY);
    private static final Set<DataType> SCORED = Set.of(DataType.DAILY, DataType.SLEEP, DataType.ACTIVITY);

    private final DataStore store;
    private final ScoreSettings settings;
    private final JsonMapper json;

    ScoreEnrichment(DataStore store, ScoreSettings settings, JsonMapper json) {
        this.store = store;
        this.settings = settings;
        this.json = json;
    }

    /** The batch with its scores, and the stored records (in full) whose scores it changed. */
    record Result(List<TerraDataModel> incoming, List<TerraDataModel> rewritten) {}

    Result apply(EnvironmentRecord env, User user, List<TerraDataModel> items) {
        Set<Score> on = settings.enabled(env);
        TreeSet<LocalDate> days = new TreeSet<>();
        Set<String> batchKeys = new HashSet<>();
        for (TerraDataModel m : items) {
            if (!INPUTS.contains(m.dataType())) continue;
            LocalDate d = History.dateOf(m);
            if (d != null) days.add(d);
            batchKeys.add(slot(m));
        }
        if (on.isEmpty() || days.isEmpty()) return new Result(items, List.of());

        LocalDate from = days.first().minusDays(History.LOOKBACK_DAYS);
        LocalDate to = days.last().plusDays(RECOMPUTE_DAYS);
        List<TerraDataModel> stored = new ArrayList<>();
        // a sleep belongs to the day it ends but is stored under its start: one more day on each side
        DataRange range = new DataRange(
                from.minusDays(1).atStartOfDay(), null, to.plusDays(2).atStartOfDay(), null);
        for (DataType type : INPUTS)
            store.stream(env.id(), user.id(), type.wireName(), range, false, o -> {
                stored.add(json.readValue(o.payloadJson(), type.modelClass()));
            });
        List<TerraDataModel> all = new ArrayList<>(stored);
        all.addAll(items);
        History history = History.of(all);

        List<TerraDataModel> incoming = new ArrayList<>(items.size());
        for (TerraDataModel m : items)
            incoming.add(SCORED.contains(m.dataType()) ? HealthScores.enrich(m, history, on) : m);

        List<TerraDataModel> rewritten = new ArrayList<>();
        for (TerraDataModel s : stored) {
            if (!SCORED.contains(s.dataType()) || batchKeys.contains(slot(s))) continue;
            LocalDate d = History.dateOf(s);
            if (d == null || !affected(days, d)) continue;
            String key = key(s);
            if (key == null) continue;
            TerraDataModel e = HealthScores.enrich(s, history, on);
            if (Objects.equals(enrichment(e), enrichment(s))) continue;
            // changed on the summary: score the full copy (an activity's samples give its own load) and keep it if
            // it still differs from what is stored
            var full = store.find(env.id(), user.id(), s.dataType().wireName(), key);
            if (full.isEmpty()) continue;
            TerraDataModel f =
                    json.readValue(full.get().payloadJson(), s.dataType().modelClass());
            TerraDataModel fe = HealthScores.enrich(f, history, on);
            if (!Objects.equals(enrichment(fe), enrichment(f))) rewritten.add(fe);
        }
        return new Result(incoming, rewritten);
    }

    private static boolean affected(TreeSet<LocalDate> days, LocalDate d) {
        LocalDate floor = days.floor(d);
        return floor != null && !d.isAfter(floor.plusDays(RECOMPUTE_DAYS));
    }

    private static Object enrichment(TerraDataModel m) {
        if (m instanceof Daily x) return x.dataEnrichment();
        if (m instanceof Sleep x) return x.dataEnrichment();
        if (m instanceof Activity x) return x.dataEnrichment();
        return null;
    }

    private static String key(TerraDataModel m) {
        try {
            return m.identityKey();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String slot(TerraDataModel m) {
        return m.dataType() + "|" + key(m);
    }
}
