package io.tributary.scores;

import io.tributary.model.Activity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Activity {@code data_enrichment}: TRIMP, strain, efficiency, RCRS (docs/scores.md). */
final class ActivityFormulas {
    private ActivityFormulas() {}

    static final String[] ZONES = {"below_zone_1", "zone_1", "zone_2", "zone_3", "zone_4", "zone_5"};

    /** Edwards TRIMP that gives strain 63 (1 − 1/e): about 100 minutes in zone 3. */
    static final double EDWARDS_SCALE = 300;

    /** Banister TRIMP (not capped), contributors: the TRIMP accumulated in each Edwards zone. */
    static ScoreResult trimp(Activity a, History h, LocalDate d) {
        ActivityLoad l = h.load(a, d);
        if (l == null || l.banister() == null) return null;
        Map<String, Double> c = new LinkedHashMap<>();
        for (int z = 0; z < 6; z++) if (l.banisterByZone()[z] > 0) c.put(ZONES[z], Maths.round2(l.banisterByZone()[z]));
        c.put(Score.VERSION_KEY, (double) Score.TRIMP_SCORE.version());
        return new ScoreResult(Maths.round1(l.banister()), c);
    }

    /** Strain 0–100 from Edwards' summated zones; contributors: each zone's share of the points. */
    static ScoreResult strain(Activity a, History h, LocalDate d) {
        ActivityLoad l = h.load(a, d);
        if (l == null || l.minutesByZone() == null || l.edwards() <= 0 && sum(l.minutesByZone()) <= 0) return null;
        double value = 100 * (1 - Math.exp(-l.edwards() / EDWARDS_SCALE));
        Map<String, Double> c = new LinkedHashMap<>();
        for (int z = 1; z <= 5; z++)
            if (l.minutesByZone()[z] > 0) c.put(ZONES[z], Maths.round2(value * z * l.minutesByZone()[z] / l.edwards()));
        c.put(Score.VERSION_KEY, (double) Score.STRAIN_SCORE.version());
        return new ScoreResult(Maths.round1(value), c);
    }

    /**
     * Efficiency: the aerobic efficiency factor (output per heartbeat: average power, else average speed in m/min,
     * over average heart rate; Allen and Coggan) against the median of the same activity type's previous {@value
     * History#LOOKBACK_DAYS} days (at least {@value History#MIN_BASELINE_DAYS} activities). 75 at baseline, +150
     * points per unit of ln ratio.
     */
    static ScoreResult efficiency(Activity a, History h, LocalDate d) {
        Double ef = efficiencyFactor(a);
        if (ef == null) return null;
        boolean power = power(a) != null;
        Integer type = a.metadata() == null ? null : a.metadata().type();
        List<Double> previous = new ArrayList<>();
        for (Activity x : h.activities(d.minusDays(History.LOOKBACK_DAYS), d.minusDays(1))) {
            Integer xt = x.metadata() == null ? null : x.metadata().type();
            if (!java.util.Objects.equals(type, xt) || (power(x) != null) != power) continue;
            Double v = efficiencyFactor(x);
            if (v != null) previous.add(v);
        }
        if (previous.size() < History.MIN_BASELINE_DAYS) return null;
        double base = Maths.median(previous);
        double value = Maths.clamp(75 + 150 * Math.log(ef / base), 0, 100);
        Map<String, Double> c = new LinkedHashMap<>();
        c.put("baseline", 75.0);
        c.put("efficiency_vs_baseline", Maths.round2(value - 75));
        c.put("efficiency_factor", Maths.round2(ef));
        c.put("baseline_efficiency_factor", Maths.round2(base));
        c.put(Score.VERSION_KEY, (double) Score.EFFICIENCY_SCORE.version());
        return new ScoreResult(Maths.round1(value), c);
    }

    static Double efficiencyFactor(Activity a) {
        var hr = Inputs.hr(a);
        if (hr == null || !Maths.positive(hr.avgHrBpm())) return null;
        Double p = power(a);
        if (p != null) return p / hr.avgHrBpm();
        Double speed = a.movementData() == null
                ? null
                : Inputs.positiveOrNull(a.movementData().avgSpeedMetersPerSecond());
        if (speed == null && a.distanceData() != null && a.distanceData().summary() != null) {
            Double m = a.distanceData().summary().distanceMeters();
            Double s = Inputs.activitySeconds(a);
            if (Maths.positive(m) && Maths.positive(s)) speed = m / s;
        }
        return speed == null ? null : speed * 60 / hr.avgHrBpm();
    }

    private static Double power(Activity a) {
        return a.powerData() == null
                ? null
                : Inputs.positiveOrNull(a.powerData().avgWatts());
    }

    /**
     * Recovery-corrected relative strain: the workout's strain weighted by that morning's readiness, so the same
     * workout counts more on a poorly recovered day: strain × (1 + (75 − readiness) / 100), capped at 100.
     */
    static ScoreResult rcrs(Activity a, History h, LocalDate d) {
        ScoreResult strain = strain(a, h, d);
        ScoreResult readiness = SleepFormulas.readiness(h, d);
        if (strain == null || readiness == null) return null;
        double value = Maths.clamp(strain.value() * (1 + (75 - readiness.value()) / 100), 0, 100);
        Map<String, Double> c = new LinkedHashMap<>();
        c.put("strain", strain.value());
        c.put("recovery_correction", Maths.round2(value - strain.value()));
        c.put("readiness", readiness.value());
        c.put(Score.VERSION_KEY, (double) Score.RCRS_SCORE.version());
        return new ScoreResult(Maths.round1(value), c);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }
}
