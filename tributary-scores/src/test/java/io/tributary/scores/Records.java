package io.tributary.scores;

import io.tributary.model.Activity;
import io.tributary.model.Body;
import io.tributary.model.Daily;
import io.tributary.model.Sleep;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.ActivityMetadata;
import io.tributary.model.nested.AsleepDurations;
import io.tributary.model.nested.BodyMetadata;
import io.tributary.model.nested.BreathsData;
import io.tributary.model.nested.DailyMetadata;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.OxygenData;
import io.tributary.model.nested.RespirationData;
import io.tributary.model.nested.SleepDurationsData;
import io.tributary.model.nested.SleepMetadata;
import io.tributary.model.nested.StressData;
import io.tributary.model.nested.TemperatureData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small builders of the records the formulas read; times in UTC, nights 23:00 → 07:00 unless said. */
final class Records {
    private Records() {}

    static final LocalDate DAY = LocalDate.of(2026, 3, 20);

    static String t(LocalDate d, int hour, int minute) {
        return String.format("%sT%02d:%02d:00.000000+00:00", d, hour, minute);
    }

    /** A night ending on {@code end} at 07:00, started the evening before at 23:00. */
    static Sleep.Builder night(LocalDate end) {
        return Sleep.builder()
                .metadata(SleepMetadata.builder()
                        .summaryId("sleep-" + end)
                        .startTime(t(end.minusDays(1), 23, 0))
                        .endTime(t(end, 7, 0))
                        .isNap(false)
                        .build());
    }

    static Sleep night(LocalDate end, double hrv, double restingHr) {
        return night(end)
                .heartRateData(hr(HeartRateDataSummary.builder()
                        .avgHrvRmssd(hrv)
                        .restingHrBpm(restingHr)
                        .build()))
                .build();
    }

    static HeartRateData hr(HeartRateDataSummary s) {
        return HeartRateData.builder().summary(s).build();
    }

    static SleepDurationsData stages(Double asleep, Double deep, Double light, Double rem, Double efficiency) {
        return SleepDurationsData.builder()
                .asleep(AsleepDurations.builder()
                        .durationAsleepStateSeconds(asleep)
                        .durationDeepSleepStateSeconds(deep)
                        .durationLightSleepStateSeconds(light)
                        .durationRemSleepStateSeconds(rem)
                        .build())
                .sleepEfficiency(efficiency)
                .build();
    }

    static RespirationData breathing(double perMin) {
        return RespirationData.builder()
                .breathsData(BreathsData.builder().avgBreathsPerMin(perMin).build())
                .build();
    }

    static Daily.Builder daily(LocalDate d) {
        return Daily.builder()
                .metadata(DailyMetadata.builder()
                        .startTime(t(d, 0, 0))
                        .endTime(t(d.plusDays(1), 0, 0))
                        .uploadType(1)
                        .build());
    }

    static Daily daily(LocalDate d, Double restingHr, Double hrv) {
        return daily(d).heartRateData(hr(HeartRateDataSummary.builder()
                        .restingHrBpm(restingHr)
                        .avgHrvRmssd(hrv)
                        .build()))
                .build();
    }

    static Daily dailyMinutes(LocalDate d, double lowMin, double moderateMin, double vigorousMin) {
        return daily(d).activeDurationsData(ActiveDurationsData.builder()
                        .lowIntensitySeconds(lowMin * 60)
                        .moderateIntensitySeconds(moderateMin * 60)
                        .vigorousIntensitySeconds(vigorousMin * 60)
                        .build())
                .build();
    }

    static StressData stress(Double avg, double rest, double low, double medium, double high) {
        return StressData.builder()
                .avgStressLevel(avg)
                .restStressDurationSeconds(rest)
                .lowStressDurationSeconds(low)
                .mediumStressDurationSeconds(medium)
                .highStressDurationSeconds(high)
                .build();
    }

    static OxygenData spo2(double pct) {
        return OxygenData.builder().avgSaturationPercentage(pct).build();
    }

    static Body skin(LocalDate d, double celsius) {
        return Body.builder()
                .metadata(BodyMetadata.builder()
                        .startTime(t(d, 0, 0))
                        .endTime(t(d.plusDays(1), 0, 0))
                        .build())
                .temperatureData(TemperatureData.builder()
                        .dayAvgSkinTemperatureCelsius(celsius)
                        .build())
                .build();
    }

    /** An activity on {@code d} from 10:00 lasting {@code minutes}, with summary heart rate only. */
    static Activity.Builder workout(LocalDate d, String id, int minutes, double avgHr, double restHr, double maxHr) {
        return Activity.builder()
                .metadata(ActivityMetadata.builder()
                        .summaryId(id)
                        .type(8) // running
                        .startTime(t(d, 10, 0))
                        .endTime(t(d, 10 + minutes / 60, minutes % 60))
                        .uploadType(1)
                        .build())
                .heartRateData(hr(HeartRateDataSummary.builder()
                        .avgHrBpm(avgHr)
                        .restingHrBpm(restHr)
                        .userMaxHrBpm(maxHr)
                        .build()));
    }

    /** Adds heart-rate samples: {@code minutesAt[i]} minutes at {@code bpm[i]}, one sample a minute. */
    static Activity withSamples(Activity a, double[] bpm, int[] minutesAt) {
        List<HeartRateDataSample> samples = new ArrayList<>();
        java.time.OffsetDateTime t = History.time(a.metadata().startTime());
        for (int i = 0; i < bpm.length; i++)
            for (int m = 0; m < minutesAt[i]; m++) {
                samples.add(HeartRateDataSample.builder()
                        .timestamp(io.tributary.model.Timestamps.format(t))
                        .bpm(bpm[i])
                        .build());
                t = t.plusMinutes(1);
            }
        // a closing sample so the last minute counts
        samples.add(HeartRateDataSample.builder()
                .timestamp(io.tributary.model.Timestamps.format(t))
                .bpm(bpm[bpm.length - 1])
                .build());
        return a.toBuilder()
                .heartRateData(a.heartRateData().toBuilder()
                        .detailed(HeartRateDataDetailed.builder()
                                .hrSamples(samples)
                                .build())
                        .build())
                .build();
    }
}
