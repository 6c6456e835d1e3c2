package io.tributary.scores;

import static io.tributary.scores.Records.DAY;
import static io.tributary.scores.Records.night;
import static io.tributary.scores.Records.stages;
import static io.tributary.scores.Records.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.tributary.model.Sleep;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.SleepMetadata;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SleepScoresTest {

    /** 6 h asleep, 45 min deep, 72 min REM, 80 % efficiency. */
    private static Sleep sixHourNight() {
        return night(DAY)
                .sleepDurationsData(stages(21600.0, 2700.0, 14580.0, 4320.0, 80.0))
                .build();
    }

    @Test
    void sleepScoreFromDurationEfficiencyAndStages() {
        // duration   40 × (6 − 4) / 3        = 26.667
        // efficiency 25 × (80 − 65) / 20     = 18.75
        // deep       20 × 45 / 90            = 10
        // REM        15 × 72 / 90            = 12
        // total                              = 67.417 → 67.4
        Sleep s = enrich(sixHourNight(), List.of());
        assertThat(s.dataEnrichment().sleepScore()).isEqualTo(67.4);
        assertThat(s.dataEnrichment().sleepContributors())
                .containsEntry("duration", 26.67)
                .containsEntry("efficiency", 18.75)
                .containsEntry("deep_sleep", 10.0)
                .containsEntry("rem_sleep", 12.0)
                .containsEntry(Score.VERSION_KEY, 1.0);
    }

    @Test
    void moreDeepSleepAtEqualEverythingElseNeverLowersTheSleepScores() {
        List<Sleep> history = baselineNights(50, 55);
        double previous = -1, previousV2 = -1;
        for (int deepMin = 0; deepMin <= 180; deepMin += 15) {
            double deep = deepMin * 60;
            // the deep minutes come on top: asleep grows with them, light and REM stay
            Sleep s = night(DAY)
                    .sleepDurationsData(stages(18000 + deep, deep, 14400.0, 3600.0, null))
                    .heartRateData(Records.hr(HeartRateDataSummary.builder()
                            .avgHrvRmssd(48.0)
                            .restingHrBpm(56.0)
                            .build()))
                    .build();
            Sleep e = enrich(s, history);
            assertThat(e.dataEnrichment().sleepScore()).isGreaterThanOrEqualTo(previous);
            assertThat(e.dataEnrichment().sleepScoreV2()).isGreaterThanOrEqualTo(previousV2);
            previous = e.dataEnrichment().sleepScore();
            previousV2 = e.dataEnrichment().sleepScoreV2();
        }
        assertThat(previous)
                .isGreaterThan(enrich(
                                night(DAY)
                                        .sleepDurationsData(stages(18000.0, 0.0, 14400.0, 3600.0, null))
                                        .build(),
                                List.of())
                        .dataEnrichment()
                        .sleepScore());
    }

    @Test
    void sleepScoreV2AddsTimingRegularityAndHrvAgainstTheBaseline() {
        // 14 nights 23:00 → 07:00 (midpoint 03:00 = 180 min), HRV 50; tonight 23:30 → 07:30 (midpoint 210 min), HRV 45
        // duration   28 × 2/3          = 18.667
        // efficiency 17.5 × 0.75       = 13.125
        // deep       14 × 0.5          = 7
        // REM        10.5 × 0.8        = 8.4
        // timing     15 × (1 − 30/90)  = 10
        // HRV        15 × (0.9 − 0.7)/0.3 = 10
        // total                        = 67.19 → 67.2
        Sleep tonight = sixHourNight().toBuilder()
                .metadata(SleepMetadata.builder()
                        .summaryId("tonight")
                        .startTime(t(DAY.minusDays(1), 23, 30))
                        .endTime(t(DAY, 7, 30))
                        .build())
                .heartRateData(Records.hr(
                        HeartRateDataSummary.builder().avgHrvRmssd(45.0).build()))
                .build();
        Sleep e = enrich(tonight, baselineNights(50, 55));
        assertThat(e.dataEnrichment().sleepScoreV2()).isEqualTo(67.2);
        assertThat(e.dataEnrichment().sleepScoreV2Contributors())
                .containsEntry("timing_regularity", 10.0)
                .containsEntry("hrv_vs_baseline", 10.0)
                .containsEntry(Score.VERSION_KEY, 1.0);
    }

    @Test
    void readinessFromOvernightHrvAndRestingHrAgainstTheBaseline() {
        // baseline: median HRV 50 ms, median resting HR 55 bpm over the 14 nights before
        // HRV 50 → 0.75 × 60 = 45; resting HR 57 → (0.75 − 2/8) × 40 = 20; total 65
        assertThat(readiness(50, 57)).isEqualTo(65.0);
        // HRV 55 → (0.75 + 1.5 ln 1.1) × 60 = 53.578; resting HR 54 → (0.75 + 1/8) × 40 = 35; total 88.578 → 88.6
        assertThat(readiness(55, 54)).isEqualTo(88.6);
    }

    @Test
    void higherRestingHrAgainstTheBaselineLowersReadiness() {
        double previous = Double.MAX_VALUE;
        for (int rhr = 50; rhr <= 62; rhr++) {
            double r = readiness(50, rhr);
            if (rhr >= 54 && rhr <= 61) assertThat(r).isLessThan(previous); // inside the scale's range: strictly
            else assertThat(r).isLessThanOrEqualTo(previous);
            previous = r;
        }
    }

    @Test
    void personalScoresAreNullWithFewerThanFourNightsOfHistory() {
        List<Sleep> three = baselineNights(50, 55).subList(0, 3);
        Sleep tonight = night(DAY, 50, 57).toBuilder()
                .respirationData(Records.breathing(15))
                .sleepDurationsData(stages(21600.0, 2700.0, 14580.0, 4320.0, 80.0))
                .build();
        Sleep e = enrich(tonight, three);
        assertThat(e.dataEnrichment().readinessScore()).isNull();
        assertThat(e.dataEnrichment().readinessContributors()).isNull();
        assertThat(e.dataEnrichment().sleepScoreV2()).isNull();
        assertThat(e.dataEnrichment().respiratoryScoreV2()).isNull();
        assertThat(e.dataEnrichment().sleepScore()).isEqualTo(67.4); // needs no history
        // a fourth night makes the baseline
        Sleep four = enrich(tonight, baselineNights(50, 55).subList(0, 4));
        assertThat(four.dataEnrichment().readinessScore()).isEqualTo(65.0);
    }

    @Test
    void respiratoryScoreV2FromBreathingRateAgainstItsBaseline() {
        List<Sleep> history = new ArrayList<>();
        for (int i = 1; i <= 14; i++)
            history.add(night(DAY.minusDays(i))
                    .respirationData(Records.breathing(14))
                    .build());
        // 1 breath/min above the baseline of 14: 60 × (1 − 1/3) = 40 of 60 possible → 66.7
        Sleep e = enrich(night(DAY).respirationData(Records.breathing(15)).build(), history);
        assertThat(e.dataEnrichment().respiratoryScoreV2()).isCloseTo(66.7, within(1e-9));
    }

    @Test
    void aNapGetsASleepScoreButNoNightScores() {
        List<Sleep> history = baselineNights(50, 55);
        Sleep nap = Sleep.builder()
                .metadata(SleepMetadata.builder()
                        .summaryId("nap")
                        .startTime(t(DAY, 13, 0))
                        .endTime(t(DAY, 13, 40))
                        .isNap(true)
                        .build())
                .sleepDurationsData(stages(2400.0, null, null, null, null))
                .heartRateData(Records.hr(HeartRateDataSummary.builder()
                        .avgHrvRmssd(50.0)
                        .restingHrBpm(55.0)
                        .build()))
                .build();
        Sleep e = enrich(nap, history);
        assertThat(e.dataEnrichment().sleepScore()).isEqualTo(0.0); // 40 minutes is below the 4 h floor
        assertThat(e.dataEnrichment().readinessScore()).isNull();
    }

    static List<Sleep> baselineNights(double hrv, double rhr) {
        List<Sleep> out = new ArrayList<>();
        // alternate around the medians so the median is exactly hrv / rhr
        for (int i = 1; i <= 14; i++) {
            double dh = i % 2 == 0 ? 5 : -5, dr = i % 2 == 0 ? 2 : -2;
            out.add(night(DAY.minusDays(i), hrv + dh, rhr + dr));
        }
        return out;
    }

    private static double readiness(double hrv, double rhr) {
        return enrich(night(DAY, hrv, rhr), baselineNights(50, 55))
                .dataEnrichment()
                .readinessScore();
    }

    static Sleep enrich(Sleep s, List<Sleep> history) {
        List<io.tributary.model.TerraDataModel> all = new ArrayList<>(history);
        all.add(s);
        return HealthScores.enrich(s, History.of(all), HealthScores.ALL);
    }
}
