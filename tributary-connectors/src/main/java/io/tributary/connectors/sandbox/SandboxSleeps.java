package io.tributary.connectors.sandbox;

import io.tributary.model.Sleep;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.SleepLevel;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.AsleepDurations;
import io.tributary.model.nested.AwakeDurations;
import io.tributary.model.nested.BreathsData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.HeartRateVariabilityDataSampleRMSSD;
import io.tributary.model.nested.OtherSleepDurations;
import io.tributary.model.nested.RespirationData;
import io.tributary.model.nested.SleepDurationsData;
import io.tributary.model.nested.SleepHypnogramSample;
import io.tributary.model.nested.SleepMetadata;
import io.tributary.model.nested.SleepScores;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The main sleep of each night, with its hypnogram, heart rate and HRV. */
final class SandboxSleeps extends SandboxPerson {
    SandboxSleeps(long seed, SandboxGenerator.Profile p) {
        super(seed, p);
    }

    /** The main sleep that ends on the morning of {@code d} (so the night of d-1 to d). */
    public Sleep sleep(LocalDate d) {
        Random r = rng(d, 5);
        boolean weekendMorning = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        double hours = clamp(p.sleepNeedHours() + (weekendMorning ? 0.6 : 0) + r.nextGaussian() * 0.7, 5.0, 9.0);
        int bedMinutes = (int) Math.round(22.75 * 60 + r.nextGaussian() * 35 + (weekendMorning ? 30 : 0));
        ZonedDateTime bed = d.minusDays(1).atStartOfDay(p.zone()).plusMinutes(bedMinutes);
        double latency = clamp(8 + r.nextGaussian() * 5, 2, 30) * 60;
        double asleepTarget = hours * 3600;

        List<SleepHypnogramSample> hyp = new ArrayList<>();
        List<HeartRateVariabilityDataSampleRMSSD> hrv = new ArrayList<>();
        List<HeartRateDataSample> hr = new ArrayList<>();
        double light = 0, deep = 0, rem = 0, awake = latency;
        int wakeups = 0, remEvents = 0;
        ZonedDateTime t = bed;
        hyp.add(sample(t, SleepLevel.AWAKE));
        t = t.plusSeconds((long) latency);
        double slept = 0;
        int cycle = 0;
        while (slept < asleepTarget) {
            double cycleLen = (85 + r.nextGaussian() * 8) * 60;
            double deepShare = clamp(0.30 - cycle * 0.07, 0.03, 0.30);
            double remShare = clamp(0.12 + cycle * 0.05, 0.12, 0.35);
            double[][] parts = {
                {SleepLevel.LIGHT_SLEEP.value(), cycleLen * (1 - deepShare - remShare) * 0.6},
                {SleepLevel.DEEP_SLEEP.value(), cycleLen * deepShare},
                {SleepLevel.LIGHT_SLEEP.value(), cycleLen * (1 - deepShare - remShare) * 0.4},
                {SleepLevel.REM_SLEEP.value(), cycleLen * remShare}
            };
            for (double[] part : parts) {
                double len = Math.min(part[1], asleepTarget - slept);
                if (len <= 0) break;
                int level = (int) part[0];
                hyp.add(sample(t, SleepLevel.fromValue(level)));
                if (level == SleepLevel.DEEP_SLEEP.value()) deep += len;
                else if (level == SleepLevel.REM_SLEEP.value()) {
                    rem += len;
                    remEvents++;
                } else light += len;
                slept += len;
                t = t.plusSeconds((long) len);
            }
            if (slept < asleepTarget && r.nextDouble() < 0.45) {
                double w = (2 + r.nextDouble() * 6) * 60;
                hyp.add(sample(t, SleepLevel.AWAKE));
                awake += w;
                wakeups++;
                t = t.plusSeconds((long) w);
            }
            cycle++;
        }
        double morningAwake = (2 + r.nextDouble() * 8) * 60;
        hyp.add(sample(t, SleepLevel.AWAKE));
        awake += morningAwake;
        ZonedDateTime end = t.plusSeconds((long) morningAwake);

        int resting = restingHr(d);
        double hrvBase = hrvOf(d);
        double hrSum = 0, hrMin = 999, hrMax = 0, hrvSum = 0;
        for (ZonedDateTime s = bed; s.isBefore(end); s = s.plusMinutes(5)) {
            double bpm = Math.round(clamp(resting + 2 + r.nextGaussian() * 3, resting - 6, resting + 25));
            double v = round1(clamp(hrvBase + r.nextGaussian() * 12, 10, 200));
            hr.add(HeartRateDataSample.builder()
                    .timestamp(Timestamps.format(s))
                    .bpm(bpm)
                    .context(2)
                    .build());
            hrv.add(HeartRateVariabilityDataSampleRMSSD.builder()
                    .timestamp(Timestamps.format(s))
                    .hrvRmssd(v)
                    .build());
            hrSum += bpm;
            hrMin = Math.min(hrMin, bpm);
            hrMax = Math.max(hrMax, bpm);
            hrvSum += v;
        }
        double inBed = Duration.between(bed, end).toSeconds();
        double asleep = light + deep + rem;
        double efficiency = round1(asleep / inBed * 100);
        double score = Math.round(clamp(40 + hours * 6 + (efficiency - 85) * 0.8 + deep / 3600 * 5, 1, 100));
        return Sleep.builder()
                .metadata(SleepMetadata.builder()
                        .startTime(Timestamps.format(bed))
                        .endTime(Timestamps.format(end))
                        .summaryId("sbx-sleep-" + Long.toHexString(seed) + "-" + d)
                        .isNap(false)
                        .timestampLocalization(TimestampLocalization.UTC.value())
                        .uploadType(UploadType.AUTOMATIC.value())
                        .build())
                .deviceData(device())
                .sleepDurationsData(SleepDurationsData.builder()
                        .asleep(AsleepDurations.builder()
                                .durationAsleepStateSeconds(round1(asleep))
                                .durationLightSleepStateSeconds(round1(light))
                                .durationDeepSleepStateSeconds(round1(deep))
                                .durationRemSleepStateSeconds(round1(rem))
                                .numRemEvents(remEvents)
                                .build())
                        .awake(AwakeDurations.builder()
                                .durationAwakeStateSeconds(round1(awake))
                                .numWakeupEvents(wakeups)
                                .sleepLatencySeconds(round1(latency))
                                .wakeUpLatencySeconds(round1(morningAwake))
                                .build())
                        .other(OtherSleepDurations.builder()
                                .durationInBedSeconds(inBed)
                                .build())
                        .sleepEfficiency(efficiency)
                        .hypnogramSamples(hyp)
                        .build())
                .heartRateData(HeartRateData.builder()
                        .summary(HeartRateDataSummary.builder()
                                .avgHrBpm(round1(hrSum / hr.size()))
                                .minHrBpm(hrMin)
                                .maxHrBpm(hrMax)
                                .restingHrBpm((double) resting)
                                .avgHrvRmssd(round1(hrvSum / hrv.size()))
                                .build())
                        .detailed(HeartRateDataDetailed.builder()
                                .hrSamples(hr)
                                .hrvSamplesRmssd(hrv)
                                .build())
                        .build())
                .respirationData(RespirationData.builder()
                        .breathsData(BreathsData.builder()
                                .avgBreathsPerMin(round1(clamp(14 + r.nextGaussian(), 10, 20)))
                                .minBreathsPerMin(round1(clamp(11 + r.nextGaussian(), 8, 14)))
                                .maxBreathsPerMin(round1(clamp(18 + r.nextGaussian(), 15, 24)))
                                .startTime(Timestamps.format(bed))
                                .endTime(Timestamps.format(end))
                                .build())
                        .build())
                .scores(SleepScores.builder().sleep(score).build())
                .build();
    }

    private static SleepHypnogramSample sample(ZonedDateTime t, SleepLevel level) {
        return SleepHypnogramSample.builder()
                .timestamp(Timestamps.format(t))
                .level(level.value())
                .build();
    }
}
