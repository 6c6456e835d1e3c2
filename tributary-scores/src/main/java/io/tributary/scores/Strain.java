package io.tributary.scores;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Daily strain index and its traffic light: the day's training load on a saturating 0–100 scale, and the
 * acute:chronic workload ratio (7-day vs 28-day mean load; Hulin et al. 2016, Gabbett 2016).
 */
final class Strain {
    private Strain() {}

    /** Load that gives strain 63 (1 − 1/e): about an hour of hard running in Banister TRIMP units. */
    static final double LOAD_SCALE = 150;

    record Index(ScoreResult result, String trafficLight) {}

    static Index index(History h, LocalDate d) {
        Double load = h.signal(Signal.TRAINING_LOAD, d);
        if (load == null) return null;
        double value = 100 * (1 - Math.exp(-load / LOAD_SCALE));
        Double acwr = acwr(h, d);
        Map<String, Double> c = new LinkedHashMap<>();
        c.put("training_load", Maths.round2(load));
        if (acwr != null) {
            c.put("acute_load_7d", Maths.round2(mean(h.window(Signal.TRAINING_LOAD, d.minusDays(6), d))));
            c.put("chronic_load_28d", Maths.round2(mean(chronicWindow(h, d))));
            if (Double.isFinite(acwr)) c.put("acwr", Maths.round2(acwr));
        }
        c.put(Score.VERSION_KEY, (double) Score.STRAIN_INDEX.version());
        return new Index(new ScoreResult(Maths.round1(value), c), acwr == null ? null : light(acwr));
    }

    /** GREEN 0.8–1.3 (the "sweet spot"), AMBER below 0.8 or up to 1.5, RED above 1.5. */
    static String light(double acwr) {
        if (acwr > 1.5) return "RED";
        if (acwr > 1.3 || acwr < 0.8) return "AMBER";
        return "GREEN";
    }

    /**
     * Acute:chronic ratio on day {@code d}; null with fewer than {@value History#MIN_BASELINE_DAYS} known days before
     * {@code d} in the chronic window. No load at all in either window is balance (1); load after none is infinite.
     */
    static Double acwr(History h, LocalDate d) {
        List<Double> before = h.window(Signal.TRAINING_LOAD, d.minusDays(History.LOOKBACK_DAYS - 1), d.minusDays(1));
        if (before.size() < History.MIN_BASELINE_DAYS) return null;
        double acute = mean(h.window(Signal.TRAINING_LOAD, d.minusDays(6), d));
        double chronic = mean(chronicWindow(h, d));
        if (chronic <= 0) return acute <= 0 ? 1.0 : Double.POSITIVE_INFINITY;
        return acute / chronic;
    }

    private static List<Double> chronicWindow(History h, LocalDate d) {
        return h.window(Signal.TRAINING_LOAD, d.minusDays(History.LOOKBACK_DAYS - 1), d);
    }

    static double mean(List<Double> v) {
        if (v.isEmpty()) return 0;
        double s = 0;
        for (double x : v) s += x;
        return s / v.size();
    }
}
