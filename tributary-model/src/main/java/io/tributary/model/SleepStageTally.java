package io.tributary.model;

import io.tributary.model.enums.SleepLevel;
import io.tributary.model.nested.AsleepDurations;
import io.tributary.model.nested.AwakeDurations;
import io.tributary.model.nested.OtherSleepDurations;
import io.tributary.model.nested.SleepDurationsData;
import io.tributary.model.nested.SleepHypnogramSample;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Sums a night's stage segments (Terra {@link SleepLevel} values) into seconds per level, the hypnogram (one
 * sample per change of level), wake-ups (a change to awake after the first segment) and REM episodes. Segments
 * are added in start order; a segment overlapping what was already counted is clipped, so no second counts
 * twice. Shared by the file parsers and the mobile-SDK aggregation.
 */
public final class SleepStageTally {
    private final double[] seconds = new double[8];
    private final List<SleepHypnogramSample> hypnogram = new ArrayList<>();
    private final ZoneOffset zone;
    private long covered = Long.MIN_VALUE;
    private Integer previous;
    private int wakeups;
    private int remEvents;

    public SleepStageTally(ZoneOffset zone) {
        this.zone = zone;
    }

    /** One segment [startMs, endMs) at {@code level}; segments must come in start order. */
    public void add(long startMs, long endMs, int level) {
        long from = Math.max(startMs, covered);
        if (endMs <= from) return;
        seconds[level] += (endMs - from) / 1000.0;
        covered = endMs;
        if (!Integer.valueOf(level).equals(previous)) {
            hypnogram.add(SleepHypnogramSample.builder()
                    .timestamp(Timestamps.format(Instant.ofEpochMilli(from), zone))
                    .level(level)
                    .build());
            if (level == SleepLevel.AWAKE.value() && previous != null) wakeups++;
            if (level == SleepLevel.REM_SLEEP.value()) remEvents++;
        }
        previous = level;
    }

    public double seconds(SleepLevel level) {
        return seconds[level.value()];
    }

    /** Light + deep + REM + generic "sleeping". */
    public double asleepSeconds() {
        return seconds(SleepLevel.LIGHT_SLEEP)
                + seconds(SleepLevel.DEEP_SLEEP)
                + seconds(SleepLevel.REM_SLEEP)
                + seconds(SleepLevel.SLEEPING);
    }

    public List<SleepHypnogramSample> hypnogram() {
        return hypnogram;
    }

    public int wakeups() {
        return wakeups;
    }

    public int remEvents() {
        return remEvents;
    }

    /**
     * The tally as Terra's {@code sleep_durations_data}: {@code inBedSeconds} as the time in bed, sleep efficiency as
     * the percentage asleep ÷ {@code spanSeconds} (see {@link #efficiencyPercent}; none for an empty span), the
     * hypnogram as tallied (left out when empty if {@code omitEmptyHypnogram}).
     */
    public SleepDurationsData durations(double inBedSeconds, double spanSeconds, boolean omitEmptyHypnogram) {
        double asleep = asleepSeconds();
        return SleepDurationsData.builder()
                .asleep(AsleepDurations.builder()
                        .durationAsleepStateSeconds(asleep)
                        .durationLightSleepStateSeconds(seconds(SleepLevel.LIGHT_SLEEP))
                        .durationDeepSleepStateSeconds(seconds(SleepLevel.DEEP_SLEEP))
                        .durationRemSleepStateSeconds(seconds(SleepLevel.REM_SLEEP))
                        .numRemEvents(remEvents)
                        .build())
                .awake(AwakeDurations.builder()
                        .durationAwakeStateSeconds(seconds(SleepLevel.AWAKE))
                        .numWakeupEvents(wakeups)
                        .build())
                .other(OtherSleepDurations.builder()
                        .durationInBedSeconds(inBedSeconds)
                        .build())
                .sleepEfficiency(efficiencyPercent(asleep, spanSeconds))
                .hypnogramSamples(omitEmptyHypnogram && hypnogram.isEmpty() ? null : hypnogram)
                .build();
    }

    /**
     * Sleep efficiency as Terra defines it: a <em>percentage</em> (0–100, one decimal) of time asleep over time in
     * bed; schema {@code SleepDurationsData.sleep_efficiency}, example 87.5
     * (https://docs.tryterra.co/reference/sleep). Null when there is no time in bed.
     */
    public static Double efficiencyPercent(double asleepSeconds, double inBedSeconds) {
        if (!(inBedSeconds > 0)) return null;
        return Math.round(Math.min(1.0, asleepSeconds / inBedSeconds) * 1000.0) / 10.0;
    }
}
