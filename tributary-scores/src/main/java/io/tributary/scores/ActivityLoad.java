package io.tributary.scores;

import io.tributary.model.Activity;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An activity's heart-rate load: Banister's TRIMP (Banister 1991, heart-rate reserve weighted exponentially) and
 * Edwards' summated heart-rate zones (Edwards 1993, minutes in each 10 % band of maximum heart rate from 50 % times
 * 1…5), both split by Edwards zone (index 0: below 50 %). From the heart-rate samples when there are at least two
 * and they span at least half of the activity, else from the summary's average over the whole duration.
 *
 * @param banister null without a resting heart rate
 */
record ActivityLoad(
        double maxHr, Double restHr, Double banister, double[] banisterByZone, double edwards, double[] minutesByZone) {

    /** Banister's coefficients (the male ones; the model has no sex to pick the female 0.86 · e^(1.67 x)). */
    static final double BANISTER_A = 0.64, BANISTER_B = 1.92;

    /** A gap between two samples longer than this counts as this much (a pause is not exercise). */
    static final double MAX_SAMPLE_GAP_SECONDS = 60;

    static ActivityLoad of(Activity a, History h, LocalDate d) {
        HeartRateDataSummary s = Inputs.hr(a);
        Double max = maxHr(a, h, d);
        if (max == null) return null;
        Double rest =
                s != null && Maths.positive(s.restingHrBpm()) ? s.restingHrBpm() : h.signal(Signal.DAY_RESTING_HR, d);
        if (rest == null) rest = h.baseline(Signal.DAY_RESTING_HR, d);
        if (rest != null && rest >= max - 20) rest = null;
        double[] banister = new double[6];
        double[] minutes = new double[6];
        List<HeartRateDataSample> samples =
                a.heartRateData() == null || a.heartRateData().detailed() == null
                        ? null
                        : a.heartRateData().detailed().hrSamples();
        boolean any = false;
        Double seconds = Inputs.activitySeconds(a);
        if (samples != null && samples.size() >= 2 && covers(samples, seconds)) {
            OffsetDateTime prev = null;
            Double prevBpm = null;
            for (HeartRateDataSample x : samples) {
                OffsetDateTime t = History.time(x.timestamp());
                if (t == null || x.bpm() == null) continue;
                if (prev != null && prevBpm != null) {
                    double dt =
                            Math.min(MAX_SAMPLE_GAP_SECONDS, Math.max(0, (t.toEpochSecond() - prev.toEpochSecond())));
                    accumulate(prevBpm, dt / 60, max, rest, banister, minutes);
                    any = true;
                }
                prev = t;
                prevBpm = x.bpm();
            }
        }
        if (!any) {
            if (s == null || !Maths.positive(s.avgHrBpm())) return stored(a, max, rest);
            if (seconds == null) return null;
            accumulate(s.avgHrBpm(), seconds / 60, max, rest, banister, minutes);
        }
        double edwards = 0;
        for (int z = 1; z <= 5; z++) edwards += z * minutes[z];
        double total = 0;
        for (double b : banister) total += b;
        return new ActivityLoad(max, rest, rest == null ? null : total, banister, edwards, minutes);
    }

    /** Whether the samples span at least half of the activity (a few stray samples do not describe it). */
    private static boolean covers(List<HeartRateDataSample> samples, Double seconds) {
        OffsetDateTime first = History.time(samples.get(0).timestamp());
        OffsetDateTime last = History.time(samples.get(samples.size() - 1).timestamp());
        if (first == null || last == null) return false;
        return seconds == null || last.toEpochSecond() - first.toEpochSecond() >= seconds / 2;
    }

    /**
     * An activity read without its samples (a stored summary) keeps the TRIMP it was scored with: its stored {@code
     * trimp_score}, when written by the current formula version.
     */
    private static ActivityLoad stored(Activity a, double max, Double rest) {
        var e = a.dataEnrichment();
        if (e == null || e.trimpScore() == null || e.trimpContributors() == null) return null;
        Double v = e.trimpContributors().get(Score.VERSION_KEY);
        if (v == null || v.intValue() != Score.TRIMP_SCORE.version()) return null;
        return new ActivityLoad(max, rest, e.trimpScore(), new double[6], 0, new double[6]);
    }

    private static void accumulate(
            double bpm, double minutes, double max, Double rest, double[] banister, double[] byZone) {
        int z = zone(bpm, max);
        byZone[z] += minutes;
        if (rest != null) {
            double x = Maths.clamp01((bpm - rest) / (max - rest));
            banister[z] += minutes * x * BANISTER_A * Math.exp(BANISTER_B * x);
        }
    }

    /** Edwards' zone of a heart rate: 1 for 50–60 % of maximum … 5 for 90 % and above; 0 below 50 %. */
    static int zone(double bpm, double max) {
        double pct = bpm / max;
        if (pct < 0.5) return 0;
        return (int) Math.min(5, Math.floor((pct - 0.5) / 0.1 + 1e-9) + 1);
    }

    /**
     * The user's maximum heart rate: the activity's {@code user_max_hr_bpm}, else the highest {@code max_hr_bpm} of
     * their activities in the {@value History#LOOKBACK_DAYS} days up to this one (an observed maximum).
     */
    static Double maxHr(Activity a, History h, LocalDate d) {
        HeartRateDataSummary s = Inputs.hr(a);
        if (s != null && Maths.positive(s.userMaxHrBpm())) return s.userMaxHrBpm();
        Double best = null;
        for (Activity x : h.activities(d.minusDays(History.LOOKBACK_DAYS - 1), d)) {
            HeartRateDataSummary xs = Inputs.hr(x);
            if (xs != null && Maths.positive(xs.maxHrBpm()) && (best == null || xs.maxHrBpm() > best))
                best = xs.maxHrBpm();
        }
        if (s != null && Maths.positive(s.maxHrBpm()) && (best == null || s.maxHrBpm() > best)) best = s.maxHrBpm();
        return best;
    }
}
