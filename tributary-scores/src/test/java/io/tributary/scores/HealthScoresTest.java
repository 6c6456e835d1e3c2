package io.tributary.scores;

import static io.tributary.scores.Records.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.model.Daily;
import io.tributary.model.Sleep;
import io.tributary.model.TerraDataModel;
import io.tributary.model.nested.DailyDataEnrichment;
import io.tributary.model.nested.ScoresData;
import io.tributary.model.nested.SleepScores;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthScoresTest {

    @Test
    void providerScoresAreKeptExactlyAsSent() {
        SleepScores oura =
                SleepScores.builder().sleep(91.0).putExtra("vendor_field", "x").build();
        Sleep s = Records.night(DAY, 50, 57).toBuilder()
                .scores(oura)
                .sleepDurationsData(Records.stages(21600.0, 2700.0, 14580.0, 4320.0, 80.0))
                .build();
        Sleep e = SleepScoresTest.enrich(s, SleepScoresTest.baselineNights(50, 55));
        assertThat(e.scores()).isEqualTo(oura);
        assertThat(e.dataEnrichment().sleepScore()).isEqualTo(67.4);
        assertThat(e.dataEnrichment().readinessScore()).isEqualTo(65.0);

        ScoresData garmin = ScoresData.builder().recovery(33.0).sleep(80.0).build();
        Daily d = Records.daily(DAY)
                .scores(garmin)
                .stressData(Records.stress(40.0, 3600, 3600, 1800, 1800))
                .build();
        assertThat(DailyScoresTest.enrich(d, List.of()).scores()).isEqualTo(garmin);
    }

    @Test
    void disabledScoresLeaveTheirFieldsAsTheyCameAndUnknownFieldsStay() {
        DailyDataEnrichment incoming = DailyDataEnrichment.builder()
                .totalStressScore(12.0)
                .stressContributors(Map.of("theirs", 12.0))
                .putExtra("future_score", 7)
                .build();
        Daily d = Records.daily(DAY)
                .dataEnrichment(incoming)
                .stressData(Records.stress(40.0, 3600, 3600, 1800, 1800))
                .activeDurationsData(io.tributary.model.nested.ActiveDurationsData.builder()
                        .lowIntensitySeconds(1800.0)
                        .build())
                .build();
        Daily e = HealthScores.enrich(d, History.of(List.of(d)), EnumSet.of(Score.STRAIN_INDEX));
        assertThat(e.dataEnrichment().totalStressScore()).isEqualTo(12.0);
        assertThat(e.dataEnrichment().stressContributors()).isEqualTo(Map.of("theirs", 12.0));
        assertThat(e.dataEnrichment().extra()).containsEntry("future_score", 7);
        // 30 low minutes: load 25.2, strain 100 × (1 − e^(−25.2/150)) = 15.46 → 15.5
        assertThat(e.dataEnrichment().strainIndex()).isEqualTo(15.5);

        Daily none = HealthScores.enrich(d, History.of(List.of(d)), EnumSet.noneOf(Score.class));
        assertThat(none).isSameAs(d);
        Daily stress = HealthScores.enrich(d, History.of(List.of(d)), EnumSet.of(Score.TOTAL_STRESS_SCORE));
        // enabled, the stress score is still the source's own (no tributary_version in its contributors)
        assertThat(stress.dataEnrichment().totalStressScore()).isEqualTo(12.0);
        Daily bare = d.toBuilder().dataEnrichment(null).build();
        assertThat(HealthScores.enrich(bare, History.of(List.of(bare)), EnumSet.of(Score.TOTAL_STRESS_SCORE))
                        .dataEnrichment()
                        .totalStressScore())
                .isEqualTo(32.5);
    }

    @Test
    void aScoreTheSourceFilledInIsNeverOverwrittenOursIsRecomputed() {
        // Oura's readiness arrives in data_enrichment (OuraSleepMapper), without our version marker
        Sleep oura = Records.night(DAY, 50, 57).toBuilder()
                .dataEnrichment(io.tributary.model.nested.SleepDataEnrichment.builder()
                        .readinessScore(88.0)
                        .readinessContributors(Map.of("hrv_balance", 80.0))
                        .build())
                .build();
        Sleep e = SleepScoresTest.enrich(oura, SleepScoresTest.baselineNights(50, 55));
        assertThat(e.dataEnrichment().readinessScore()).isEqualTo(88.0);
        assertThat(e.dataEnrichment().readinessContributors()).isEqualTo(Map.of("hrv_balance", 80.0));
        // a value we wrote earlier (it carries tributary_version) is recomputed
        Sleep ours = Records.night(DAY, 50, 57).toBuilder()
                .dataEnrichment(io.tributary.model.nested.SleepDataEnrichment.builder()
                        .readinessScore(12.0)
                        .readinessContributors(Map.of(Score.VERSION_KEY, 1.0))
                        .build())
                .build();
        assertThat(SleepScoresTest.enrich(ours, SleepScoresTest.baselineNights(50, 55))
                        .dataEnrichment()
                        .readinessScore())
                .isEqualTo(65.0);
    }

    @Test
    void everyComputedScoreCarriesItsFormulaVersion() {
        List<TerraDataModel> history = new ArrayList<>(SleepScoresTest.baselineNights(50, 55));
        Sleep s = Records.night(DAY, 50, 57).toBuilder()
                .sleepDurationsData(Records.stages(21600.0, 2700.0, 14580.0, 4320.0, 80.0))
                .build();
        history.add(s);
        Sleep e = HealthScores.enrich(s, History.of(history), HealthScores.ALL);
        assertThat(e.dataEnrichment().sleepContributors())
                .containsEntry(Score.VERSION_KEY, (double) Score.SLEEP_SCORE.version());
        assertThat(e.dataEnrichment().sleepScoreV2Contributors()).containsKey(Score.VERSION_KEY);
        assertThat(e.dataEnrichment().readinessContributors())
                .containsEntry(Score.VERSION_KEY, (double) Score.READINESS_SCORE.version());
        assertThat(Score.byField("rcrs_score")).contains(Score.RCRS_SCORE);
        assertThat(Score.values()).hasSize(14);
    }

    @Test
    void aNewerCopyOfARecordReplacesTheOlderInTheHistory() {
        List<TerraDataModel> records = new ArrayList<>(SleepScoresTest.baselineNights(50, 55));
        // a stale copy of the night four days ago with a very different HRV, then the corrected copy
        Sleep stale = Records.night(DAY.minusDays(4), 500, 55);
        records.add(0, stale);
        Sleep tonight = Records.night(DAY, 50, 57);
        records.add(tonight);
        assertThat(HealthScores.enrich(tonight, History.of(records), HealthScores.ALL)
                        .dataEnrichment()
                        .readinessScore())
                .isEqualTo(65.0);
    }

    @Test
    void sleepBelongsToTheDayItEndsAndDailyToTheDayItStarts() {
        assertThat(History.dateOf(Records.night(DAY).build())).isEqualTo(DAY);
        assertThat(History.dateOf(Records.daily(DAY).build())).isEqualTo(DAY);
        assertThat(History.dateOf(Sleep.builder().build())).isNull();
    }
}
