package io.tributary.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.Connectors;
import io.tributary.model.Activity;
import io.tributary.model.Body;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import io.tributary.model.Menstruation;
import io.tributary.model.Nutrition;
import io.tributary.model.Sleep;
import io.tributary.model.TerraDataModel;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.SleepLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class SandboxGeneratorTest {
    private static final Instant NOW = Instant.parse("2026-11-25T14:07:00Z");
    private static final Instant START = NOW.minus(Duration.ofDays(30));
    private static final Pattern TS =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}[+-]\\d{2}:\\d{2}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void registeredAsAServiceWithAnOAuth2DescriptorOnByDefaultInTesting() {
        var c = Connectors.load().find("sandbox").orElseThrow();
        assertThat(c.descriptor().provider()).isEqualTo("SANDBOX");
        assertThat(c.descriptor().enabledByDefaultInTesting()).isTrue();
        assertThat(c.descriptor().oauth2().pkce()).isTrue();
        assertThat(c.descriptor().oauth2().authorizeUrl()).startsWith("/");
    }

    @Test
    void sameSeedSameDataDifferentSeedDifferentData() {
        String a = UUID.randomUUID().toString();
        for (DataType t : List.of(DataType.DAILY, DataType.SLEEP, DataType.ACTIVITY, DataType.BODY)) {
            String one = JSON.writeValueAsString(new SandboxGenerator(a).generate(t, START, NOW, NOW));
            String two = JSON.writeValueAsString(new SandboxGenerator(a).generate(t, START, NOW, NOW));
            assertThat(one).isEqualTo(two);
        }
        String x = JSON.writeValueAsString(new SandboxGenerator("a").generate(DataType.DAILY, START, NOW, NOW));
        String y = JSON.writeValueAsString(new SandboxGenerator("b").generate(DataType.DAILY, START, NOW, NOW));
        assertThat(x).isNotEqualTo(y);
    }

    @Test
    void aWindowGivesTheSameObjectsAsTheWholeRange() {
        SandboxGenerator g = new SandboxGenerator("window-user");
        Instant mid = NOW.minus(Duration.ofDays(10));
        String whole = JSON.writeValueAsString(g.generate(DataType.SLEEP, START, NOW, NOW));
        List<TerraDataModel> parts = new ArrayList<>(g.generate(DataType.SLEEP, START, mid, NOW));
        parts.addAll(g.generate(DataType.SLEEP, mid, NOW, NOW));
        assertThat(JSON.writeValueAsString(parts)).isEqualTo(whole);
    }

    @Test
    void dailiesArePlausibleAndHaveAWeeklyRhythm() {
        for (int u = 0; u < 20; u++) {
            SandboxGenerator g = new SandboxGenerator("user-" + u);
            List<? extends TerraDataModel> days = g.generate(DataType.DAILY, START, NOW, NOW);
            assertThat(days).hasSizeBetween(30, 31);
            for (TerraDataModel m : days) {
                Daily d = (Daily) m;
                assertThat(d.metadata().startTime()).matches(TS);
                assertThat(d.metadata().endTime()).matches(TS);
                assertThat(d.distanceData().steps()).isBetween(0, 60_000);
                assertThat(d.heartRateData().summary().restingHrBpm()).isBetween(45.0, 75.0);
                assertThat(d.caloriesData().totalBurnedCalories()).isPositive();
                assertThat(d.stressData() == null || d.stressData().avgStressLevel() <= 100)
                        .isTrue();
                assertThat(d.identityKey()).isNotBlank();
            }
            // running summary for today: ends at now, and nothing later than now
            Daily today = (Daily) days.get(days.size() - 1);
            var samples = today.heartRateData().detailed().hrSamples();
            assertThat(Timestamps.parseInstant(samples.get(samples.size() - 1).timestamp()))
                    .isBeforeOrEqualTo(NOW);
        }
        // weekly rhythm: across many people Saturdays have more planned steps than Sundays
        long sat = 0, sun = 0;
        for (int u = 0; u < 50; u++) {
            SandboxGenerator g = new SandboxGenerator("rhythm-" + u);
            for (LocalDate d = LocalDate.of(2026, 1, 3); d.isBefore(LocalDate.of(2026, 6, 1)); d = d.plusWeeks(1)) {
                sat += g.dailyStepTarget(d);
                sun += g.dailyStepTarget(d.plusDays(1));
            }
        }
        assertThat(sat).isGreaterThan(sun * 12 / 10);
    }

    @Test
    void sleepsLastFiveToNineHoursWithHypnogramAndHrv() {
        for (int u = 0; u < 20; u++) {
            List<? extends TerraDataModel> sleeps =
                    new SandboxGenerator("sleeper-" + u).generate(DataType.SLEEP, START, NOW, NOW);
            assertThat(sleeps).hasSizeBetween(29, 31);
            for (TerraDataModel m : sleeps) {
                Sleep s = (Sleep) m;
                double asleep = s.sleepDurationsData().asleep().durationAsleepStateSeconds();
                assertThat(asleep).isBetween(5 * 3600.0 - 1, 9 * 3600.0 + 1);
                assertThat(s.sleepDurationsData().hypnogramSamples()).isNotEmpty();
                assertThat(s.sleepDurationsData().hypnogramSamples())
                        .allSatisfy(
                                h -> assertThat(SleepLevel.isKnown(h.level())).isTrue());
                assertThat(s.heartRateData().detailed().hrvSamplesRmssd()).isNotEmpty();
                assertThat(s.sleepDurationsData().sleepEfficiency()).isBetween(50.0, 100.0);
                assertThat(Timestamps.parseInstant(s.metadata().endTime())).isBeforeOrEqualTo(NOW);
                assertThat(s.metadata().summaryId()).startsWith("sbx-sleep-");
            }
        }
    }

    @Test
    void activitiesAreRunsAndRidesWithGpsHeartRateSpeedAndLaps() {
        int total = 0;
        for (int u = 0; u < 10; u++) {
            List<? extends TerraDataModel> acts =
                    new SandboxGenerator("mover-" + u).generate(DataType.ACTIVITY, START, NOW, NOW);
            total += acts.size();
            assertThat(acts.size()).isLessThanOrEqualTo(31 * 2);
            for (TerraDataModel m : acts) {
                Activity a = (Activity) m;
                assertThat(a.metadata().type()).isIn(1, 8);
                assertThat(a.positionData().positionSamples()).hasSizeGreaterThan(50);
                assertThat(a.heartRateData().detailed().hrSamples()).isNotEmpty();
                assertThat(a.movementData().speedSamples()).isNotEmpty();
                assertThat(a.lapData().laps()).isNotEmpty();
                assertThat(a.polylineMapData().summaryPolyline()).isNotBlank();
                double v = a.movementData().avgSpeedMetersPerSecond();
                if (a.metadata().type() == 8) assertThat(v).isBetween(2.0, 4.5);
                else assertThat(v).isBetween(4.5, 11.0);
                assertThat(a.heartRateData().summary().maxHrBpm()).isLessThanOrEqualTo(210.0);
            }
        }
        assertThat(total).isGreaterThan(30);
    }

    @Test
    void weeklyWeighInsNutritionAndMenstruationForSome() {
        int menstruating = 0;
        for (int u = 0; u < 30; u++) {
            SandboxGenerator g = new SandboxGenerator("body-" + u);
            List<? extends TerraDataModel> bodies = g.generate(DataType.BODY, START, NOW, NOW);
            assertThat(bodies).hasSizeBetween(4, 5);
            for (TerraDataModel m : bodies) {
                var md = ((Body) m).measurementsData();
                assertThat(md.dayAvgWeightKg()).isBetween(35.0, 130.0);
                assertThat(md.dayAvgBodyfatPercentage()).isBetween(5.0, 50.0);
            }
            for (TerraDataModel m : g.generate(DataType.NUTRITION, START, NOW, NOW)) {
                var n = (Nutrition) m;
                assertThat(n.meals()).isNotEmpty();
                assertThat(n.summary().macros().calories()).isBetween(100.0, 5000.0);
            }
            List<? extends TerraDataModel> mens = g.generate(DataType.MENSTRUATION, START, NOW, NOW);
            if (!mens.isEmpty()) {
                menstruating++;
                assertThat(g.profile().sex()).isEqualTo("female");
                assertThat(mens.stream()
                                .map(x -> ((Menstruation) x).menstruationData().menstruationFlow())
                                .filter(f -> !f.isEmpty())
                                .count())
                        .isGreaterThan(2);
            }
        }
        assertThat(menstruating).isBetween(1, 29);
    }

    @Test
    void serialisesWithIntEnumsAndSixDigitTimestamps() {
        String json =
                JSON.writeValueAsString(new SandboxGenerator("json").generate(DataType.ACTIVITY, START, NOW, NOW));
        assertThat(json)
                .containsPattern("\"type\":(1|8),")
                .doesNotContain("\"BIKING\"")
                .doesNotContain("Z\"");
        assertThat(json).containsPattern("\"start_time\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}[+-]");
    }
}
