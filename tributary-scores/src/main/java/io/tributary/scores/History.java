package io.tributary.scores;

import io.tributary.model.Activity;
import io.tributary.model.Body;
import io.tributary.model.Daily;
import io.tributary.model.Sleep;
import io.tributary.model.TerraDataModel;
import io.tributary.model.Timestamps;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One user's records indexed by the local day they belong to (daily, activity, body: the day of {@code start_time};
 * sleep: the day of {@code end_time}, the morning it ends), with the per-day {@link Signal}s and their personal
 * baselines. Records with the same type and identity key replace earlier ones, so stored history plus a newer batch
 * can be passed together, batch last.
 */
public final class History {
    /** Days before the scored day that a baseline looks at. */
    public static final int BASELINE_DAYS = 14;
    /** Fewest days with a value within {@link #BASELINE_DAYS} for a baseline to exist. */
    public static final int MIN_BASELINE_DAYS = 4;
    /** Longest look-back of any score (the chronic training load of the strain traffic light). */
    public static final int LOOKBACK_DAYS = 28;

    private final Map<LocalDate, Daily> dailies = new HashMap<>();
    private final Map<LocalDate, List<Sleep>> sleeps = new HashMap<>();
    private final Map<LocalDate, List<Activity>> activities = new HashMap<>();
    private final Map<LocalDate, Body> bodies = new HashMap<>();
    private final Map<Signal, Map<LocalDate, Optional<Double>>> signals = new EnumMap<>(Signal.class);
    private final Map<Activity, Optional<ActivityLoad>> loads = new java.util.IdentityHashMap<>();

    private History() {}

    public static History of(Collection<? extends TerraDataModel> records) {
        Map<String, TerraDataModel> byKey = new LinkedHashMap<>();
        int anonymous = 0;
        for (TerraDataModel m : records) {
            if (m == null) continue;
            String key;
            try {
                key = m.identityKey();
            } catch (IllegalArgumentException e) {
                key = null;
            }
            byKey.remove(m.dataType() + "|" + key);
            byKey.put(key == null ? "#" + anonymous++ : m.dataType() + "|" + key, m);
        }
        History h = new History();
        for (TerraDataModel m : byKey.values()) h.add(m);
        return h;
    }

    private void add(TerraDataModel m) {
        LocalDate d = dateOf(m);
        if (d == null) return;
        if (m instanceof Daily x) dailies.put(d, x);
        else if (m instanceof Sleep x)
            sleeps.computeIfAbsent(d, k -> new ArrayList<>()).add(x);
        else if (m instanceof Activity x)
            activities.computeIfAbsent(d, k -> new ArrayList<>()).add(x);
        else if (m instanceof Body x) bodies.put(d, x);
    }

    /** The day a record is scored for, or null when it has no usable time (docs/scores.md, "Days"). */
    public static LocalDate dateOf(TerraDataModel m) {
        OffsetDateTime t = null;
        if (m instanceof Daily x && x.metadata() != null) t = time(x.metadata().startTime());
        else if (m instanceof Sleep x && x.metadata() != null)
            t = time(x.metadata().endTime());
        else if (m instanceof Activity x && x.metadata() != null)
            t = time(x.metadata().startTime());
        else if (m instanceof Body x && x.metadata() != null)
            t = time(x.metadata().startTime());
        return t == null ? null : t.toLocalDate();
    }

    static OffsetDateTime time(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Timestamps.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public Daily daily(LocalDate d) {
        return dailies.get(d);
    }

    public Body body(LocalDate d) {
        return bodies.get(d);
    }

    public List<Activity> activities(LocalDate d) {
        return activities.getOrDefault(d, List.of());
    }

    /** The night ending on {@code d}: the longest sleep ending that day that is not a nap; null if none. */
    public Sleep mainSleep(LocalDate d) {
        Sleep best = null;
        double bestLen = -1;
        for (Sleep s : sleeps.getOrDefault(d, List.of())) {
            if (s.metadata() != null && Boolean.TRUE.equals(s.metadata().isNap())) continue;
            double len = Inputs.inBedSeconds(s);
            if (len > bestLen) {
                best = s;
                bestLen = len;
            }
        }
        return best;
    }

    /** The signal's value on day {@code d}, null when the day has no such input. */
    public Double signal(Signal s, LocalDate d) {
        Map<LocalDate, Optional<Double>> m = signals.computeIfAbsent(s, k -> new HashMap<>());
        Optional<Double> v = m.get(d);
        if (v == null) {
            v = Optional.ofNullable(Signals.compute(this, s, d));
            m.put(d, v);
        }
        return v.orElse(null);
    }

    /**
     * The personal baseline of a signal on day {@code d}: the median of its values on the {@value #BASELINE_DAYS}
     * days before {@code d}, null when fewer than {@value #MIN_BASELINE_DAYS} of them have a value.
     */
    public Double baseline(Signal s, LocalDate d) {
        List<Double> values = window(s, d.minusDays(BASELINE_DAYS), d.minusDays(1));
        return values.size() < MIN_BASELINE_DAYS ? null : Maths.median(values);
    }

    /** The signal's non-null values on the days {@code from} … {@code to}, both inclusive, in day order. */
    public List<Double> window(Signal s, LocalDate from, LocalDate to) {
        List<Double> out = new ArrayList<>();
        for (LocalDate x = from; !x.isAfter(to); x = x.plusDays(1)) {
            Double v = signal(s, x);
            if (v != null) out.add(v);
        }
        return out;
    }

    /** The activity's heart-rate load (Banister and Edwards), null without heart rate or maximum. Cached. */
    ActivityLoad load(Activity a, LocalDate d) {
        Optional<ActivityLoad> v = loads.get(a);
        if (v == null) {
            v = Optional.ofNullable(ActivityLoad.of(a, this, d));
            loads.put(a, v);
        }
        return v.orElse(null);
    }

    /** Every activity of the days {@code from} … {@code to}, both inclusive. */
    List<Activity> activities(LocalDate from, LocalDate to) {
        List<Activity> out = new ArrayList<>();
        for (LocalDate x = from; !x.isAfter(to); x = x.plusDays(1)) out.addAll(activities(x));
        return out;
    }
}
