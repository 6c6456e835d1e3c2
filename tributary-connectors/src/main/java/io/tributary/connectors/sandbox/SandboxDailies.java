package io.tributary.connectors.sandbox;

import io.tributary.model.Activity;
import io.tributary.model.Daily;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.CalorieSample;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DailyDistanceData;
import io.tributary.model.nested.DailyMetadata;
import io.tributary.model.nested.DistanceDataDetailed;
import io.tributary.model.nested.DistanceSample;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.ScoresData;
import io.tributary.model.nested.StepSample;
import io.tributary.model.nested.StressData;
import io.tributary.model.nested.StressSample;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The daily summary: steps through the day around the workouts, heart rate, calories, stress and recovery. */
final class SandboxDailies extends SandboxPerson {
    private final SandboxWorkouts workouts;

    SandboxDailies(long seed, SandboxGenerator.Profile p) {
        super(seed, p);
        this.workouts = new SandboxWorkouts(seed, p);
    }

    /** Share of the day's non-workout steps done in each hour (sums to 1). */
    private static final double[] HOUR_SHAPE = shape();

    private static double[] shape() {
        double[] w = {
            0, 0, 0, 0, 0, 0.2, 1.0, 3.0, 5.5, 5.0, 4.5, 5.0, 7.5, 6.0, 4.5, 4.5, 5.0, 7.5, 8.0, 6.0, 4.0, 2.5, 1.0, 0.2
        };
        double sum = 0;
        for (double v : w) sum += v;
        for (int i = 0; i < w.length; i++) w[i] /= sum;
        return w;
    }

