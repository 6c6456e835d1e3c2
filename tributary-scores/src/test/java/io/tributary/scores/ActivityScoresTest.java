package io.tributary.scores;

import static io.tributary.scores.Records.DAY;
import static io.tributary.scores.Records.workout;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.model.Activity;
import io.tributary.model.TerraDataModel;
import io.tributary.model.nested.MovementData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActivityScoresTest {

    @Test
    void trimpAfterBanisterFromTheSummary() {
        // 60 min at 150 bpm, resting 50, maximum 190: x = 100/140 = 0.714286
        // TRIMP = 60 × x × 0.64 × e^(1.92 x) = 60 × 0.714286 × 0.64 × 3.94193 = 108.095 → 108.1
        // 150/190 = 79 % of maximum: all of it in Edwards zone 3
        Activity a = enrich(workout(DAY, "run", 60, 150, 50, 190).build(), List.of());
        assertThat(a.dataEnrichment().trimpScore()).isEqualTo(108.1);
        assertThat(a.dataEnrichment().trimpContributors())
                .containsEntry("zone_3", 108.1)
                .containsEntry(Score.VERSION_KEY, 1.0)
                .hasSize(2);
    }

    @Test
    void trimpAndStrainFromHeartRateSamplesByZone() {
        // 20 min each at 120, 160 and 180 bpm (resting 50, maximum 190), minute by minute
        // Banister: 20 × 0.5 × 0.64 × e^0.96 = 16.715; x = 110/140: 45.461; x = 130/140: 70.682; sum 132.858 → 132.9
        // Edwards: 120/190 = 63 % (zone 2), 160/190 = 84 % (zone 4), 180/190 = 95 % (zone 5): 20·2 + 20·4 + 20·5 = 220
        // strain = 100 × (1 − e^(−220/300)) = 51.969 → 52.0; zone 2 gets 40/220 of it = 9.45
        Activity a = Records.withSamples(
                workout(DAY, "intervals", 60, 153, 50, 190).build(), new double[] {120, 160, 180}, new int[] {20, 20, 20
                });
        Activity e = enrich(a, List.of());
        assertThat(e.dataEnrichment().trimpScore()).isEqualTo(132.9);
        assertThat(e.dataEnrichment().trimpContributors())
                .containsEntry("zone_2", 16.71)
                .containsEntry("zone_4", 45.46)
                .containsEntry("zone_5", 70.68);
        assertThat(e.dataEnrichment().strainScore()).isEqualTo(52.0);
        assertThat(e.dataEnrichment().strainContributors()).containsEntry("zone_2", 9.45);
    }

    @Test
    void aFewStraySamplesDoNotStandForTheWholeActivity() {
        // two samples a minute apart in a 60-minute run: the summary (60 min at 150 bpm) is used, TRIMP 108.1
        Activity a =
                Records.withSamples(workout(DAY, "run", 60, 150, 50, 190).build(), new double[] {98}, new int[] {1});
        assertThat(enrich(a, List.of()).dataEnrichment().trimpScore()).isEqualTo(108.1);
    }

    @Test
    void strainAfterEdwardsFromTheSummary() {
        // 60 min in zone 3: Edwards 180; strain = 100 × (1 − e^(−0.6)) = 45.119 → 45.1
        Activity a = enrich(workout(DAY, "run", 60, 150, 50, 190).build(), List.of());
        assertThat(a.dataEnrichment().strainScore()).isEqualTo(45.1);
        assertThat(a.dataEnrichment().strainContributors()).containsEntry("zone_3", 45.12);
    }

    @Test
    void higherTrainingLoadRaisesStrainAndTrimp() {
        double prevStrain = -1, prevTrimp = -1;
        for (int minutes = 20; minutes <= 180; minutes += 20) {
            Activity a = enrich(workout(DAY, "run", minutes, 150, 50, 190).build(), List.of());
            assertThat(a.dataEnrichment().strainScore()).isGreaterThan(prevStrain);
            assertThat(a.dataEnrichment().trimpScore()).isGreaterThan(prevTrimp);
            prevStrain = a.dataEnrichment().strainScore();
            prevTrimp = a.dataEnrichment().trimpScore();
        }
        prevStrain = -1;
        for (int hr = 110; hr <= 185; hr += 15) {
            double s = enrich(workout(DAY, "run", 60, hr, 50, 190).build(), List.of())
                    .dataEnrichment()
                    .trimpScore();
            assertThat(s).isGreaterThan(prevStrain);
            prevStrain = s;
        }
    }

    @Test
    void efficiencyAgainstTheSameTypesBaseline() {
        // four earlier runs at 3.0 m/s and 150 bpm: EF = 180 m/min / 150 = 1.2
        // today 3.3 m/s at 150 bpm: EF 1.32; score = 75 + 150 × ln(1.1) = 89.297 → 89.3
        List<TerraDataModel> history = new ArrayList<>();
        for (int i = 1; i <= 4; i++) history.add(run(DAY.minusDays(i * 3), "r" + i, 3.0));
        Activity e = enrich(run(DAY, "today", 3.3), history);
        assertThat(e.dataEnrichment().efficiencyScore()).isEqualTo(89.3);
        assertThat(e.dataEnrichment().efficiencyContributors())
                .containsEntry("efficiency_factor", 1.32)
                .containsEntry("baseline_efficiency_factor", 1.2)
                .containsEntry(Score.VERSION_KEY, 1.0);
        // three earlier runs are too few
        assertThat(enrich(run(DAY, "today", 3.3), history.subList(0, 3))
                        .dataEnrichment()
                        .efficiencyScore())
                .isNull();
    }

    @Test
    void rcrsWeightsStrainByThatMorningsReadiness() {
        // readiness 65 (SleepScoresTest: HRV at baseline, resting HR +2) and strain 45.1 (60 min in zone 3):
        // RCRS = 45.1 × (1 + (75 − 65)/100) = 49.61 → 49.6
        List<TerraDataModel> history = new ArrayList<>(SleepScoresTest.baselineNights(50, 55));
        history.add(Records.night(DAY, 50, 57));
        Activity e = enrich(workout(DAY, "run", 60, 150, 50, 190).build(), history);
        assertThat(e.dataEnrichment().rcrsScore()).isEqualTo(49.6);
        assertThat(e.dataEnrichment().rcrsContributors())
                .containsEntry("strain", 45.1)
                .containsEntry("recovery_correction", 4.51)
                .containsEntry("readiness", 65.0);
        // without a readiness (no history) there is no RCRS
        assertThat(enrich(workout(DAY, "run", 60, 150, 50, 190).build(), List.of())
                        .dataEnrichment()
                        .rcrsScore())
                .isNull();
    }

    @Test
    void trimpUsesTheRestingHrBaselineWhenTheActivityHasNone() {
        List<TerraDataModel> history = new ArrayList<>();
        for (int i = 1; i <= 4; i++) history.add(Records.daily(DAY.minusDays(i), 50.0, null));
        Activity noRest = workout(DAY, "run", 60, 150, 50, 190).build();
        noRest = noRest.toBuilder()
                .heartRateData(Records.hr(noRest.heartRateData().summary().toBuilder()
                        .restingHrBpm(null)
                        .build()))
                .build();
        assertThat(enrich(noRest, history).dataEnrichment().trimpScore()).isEqualTo(108.1);
        assertThat(enrich(noRest, List.of()).dataEnrichment().trimpScore()).isNull();
    }

    private static Activity run(java.time.LocalDate d, String id, double speed) {
        return workout(d, id, 60, 150, 50, 190)
                .movementData(
                        MovementData.builder().avgSpeedMetersPerSecond(speed).build())
                .build();
    }

    static Activity enrich(Activity a, List<? extends TerraDataModel> history) {
        List<TerraDataModel> all = new ArrayList<>(history);
        all.add(a);
        return HealthScores.enrich(a, History.of(all), HealthScores.ALL);
    }
}
