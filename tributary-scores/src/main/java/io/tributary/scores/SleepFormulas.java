package io.tributary.scores;

import io.tributary.model.Sleep;
import java.time.LocalDate;

/** Sleep {@code data_enrichment}: sleep score (v1, v2), readiness, respiratory score v2 (docs/scores.md). */
final class SleepFormulas {
    private SleepFormulas() {}

    /** Duration: 0 at 4 h asleep, full at 7 h (the lower end of the 7–9 h adults need; Hirshkowitz et al. 2015). */
    static Double durationSub(Sleep s) {
        Double asleep = Inputs.asleepSeconds(s);
        return asleep == null ? null : Maths.clamp01((asleep / 3600 - 4) / 3);
    }

    /** Efficiency: 0 at 65 %, full at 85 % (≥ 85 % is good sleep quality; Ohayon et al. 2017). */
    static Double efficiencySub(Sleep s) {
        Double e = Inputs.efficiency(s);
        return e == null ? null : Maths.clamp01((e - 65) / 20);
    }

    /** Deep and REM: full at 90 minutes each (about 20 % of a 7.5 h night); absolute minutes keep it monotonic. */
    static Double stageSub(Double seconds) {
        return seconds == null ? null : Maths.clamp01(seconds / 60 / 90);
    }

    static ScoreResult sleepScore(Sleep s) {
        return new Weighted()
                .require("duration", 40, durationSub(s))
                .add("efficiency", 25, efficiencySub(s))
                .add("deep_sleep", 20, stageSub(Inputs.deepSeconds(s)))
                .add("rem_sleep", 15, stageSub(Inputs.remSeconds(s)))
                .result(Score.SLEEP_SCORE);
    }

    /** v1's components at 70 % of their weight, plus timing regularity and HRV against the personal baseline. */
    static ScoreResult sleepScoreV2(Sleep s, History h, LocalDate d) {
        Double mid = h.signal(Signal.SLEEP_MIDPOINT, d);
        Double midBase = h.baseline(Signal.SLEEP_MIDPOINT, d);
        // timing regularity after the Sleep Regularity Index idea (Phillips et al. 2017): 0 at 90 min off the usual
        Double timing = mid == null || midBase == null ? null : Maths.clamp01(1 - Math.abs(mid - midBase) / 90);
        Double hrv = h.signal(Signal.NIGHT_HRV, d);
        Double hrvBase = h.baseline(Signal.NIGHT_HRV, d);
        Double hrvSub = hrv == null || hrvBase == null ? null : Maths.clamp01((hrv / hrvBase - 0.7) / 0.3);
        return new Weighted()
                .require("duration", 28, durationSub(s))
                .add("efficiency", 17.5, efficiencySub(s))
                .add("deep_sleep", 14, stageSub(Inputs.deepSeconds(s)))
                .add("rem_sleep", 10.5, stageSub(Inputs.remSeconds(s)))
                .require("timing_regularity", 15, timing)
                .add("hrv_vs_baseline", 15, hrvSub)
                .result(Score.SLEEP_SCORE_V2);
    }

    /**
     * Readiness (recovery): overnight lnRMSSD against its baseline (Plews et al. 2012) and resting heart rate against
     * its baseline; 75 when both are at baseline.
     */
    static ScoreResult readiness(History h, LocalDate d) {
        return new Weighted()
                .add("hrv_vs_baseline", 60, hrvSub(h.signal(Signal.NIGHT_HRV, d), h.baseline(Signal.NIGHT_HRV, d)))
                .add(
                        "resting_hr_vs_baseline",
                        40,
                        restingHrSub(h.signal(Signal.NIGHT_RESTING_HR, d), h.baseline(Signal.NIGHT_RESTING_HR, d)))
                .result(Score.READINESS_SCORE);
    }

    /** 0.75 at baseline; +0.167 in ln (18 % above) is full, −0.5 in ln (39 % below) is 0. */
    static Double hrvSub(Double hrv, Double base) {
        return hrv == null || base == null ? null : Maths.clamp01(0.75 + 1.5 * Math.log(hrv / base));
    }

    /** 0.75 at baseline; each bpm above it costs 1/8, 2 bpm below is full. */
    static Double restingHrSub(Double rhr, Double base) {
        return rhr == null || base == null ? null : Maths.clamp01(0.75 - (rhr - base) / 8);
    }

    static ScoreResult respiratoryV2(History h, LocalDate d) {
        return respiratory(
                Score.RESPIRATORY_SCORE_V2,
                h.signal(Signal.NIGHT_BREATHING_RATE, d),
                h.baseline(Signal.NIGHT_BREATHING_RATE, d),
                h.signal(Signal.NIGHT_SPO2, d));
    }

    /**
     * Respiratory: breathing rate close to its baseline (a rise of 1–2 breaths/min precedes illness; Natarajan et
     * al. 2020; 0 at 3 off) and SpO2 (full at 96 %, 0 at 90 %). Breathing needs its baseline; SpO2 is absolute.
     */
    static ScoreResult respiratory(Score score, Double breathing, Double breathingBase, Double spo2) {
        Double br = breathing == null || breathingBase == null
                ? null
                : Maths.clamp01(1 - Math.abs(breathing - breathingBase) / 3);
        return new Weighted()
                .require("breathing_rate_vs_baseline", 60, br)
                .add("oxygen_saturation", 40, spo2 == null ? null : Maths.clamp01((spo2 - 90) / 6))
                .result(score);
    }
}
