package io.tributary.files;

import static io.tributary.files.FitValues.instant;
import static io.tributary.files.FitValues.offset;

import com.garmin.fit.SleepAssessmentMesg;
import com.garmin.fit.SleepLevelMesg;
import io.tributary.model.Sleep;
import io.tributary.model.SleepStageTally;
import io.tributary.model.TerraDataModel;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.SleepLevel;
import io.tributary.model.enums.SleepUploadType;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.nested.AsleepDurations;
import io.tributary.model.nested.AwakeDurations;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.OtherSleepDurations;
import io.tributary.model.nested.SleepDataEnrichment;
import io.tributary.model.nested.SleepDurationsData;
import io.tributary.model.nested.SleepHypnogramSample;
import io.tributary.model.nested.SleepMetadata;
import io.tributary.model.nested.SleepScores;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** FIT {@code sleep_level} (+ {@code sleep_assessment}) → {@link Sleep}. */
final class FitSleeps {
    FitSleeps() {}

    // ---------------------------------------------------------------- sleep
    static int terraSleepLevel(com.garmin.fit.SleepLevel l) {
        if (l == null) {
            return SleepLevel.UNKNOWN.value();
        }
        return switch (l) {
            case AWAKE -> SleepLevel.AWAKE.value();
            case LIGHT -> SleepLevel.LIGHT_SLEEP.value();
            case DEEP -> SleepLevel.DEEP_SLEEP.value();
            case REM -> SleepLevel.REM_SLEEP.value();
            default -> SleepLevel.UNKNOWN.value();
        };
    }

    int map(FitMessages s, DeviceData device, Consumer<TerraDataModel> sink) {
        List<SleepLevelMesg> levels = new ArrayList<>();
        for (SleepLevelMesg m : s.sleepLevels) {
            if (m.getTimestamp() != null) {
                levels.add(m);
            }
        }
        if (levels.isEmpty()) {
            return 0;
        }
        levels.sort((x, y) ->
                Long.compare(x.getTimestamp().getTimestamp(), y.getTimestamp().getTimestamp()));
        ZoneOffset zone = ZoneOffset.UTC;
        boolean local = false;
        if (s.activity != null) {
            ZoneOffset o = offset(s.activity.getLocalTimestamp(), s.activity.getTimestamp());
            if (o != null) {
                zone = o;
                local = true;
            }
        }
        Instant start = instant(levels.get(0).getTimestamp());
        // each level lasts until the next message; the last one lasts the typical interval
        long step = 60;
        if (levels.size() >= 2) {
            long[] gaps = new long[levels.size() - 1];
            for (int i = 1; i < levels.size(); i++) {
                gaps[i - 1] = levels.get(i).getTimestamp().getTimestamp()
                        - levels.get(i - 1).getTimestamp().getTimestamp();
            }
            java.util.Arrays.sort(gaps);
            step = Math.max(1, Math.min(gaps[gaps.length / 2], 3600));
        }
        Instant end = instant(levels.get(levels.size() - 1).getTimestamp()).plusSeconds(step);
        double[] secs = new double[7];
        List<SleepHypnogramSample> hyp = new ArrayList<>();
        int wakeups = 0;
        int remEvents = 0;
        Integer prev = null;
        for (int i = 0; i < levels.size(); i++) {
            Instant t = instant(levels.get(i).getTimestamp());
            Instant next = i + 1 < levels.size() ? instant(levels.get(i + 1).getTimestamp()) : end;
            int lvl = terraSleepLevel(levels.get(i).getSleepLevel());
            secs[lvl] += Duration.between(t, next).getSeconds();
            if (!Integer.valueOf(lvl).equals(prev)) {
                hyp.add(SleepHypnogramSample.builder()
                        .timestamp(Timestamps.format(t, zone))
                        .level(lvl)
                        .build());
                if (lvl == SleepLevel.AWAKE.value() && prev != null) {
                    wakeups++;
                }
                if (lvl == SleepLevel.REM_SLEEP.value()) {
                    remEvents++;
                }
            }
            prev = lvl;
        }
        double light = secs[SleepLevel.LIGHT_SLEEP.value()];
        double deep = secs[SleepLevel.DEEP_SLEEP.value()];
        double rem = secs[SleepLevel.REM_SLEEP.value()];
        double awake = secs[SleepLevel.AWAKE.value()];
        double unknown = secs[SleepLevel.UNKNOWN.value()];
        double asleep = light + deep + rem;
        double inBed = Duration.between(start, end).getSeconds();
        SleepAssessmentMesg sa = s.sleepAssessment;
        Short score = sa == null ? null : sa.getOverallSleepScore();
        Map<String, Double> contributors = new java.util.LinkedHashMap<>();
        if (sa != null) {
            putScore(contributors, "sleep_duration", sa.getSleepDurationScore());
            putScore(contributors, "sleep_quality", sa.getSleepQualityScore());
            putScore(contributors, "sleep_recovery", sa.getSleepRecoveryScore());
            putScore(contributors, "deep_sleep", sa.getDeepSleepScore());
            putScore(contributors, "light_sleep", sa.getLightSleepScore());
            putScore(contributors, "rem_sleep", sa.getRemSleepScore());
            putScore(contributors, "awake_time", sa.getAwakeTimeScore());
            putScore(contributors, "awakenings_count", sa.getAwakeningsCountScore());
            putScore(contributors, "restlessness", sa.getSleepRestlessnessScore());
            putScore(contributors, "interruptions", sa.getInterruptionsScore());
        }
        Sleep sleep = Sleep.builder()
                .metadata(SleepMetadata.builder()
                        .startTime(Timestamps.format(start, zone))
                        .endTime(Timestamps.format(end, zone))
                        .summaryId(SummaryIds.sleep(start))
                        .isNap(inBed < 3 * 3600)
                        .uploadType(SleepUploadType.MANUAL)
                        .timestampLocalization(local ? TimestampLocalization.LOCAL : TimestampLocalization.UTC)
                        .build())
                .sleepDurationsData(SleepDurationsData.builder()
                        .asleep(AsleepDurations.builder()
                                .durationAsleepStateSeconds(asleep)
                                .durationLightSleepStateSeconds(light)
                                .durationDeepSleepStateSeconds(deep)
                                .durationRemSleepStateSeconds(rem)
                                .numRemEvents(remEvents)
                                .build())
                        .awake(AwakeDurations.builder()
                                .durationAwakeStateSeconds(awake)
                                .numWakeupEvents(
                                        sa != null && sa.getAwakeningsCount() != null
                                                ? (int) sa.getAwakeningsCount()
                                                : wakeups)
                                .build())
                        .other(OtherSleepDurations.builder()
                                .durationInBedSeconds(inBed)
                                .durationUnmeasurableSleepSeconds(unknown)
                                .build())
                        .sleepEfficiency(SleepStageTally.efficiencyPercent(asleep, inBed))
                        .hypnogramSamples(hyp)
                        .build())
                .scores(
                        score == null
                                ? null
                                : SleepScores.builder().sleep((double) score).build())
                .dataEnrichment(
                        score == null
                                ? null
                                : SleepDataEnrichment.builder()
                                        .sleepScore((double) score)
                                        .sleepContributors(contributors.isEmpty() ? null : contributors)
                                        .build())
                .deviceData(device)
                .build();
        sink.accept(sleep);
        return 1;
    }

    private static void putScore(Map<String, Double> m, String k, Short v) {
        if (v != null) {
            m.put(k, (double) v);
        }
    }
}
