package io.tributary.scores;

import io.tributary.model.Daily;
import io.tributary.model.nested.StressData;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Daily {@code data_enrichment}: stress (v1, v2), respiratory, immune index, resilience, strain index. */
final class DailyFormulas {
    private DailyFormulas() {}

    /**
     * Stress v1, from the source's own stress data (a Firstbeat-style 0–100 level, as Garmin reports it): the day's
     * average level, and the share of measured time at high stress (medium counting half). Higher is more stress.
     */
    static ScoreResult stress(Daily daily) {
        StressData s = daily == null ? null : daily.stressData();
        if (s == null) return null;
        Double level = s.avgStressLevel() == null || s.avgStressLevel() < 0 ? null : s.avgStressLevel() / 100;
        double high = nz(s.highStressDurationSeconds()), medium = nz(s.mediumStressDurationSeconds());
        double measured = high + medium + nz(s.lowStressDurationSeconds()) + nz(s.restStressDurationSeconds());
        Double share = measured > 0 ? (high + 0.5 * medium) / measured : null;
        return new Weighted()
                .add("stress_level", 50, level)
                .add("time_under_stress", 50, share)
                .result(Score.TOTAL_STRESS_SCORE);
    }

    /**
     * Stress v2, physiological: resting heart rate above its baseline and HRV below its baseline (sympathetic load;
     * Thayer et al. 2012), plus the source's stress level where there is one. 50 when at baseline.
     */
    static ScoreResult stressV2(Daily daily, History h, LocalDate d) {
        Double rhr = h.signal(Signal.DAY_RESTING_HR, d), rhrBase = h.baseline(Signal.DAY_RESTING_HR, d);
        Double hrv = h.signal(Signal.DAY_HRV, d), hrvBase = h.baseline(Signal.DAY_HRV, d);
        Double rhrSub = rhr == null || rhrBase == null ? null : Maths.clamp01(0.5 + (rhr - rhrBase) / 10);
        Double hrvSub = hrv == null || hrvBase == null ? null : Maths.clamp01(0.5 - 2 * Math.log(hrv / hrvBase));
        if (rhrSub == null && hrvSub == null) return null;
        StressData s = daily == null ? null : daily.stressData();
        Double level =
                s == null || s.avgStressLevel() == null || s.avgStressLevel() < 0 ? null : s.avgStressLevel() / 100;
        return new Weighted()
                .add("resting_hr_vs_baseline", 40, rhrSub)
                .add("hrv_vs_baseline", 40, hrvSub)
                .add("stress_level", 20, level)
                .result(Score.TOTAL_STRESS_SCORE_V2);
    }

    static ScoreResult respiratory(History h, LocalDate d) {
        return SleepFormulas.respiratory(
                Score.RESPIRATORY_SCORE,
                h.signal(Signal.NIGHT_BREATHING_RATE, d),
                h.baseline(Signal.NIGHT_BREATHING_RATE, d),
                h.signal(Signal.DAY_SPO2, d));
    }

    /**
     * Immune index 0–5 (5: no warning sign): of the early-illness signs that can be checked against their baseline
     * (resting HR ≥ +3 bpm, HRV ≤ 85 %, breathing ≥ +1/min, skin temperature ≥ +0.5 °C, SpO2 ≤ −2 points; Mishra et
     * al. 2020, Natarajan et al. 2020, Radin et al. 2020), the share not raised, times 5, rounded. Needs two signs.
     * Contributors: each sign's deduction (0 when not raised).
     */
    static ScoreResult immune(History h, LocalDate d) {
        Map<String, Boolean> signs = new LinkedHashMap<>();
        sign(signs, "resting_hr", h, Signal.NIGHT_RESTING_HR, d, (v, b) -> v - b >= 3);
        sign(signs, "hrv", h, Signal.NIGHT_HRV, d, (v, b) -> v <= 0.85 * b);
        sign(signs, "breathing_rate", h, Signal.NIGHT_BREATHING_RATE, d, (v, b) -> v - b >= 1);
        sign(signs, "skin_temperature", h, Signal.SKIN_TEMPERATURE, d, (v, b) -> v - b >= 0.5);
        sign(signs, "oxygen_saturation", h, Signal.DAY_SPO2, d, (v, b) -> b - v >= 2);
        if (signs.size() < 2) return null;
        double each = 5.0 / signs.size();
        double value = 5;
        Map<String, Double> c = new LinkedHashMap<>();
        for (Map.Entry<String, Boolean> e : signs.entrySet()) {
            double deduction = e.getValue() ? -each : 0;
            value += deduction;
            c.put(e.getKey(), Maths.round2(deduction));
        }
        c.put(Score.VERSION_KEY, (double) Score.IMMUNE_INDEX.version());
        return new ScoreResult(Math.round(value), c);
    }

    private static void sign(
            Map<String, Boolean> signs,
            String name,
            History h,
            Signal s,
            LocalDate d,
            java.util.function.BiPredicate<Double, Double> raised) {
        Double v = h.signal(s, d), b = h.baseline(s, d);
        if (v != null && b != null) signs.put(name, raised.test(v, b));
    }

    /**
     * Resilience 0–100: the 7-day mean lnRMSSD against the 14-day baseline and its day-to-day stability (coefficient
     * of variation; Plews et al. 2012, 2013), plus the balance of acute and chronic training load.
     */
    static ScoreResult resilience(History h, LocalDate d) {
        List<Double> week = h.window(Signal.DAY_HRV, d.minusDays(6), d);
        Double base = h.baseline(Signal.DAY_HRV, d);
        if (week.size() < History.MIN_BASELINE_DAYS || base == null) return null;
        double[] ln = week.stream().mapToDouble(Math::log).toArray();
        double mean = 0;
        for (double x : ln) mean += x;
        mean /= ln.length;
        double var = 0;
        for (double x : ln) var += (x - mean) * (x - mean);
        double cv = Math.sqrt(var / (ln.length - 1)) / mean;
        Double acwr = Strain.acwr(h, d);
        Double balance = acwr == null
                ? null
                : acwr > 1.3 ? Maths.clamp01(1 - (acwr - 1.3) / 0.5) : acwr < 0.8 ? Maths.clamp01(acwr / 0.8) : 1.0;
        ScoreResult r = new Weighted()
                .add("hrv_trend", 50, Maths.clamp01(0.75 + 1.5 * (mean - Math.log(base))))
                .add("hrv_stability", 30, Maths.clamp01(1 - (cv - 0.03) / 0.09))
                .add("load_balance", 20, balance)
                .result(Score.RESILIENCE_SCORE);
        return new ScoreResult(Math.round(r.value()), r.contributors());
    }

    private static double nz(Double d) {
        return d == null ? 0 : d;
    }
}
