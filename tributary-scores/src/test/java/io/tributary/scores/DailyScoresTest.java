package io.tributary.scores;

import static io.tributary.scores.Records.DAY;
import static io.tributary.scores.Records.daily;
import static io.tributary.scores.Records.dailyMinutes;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.model.Daily;
import io.tributary.model.TerraDataModel;
import io.tributary.model.nested.HeartRateDataSummary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyScoresTest {

    @Test
    void stressFromTheSourcesStressData() {
        // level 40 → 50 × 0.40 = 20; time under stress (1800 high + 0.5 × 1800 medium) / 10800 measured = 0.25 → 12.5
        Daily d = daily(DAY)
                .stressData(Records.stress(40.0, 3600, 3600, 1800, 1800))
                .build();
        Daily e = enrich(d, List.of());
        assertThat(e.dataEnrichment().totalStressScore()).isEqualTo(32.5);
        assertThat(e.dataEnrichment().stressContributors())
                .containsEntry("stress_level", 20.0)
                .containsEntry("time_under_stress", 12.5)
                .containsEntry(Score.VERSION_KEY, 1.0);
        assertThat(enrich(daily(DAY).build(), List.of()).dataEnrichment()).isNull();
    }

    @Test
    void stressV2FromRestingHrAndHrvAgainstTheBaseline() {
        // baseline resting HR 55, HRV 50; today 58 and 45; no stress level, so the two weights of 40 make 100 %
        // resting HR: 0.5 + 3/10 = 0.8 → 100 × 40 × 0.8 / 80 = 40
        // HRV: 0.5 − 2 ln(0.9) = 0.71072 → 35.536; total 75.536 → 75.5
        Daily e = enrich(daily(DAY, 58.0, 45.0), baselineDays(55, 50, 14));
        assertThat(e.dataEnrichment().totalStressScoreV2()).isEqualTo(75.5);
        assertThat(e.dataEnrichment().totalStressScoreV2Contributors())
                .containsEntry("resting_hr_vs_baseline", 40.0)
                .containsEntry("hrv_vs_baseline", 35.54);
        Daily thin = enrich(daily(DAY, 58.0, 45.0), baselineDays(55, 50, 3));
        assertThat(thin.dataEnrichment() == null ? null : thin.dataEnrichment().totalStressScoreV2())
                .isNull();
    }

    @Test
    void respiratoryFromTheNightsBreathingAndTheDaysSpo2() {
        // breathing 15 against 14: 60 × (1 − 1/3) = 40; SpO2 93 %: 40 × (93 − 90)/6 = 20; total 60
        List<TerraDataModel> history = new ArrayList<>();
        for (int i = 1; i <= 14; i++)
            history.add(Records.night(DAY.minusDays(i))
                    .respirationData(Records.breathing(14))
                    .build());
        history.add(Records.night(DAY).respirationData(Records.breathing(15)).build());
        Daily e = enrich(daily(DAY).oxygenData(Records.spo2(93)).build(), history);
        assertThat(e.dataEnrichment().respiratoryScore()).isEqualTo(60.0);
        assertThat(e.dataEnrichment().respiratoryContributors())
                .containsEntry("breathing_rate_vs_baseline", 40.0)
                .containsEntry("oxygen_saturation", 20.0);
    }

    @Test
    void immuneIndexCountsTheWarningSignsNotRaised() {
        // baselines: resting HR 55, HRV 50, breathing 14, skin 33.0 °C, SpO2 97 %
        // today: resting HR 59 (+4: raised), HRV 48 (96 %: not), breathing 14.5 (+0.5: not), skin 33.6 (+0.6: raised),
        // SpO2 96 (−1: not) → 2 of 5 raised → 5 × (1 − 2/5) = 3
        List<TerraDataModel> history = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            var d = DAY.minusDays(i);
            history.add(Records.night(d, 50, 55).toBuilder()
                    .respirationData(Records.breathing(14))
                    .build());
            history.add(Records.skin(d, 33.0));
            history.add(daily(d).oxygenData(Records.spo2(97)).build());
        }
        history.add(Records.night(DAY, 48, 59).toBuilder()
                .respirationData(Records.breathing(14.5))
                .build());
        history.add(Records.skin(DAY, 33.6));
        Daily e = enrich(daily(DAY).oxygenData(Records.spo2(96)).build(), history);
        assertThat(e.dataEnrichment().immuneIndex()).isEqualTo(3);
        assertThat(e.dataEnrichment().immuneContributors())
                .containsEntry("resting_hr", -1.0)
                .containsEntry("hrv", 0.0)
                .containsEntry("breathing_rate", 0.0)
                .containsEntry("skin_temperature", -1.0)
                .containsEntry("oxygen_saturation", 0.0)
                .containsEntry(Score.VERSION_KEY, 1.0);
        // too little history: no baseline, no index
        Daily thin = enrich(daily(DAY).oxygenData(Records.spo2(96)).build(), List.of());
        assertThat(thin.dataEnrichment() == null ? null : thin.dataEnrichment().immuneIndex())
                .isNull();
    }

    @Test
    void resilienceFromTheHrvTrendAndItsStability() {
        // HRV 50 every day: 7-day mean at baseline → 0.75 × 50 = 37.5; CV 0 → full stability 30; no load data
        // → 100 × 67.5 / 80 = 84.375 → 84
        Daily e = enrich(daily(DAY, 55.0, 50.0), baselineDays(55, 50, 20));
        assertThat(e.dataEnrichment().resilienceScore()).isEqualTo(84);
        assertThat(e.dataEnrichment().resilienceContributors())
                .containsEntry("hrv_trend", 46.88)
                .containsEntry("hrv_stability", 37.5);
    }

    @Test
    void strainIndexAndTrafficLightFromTrainingLoad() {
        // 30 min low, 20 moderate, 10 vigorous: 30 × 0.84 + 20 × 1.72 + 10 × 2.78 = 87.4
        // strain = 100 × (1 − e^(−87.4/150)) = 44.159 → 44.2; the same load for 27 days before: ACWR 1 → GREEN
        List<TerraDataModel> history = new ArrayList<>();
        for (int i = 1; i <= 27; i++) history.add(dailyMinutes(DAY.minusDays(i), 30, 20, 10));
        Daily e = enrich(dailyMinutes(DAY, 30, 20, 10), history);
        assertThat(e.dataEnrichment().strainIndex()).isEqualTo(44.2);
        assertThat(e.dataEnrichment().strainTrafficLight()).isEqualTo("GREEN");
        assertThat(e.dataEnrichment().strainContributors())
                .containsEntry("training_load", 87.4)
                .containsEntry("acwr", 1.0);

        // 21 easy days (load 8.4: 10 low minutes) then a hard week (load 87.4 a day):
        // acute 87.4; chronic (21 × 8.4 + 7 × 87.4) / 28 = 28.15; ACWR 3.1 → RED
        List<TerraDataModel> spike = new ArrayList<>();
        for (int i = 7; i <= 27; i++) spike.add(dailyMinutes(DAY.minusDays(i), 10, 0, 0));
        for (int i = 1; i <= 6; i++) spike.add(dailyMinutes(DAY.minusDays(i), 30, 20, 10));
        assertThat(enrich(dailyMinutes(DAY, 30, 20, 10), spike).dataEnrichment().strainTrafficLight())
                .isEqualTo("RED");

        // three days before are too few for a traffic light; the index itself needs no history
        Daily few = enrich(dailyMinutes(DAY, 30, 20, 10), history.subList(0, 3));
        assertThat(few.dataEnrichment().strainIndex()).isEqualTo(44.2);
        assertThat(few.dataEnrichment().strainTrafficLight()).isNull();
    }

    @Test
    void higherTrainingLoadRaisesTheStrainIndex() {
        double previous = -1;
        for (int vigorous = 0; vigorous <= 120; vigorous += 10) {
            double s = enrich(dailyMinutes(DAY, 30, 20, vigorous), List.of())
                    .dataEnrichment()
                    .strainIndex();
            assertThat(s).isGreaterThan(previous);
            previous = s;
        }
        // an activity's TRIMP counts when it is above the day's minutes
        Daily withRun = enrich(
                dailyMinutes(DAY, 30, 20, 10),
                List.of(Records.workout(DAY, "run", 90, 160, 50, 190).build()));
        assertThat(withRun.dataEnrichment().strainIndex()).isGreaterThan(44.2);
    }

    static List<TerraDataModel> baselineDays(double rhr, double hrv, int days) {
        List<TerraDataModel> out = new ArrayList<>();
        for (int i = 1; i <= days; i++)
            out.add(daily(DAY.minusDays(i))
                    .heartRateData(Records.hr(HeartRateDataSummary.builder()
                            .restingHrBpm(rhr)
                            .avgHrvRmssd(hrv)
                            .build()))
                    .build());
        return out;
    }

    static Daily enrich(Daily d, List<? extends TerraDataModel> history) {
        List<TerraDataModel> all = new ArrayList<>(history);
        all.add(d);
        return HealthScores.enrich(d, History.of(all), HealthScores.ALL);
    }
}
