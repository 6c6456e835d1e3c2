package io.tributary.scores;

import io.tributary.model.Activity;
import io.tributary.model.Daily;
import io.tributary.model.Sleep;
import io.tributary.model.TerraDataModel;
import io.tributary.model.nested.DailyDataEnrichment;
import io.tributary.model.nested.DataEnrichment;
import io.tributary.model.nested.SleepDataEnrichment;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes our scores into a record's {@code data_enrichment} (docs/scores.md). Only the enabled scores are written —
 * each as its value or null when its inputs or history are too thin — and everything else of the record stays as
 * it came: the provider's own {@code scores}, any enrichment field we do not compute, and any score field the source
 * filled itself ({@link #ours}). Records of other
 * types are returned unchanged.
 */
public final class HealthScores {
    private HealthScores() {}

    public static final Set<Score> ALL = java.util.Collections.unmodifiableSet(EnumSet.allOf(Score.class));

    /** {@code m} with the enabled scores computed against {@code history} (which should contain {@code m}). */
    @SuppressWarnings("unchecked")
    public static <T extends TerraDataModel> T enrich(T m, History history, Set<Score> enabled) {
        LocalDate d = History.dateOf(m);
        if (d == null || enabled.isEmpty()) return m;
        TerraDataModel out = m;
        if (m instanceof Daily x) out = daily(x, history, d, enabled);
        else if (m instanceof Sleep x) out = sleep(x, history, d, enabled);
        else if (m instanceof Activity x) out = activity(x, history, d, enabled);
        return (T) out;
    }

    static Daily daily(Daily x, History h, LocalDate d, Set<Score> on) {
        if (!any(
                on,
                Score.TOTAL_STRESS_SCORE,
                Score.TOTAL_STRESS_SCORE_V2,
                Score.RESPIRATORY_SCORE,
                Score.IMMUNE_INDEX,
                Score.RESILIENCE_SCORE,
                Score.STRAIN_INDEX)) return x;
        DailyDataEnrichment e =
                x.dataEnrichment() == null ? DailyDataEnrichment.builder().build() : x.dataEnrichment();
        DailyDataEnrichment.Builder b = e.toBuilder();
        if (on.contains(Score.TOTAL_STRESS_SCORE) && ours(e.totalStressScore(), e.stressContributors())) {
            ScoreResult r = DailyFormulas.stress(x);
            b.totalStressScore(value(r)).stressContributors(contributors(r));
        }
        if (on.contains(Score.TOTAL_STRESS_SCORE_V2)
                && ours(e.totalStressScoreV2(), e.totalStressScoreV2Contributors())) {
            ScoreResult r = DailyFormulas.stressV2(x, h, d);
            b.totalStressScoreV2(value(r)).totalStressScoreV2Contributors(contributors(r));
        }
        if (on.contains(Score.RESPIRATORY_SCORE) && ours(e.respiratoryScore(), e.respiratoryContributors())) {
            ScoreResult r = DailyFormulas.respiratory(h, d);
            b.respiratoryScore(value(r)).respiratoryContributors(contributors(r));
        }
        if (on.contains(Score.IMMUNE_INDEX) && ours(e.immuneIndex(), e.immuneContributors())) {
            ScoreResult r = DailyFormulas.immune(h, d);
            b.immuneIndex(r == null ? null : (int) r.value()).immuneContributors(contributors(r));
        }
        if (on.contains(Score.RESILIENCE_SCORE) && ours(e.resilienceScore(), e.resilienceContributors())) {
            ScoreResult r = DailyFormulas.resilience(h, d);
            b.resilienceScore(r == null ? null : (int) r.value()).resilienceContributors(contributors(r));
        }
        if (on.contains(Score.STRAIN_INDEX) && ours(e.strainIndex(), e.strainContributors())) {
            Strain.Index r = Strain.index(h, d);
            b.strainIndex(r == null ? null : r.result().value())
                    .strainTrafficLight(r == null ? null : r.trafficLight())
                    .strainContributors(r == null ? null : r.result().contributors());
        }
        return x.toBuilder().dataEnrichment(nullIfEmpty(b.build())).build();
    }

    static Sleep sleep(Sleep x, History h, LocalDate d, Set<Score> on) {
        if (!any(on, Score.SLEEP_SCORE, Score.SLEEP_SCORE_V2, Score.READINESS_SCORE, Score.RESPIRATORY_SCORE_V2))
            return x;
        // the personal scores describe the night: a nap or a shorter second sleep of the day gets only sleep_score
        Sleep main = h.mainSleep(d);
        boolean night = main == x || x.equals(main);
        SleepDataEnrichment e =
                x.dataEnrichment() == null ? SleepDataEnrichment.builder().build() : x.dataEnrichment();
        SleepDataEnrichment.Builder b = e.toBuilder();
        if (on.contains(Score.SLEEP_SCORE) && ours(e.sleepScore(), e.sleepContributors())) {
            ScoreResult r = SleepFormulas.sleepScore(x);
            b.sleepScore(value(r)).sleepContributors(contributors(r));
        }
        if (on.contains(Score.SLEEP_SCORE_V2) && ours(e.sleepScoreV2(), e.sleepScoreV2Contributors())) {
            ScoreResult r = night ? SleepFormulas.sleepScoreV2(x, h, d) : null;
            b.sleepScoreV2(value(r)).sleepScoreV2Contributors(contributors(r));
        }
        if (on.contains(Score.READINESS_SCORE) && ours(e.readinessScore(), e.readinessContributors())) {
            ScoreResult r = night ? SleepFormulas.readiness(h, d) : null;
            b.readinessScore(value(r)).readinessContributors(contributors(r));
        }
        if (on.contains(Score.RESPIRATORY_SCORE_V2)
                && ours(e.respiratoryScoreV2(), e.respiratoryScoreV2Contributors())) {
            ScoreResult r = night ? SleepFormulas.respiratoryV2(h, d) : null;
            b.respiratoryScoreV2(value(r)).respiratoryScoreV2Contributors(contributors(r));
        }
        return x.toBuilder().dataEnrichment(nullIfEmpty(b.build())).build();
    }

    static Activity activity(Activity x, History h, LocalDate d, Set<Score> on) {
        if (!any(on, Score.EFFICIENCY_SCORE, Score.STRAIN_SCORE, Score.RCRS_SCORE, Score.TRIMP_SCORE)) return x;
        DataEnrichment e = x.dataEnrichment() == null ? DataEnrichment.builder().build() : x.dataEnrichment();
        DataEnrichment.Builder b = e.toBuilder();
        if (on.contains(Score.EFFICIENCY_SCORE) && ours(e.efficiencyScore(), e.efficiencyContributors())) {
            ScoreResult r = ActivityFormulas.efficiency(x, h, d);
            b.efficiencyScore(value(r)).efficiencyContributors(contributors(r));
        }
        if (on.contains(Score.STRAIN_SCORE) && ours(e.strainScore(), e.strainContributors())) {
            ScoreResult r = ActivityFormulas.strain(x, h, d);
            b.strainScore(value(r)).strainContributors(contributors(r));
        }
        if (on.contains(Score.RCRS_SCORE) && ours(e.rcrsScore(), e.rcrsContributors())) {
            ScoreResult r = ActivityFormulas.rcrs(x, h, d);
            b.rcrsScore(value(r)).rcrsContributors(contributors(r));
        }
        if (on.contains(Score.TRIMP_SCORE) && ours(e.trimpScore(), e.trimpContributors())) {
            ScoreResult r = ActivityFormulas.trimp(x, h, d);
            b.trimpScore(value(r)).trimpContributors(contributors(r));
        }
        return x.toBuilder().dataEnrichment(nullIfEmpty(b.build())).build();
    }

    /**
     * Whether a score field is ours to (re)write: empty, or written by us (its contributors carry {@link
     * Score#VERSION_KEY}). A value the source sent (Oura's readiness, a FIT file's sleep score) is theirs and stays.
     */
    static boolean ours(Number value, Map<String, Double> contributors) {
        return value == null || contributors != null && contributors.containsKey(Score.VERSION_KEY);
    }

    private static boolean any(Set<Score> on, Score... scores) {
        for (Score s : scores) if (on.contains(s)) return true;
        return false;
    }

    private static Double value(ScoreResult r) {
        return r == null ? null : r.value();
    }

    private static Map<String, Double> contributors(ScoreResult r) {
        return r == null ? null : r.contributors();
    }

    /** An enrichment object with nothing in it is left out of the payload, as the source would have sent it. */
    private static <E> E nullIfEmpty(E e) {
        return e.equals(emptyOf(e)) ? null : e;
    }

    private static Object emptyOf(Object e) {
        if (e instanceof DailyDataEnrichment)
            return DailyDataEnrichment.builder().build();
        if (e instanceof SleepDataEnrichment)
            return SleepDataEnrichment.builder().build();
        return DataEnrichment.builder().build();
    }
}