    public Daily daily(LocalDate d, Instant now) {
        ZonedDateTime dayStart = d.atStartOfDay(p.zone());
        ZonedDateTime dayEnd = d.plusDays(1).atStartOfDay(p.zone());
        if (!now.isAfter(dayStart.toInstant())) return null;
        ZonedDateTime until = now.isBefore(dayEnd.toInstant()) ? now.atZone(p.zone()) : dayEnd;
        Random r = rng(d, 2);
        int stepTarget = dailyStepTarget(d);
        List<Activity> acts = workouts.activities(d, now);

        double stride = p.heightCm() * 0.00415;
        List<StepSample> stepSamples = new ArrayList<>();
        List<DistanceSample> distSamples = new ArrayList<>();
        List<CalorieSample> calSamples = new ArrayList<>();
        double steps = 0, dist = 0, activeKcal = 0;
        double bmrPerHour = bmr(d) / 24.0;
        for (int h = 0; h < 24; h++) {
            ZonedDateTime hs = dayStart.plusHours(h);
            if (!hs.isBefore(until)) break;
            double frac = Math.min(1.0, Duration.between(hs, until).toSeconds() / 3600.0);
            double hSteps = Math.round(stepTarget * HOUR_SHAPE[h] * frac * (0.85 + r.nextDouble() * 0.3));
            for (Activity a : acts) {
                Instant as = Timestamps.parseInstant(a.metadata().startTime());
                if (!as.isBefore(hs.toInstant()) && as.isBefore(hs.plusHours(1).toInstant())) {
                    Integer s = a.distanceData().summary().steps();
                    if (s != null) hSteps += s;
                    dist += a.distanceData().summary().distanceMeters() - (s == null ? 0 : s * stride);
                    activeKcal += a.caloriesData().totalBurnedCalories() - bmrPerHour;
                }
            }
            double hDist = hSteps * stride;
            double hKcal = hSteps * 0.00055 * p.baseWeightKg();
            steps += hSteps;
            dist += hDist;
            activeKcal += hKcal;
            String ts = Timestamps.format(hs);
            stepSamples.add(StepSample.builder()
                    .timestamp(ts)
                    .steps(hSteps)
                    .timerDurationSeconds(3600.0 * frac)
                    .build());
            distSamples.add(DistanceSample.builder()
                    .timestamp(ts)
                    .distanceMeters(round1(dist))
                    .timerDurationSeconds(3600.0 * frac)
                    .build());
            calSamples.add(CalorieSample.builder()
                    .timestamp(ts)
                    .calories(round1(hKcal + bmrPerHour * frac))
                    .timerDurationSeconds(3600.0 * frac)
                    .build());
        }
        double elapsedHours = Duration.between(dayStart, until).toSeconds() / 3600.0;
        double bmrSoFar = bmrPerHour * elapsedHours;

        // Heart rate every 10 minutes: resting at night, higher by day, workouts on top.
        int resting = restingHr(d);
        List<HeartRateDataSample> hr = new ArrayList<>();
        List<StressSample> stress = new ArrayList<>();
        double hrSum = 0, hrMax = 0, hrMin = 999, stressSum = 0, stressMax = 0;
        double restS = 0, lowS = 0, medS = 0, highS = 0;
        for (ZonedDateTime t = dayStart; t.isBefore(until); t = t.plusMinutes(10)) {
            int hour = t.getHour();
            boolean night = hour < 6 || hour >= 23;
            double bpm = night
                    ? resting + r.nextGaussian() * 2
                    : resting + 18 + HOUR_SHAPE[hour] * 150 + r.nextGaussian() * 6;
            Activity during = activeAt(acts, t.toInstant());
            if (during != null) bpm = during.heartRateData().summary().avgHrBpm() + r.nextGaussian() * 6;
            bpm = Math.round(clamp(bpm, resting - 5, p.maxHr()));
            hr.add(HeartRateDataSample.builder()
                    .timestamp(Timestamps.format(t))
                    .bpm(bpm)
                    .context(during != null ? 1 : 2)
                    .build());
            hrSum += bpm;
            hrMax = Math.max(hrMax, bpm);
            hrMin = Math.min(hrMin, bpm);
            if (!night && during == null) {
                double level = clamp(25 + HOUR_SHAPE[hour] * 200 + r.nextGaussian() * 12, 1, 99);
                level = Math.round(level);
                stress.add(StressSample.builder()
                        .timestamp(Timestamps.format(t))
                        .level(level)
                        .build());
                stressSum += level;
                stressMax = Math.max(stressMax, level);
                if (level <= 25) restS += 600;
                else if (level <= 50) lowS += 600;
                else if (level <= 75) medS += 600;
                else highS += 600;
            }
        }
        double activeSecs = 0;
        for (Activity a : acts) activeSecs += a.activeDurationsData().activitySeconds();
        double lowIntensity = Math.min(steps / 100.0 * 60, elapsedHours * 3600 * 0.4);

        return Daily.builder()
                .metadata(DailyMetadata.builder()
                        .startTime(Timestamps.format(dayStart))
                        .endTime(Timestamps.format(dayEnd))
                        .timestampLocalization(TimestampLocalization.UTC.value())
                        .uploadType(UploadType.AUTOMATIC.value())
                        .build())
                .deviceData(device())
                .distanceData(DailyDistanceData.builder()
                        .steps((int) steps)
                        .distanceMeters(round1(dist))
                        .floorsClimbed((int) Math.round(steps / 1200.0))
                        .detailed(DistanceDataDetailed.builder()
                                .stepSamples(stepSamples)
                                .distanceSamples(distSamples)
                                .build())
                        .build())
                .caloriesData(CaloriesData.builder()
                        .bmrCalories(round1(bmrSoFar))
                        .netActivityCalories(round1(activeKcal))
                        .totalBurnedCalories(round1(bmrSoFar + activeKcal))
                        .calorieSamples(calSamples)
                        .build())
                .heartRateData(
                        hr.isEmpty()
                                ? null
                                : HeartRateData.builder()
                                        .summary(HeartRateDataSummary.builder()
                                                .avgHrBpm(round1(hrSum / hr.size()))
                                                .maxHrBpm(hrMax)
                                                .minHrBpm(hrMin)
                                                .restingHrBpm((double) resting)
                                                .userMaxHrBpm((double) p.maxHr())
                                                .avgHrvRmssd(round1(hrvOf(d)))
                                                .build())
                                        .detailed(HeartRateDataDetailed.builder()
                                                .hrSamples(hr)
                                                .build())
                                        .build())
                .stressData(
                        stress.isEmpty()
                                ? null
                                : StressData.builder()
                                        .avgStressLevel(round1(stressSum / stress.size()))
                                        .maxStressLevel(stressMax)
                                        .restStressDurationSeconds(restS)
                                        .lowStressDurationSeconds(lowS)
                                        .mediumStressDurationSeconds(medS)
                                        .highStressDurationSeconds(highS)
                                        .stressDurationSeconds(lowS + medS + highS)
                                        .activityStressDurationSeconds(activeSecs)
                                        .samples(stress)
                                        .build())
                .activeDurationsData(ActiveDurationsData.builder()
                        .activitySeconds(round1(activeSecs + lowIntensity))
                        .lowIntensitySeconds(round1(lowIntensity))
                        .vigorousIntensitySeconds(round1(activeSecs))
                        .inactivitySeconds(round1(Math.max(0, elapsedHours * 3600 - activeSecs - lowIntensity)))
                        .build())
                .scores(ScoresData.builder()
                        .activity((double) Math.round(clamp(steps / stepTarget * 70 + acts.size() * 12, 1, 100)))
                        .recovery((double) Math.round(clamp(50 + (hrvOf(d) - p.hrvBase()) * 1.5, 1, 100)))
                        .build())
                .build();
    }

    private Activity activeAt(List<Activity> acts, Instant t) {
        for (Activity a : acts) {
            Instant s = Timestamps.parseInstant(a.metadata().startTime());
            Instant e = Timestamps.parseInstant(a.metadata().endTime());
            if (!t.isBefore(s) && t.isBefore(e)) return a;
        }
        return null;
    }
}
