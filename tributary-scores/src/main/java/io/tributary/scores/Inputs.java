package io.tributary.scores;

import io.tributary.model.Activity;
import io.tributary.model.Body;
import io.tributary.model.Daily;
import io.tributary.model.Sleep;
import io.tributary.model.nested.AsleepDurations;
import io.tributary.model.nested.HeartRateDataSummary;
import java.time.Duration;
import java.time.OffsetDateTime;

/** Null-safe reads of the model fields the formulas use; every method returns null when the field is absent. */
final class Inputs {
    private Inputs() {}

    static HeartRateDataSummary hr(Sleep s) {
        return s == null || s.heartRateData() == null ? null : s.heartRateData().summary();
    }

    static HeartRateDataSummary hr(Daily d) {
        return d == null || d.heartRateData() == null ? null : d.heartRateData().summary();
    }

    static HeartRateDataSummary hr(Activity a) {
        return a == null || a.heartRateData() == null ? null : a.heartRateData().summary();
    }

    static AsleepDurations asleep(Sleep s) {
        return s == null || s.sleepDurationsData() == null
                ? null
                : s.sleepDurationsData().asleep();
    }

    /** Seconds asleep: the provider's total, else deep + light + REM. */
    static Double asleepSeconds(Sleep s) {
        AsleepDurations a = asleep(s);
        if (a == null) return null;
        if (a.durationAsleepStateSeconds() != null && a.durationAsleepStateSeconds() > 0)
            return a.durationAsleepStateSeconds();
        double sum = 0;
        boolean any = false;
        for (Double x : new Double[] {
            a.durationDeepSleepStateSeconds(), a.durationLightSleepStateSeconds(), a.durationRemSleepStateSeconds()
        }) {
            if (x != null) {
                sum += x;
                any = true;
            }
        }
        return any && sum > 0 ? sum : null;
    }

    static Double deepSeconds(Sleep s) {
        AsleepDurations a = asleep(s);
        return a == null ? null : a.durationDeepSleepStateSeconds();
    }

    static Double remSeconds(Sleep s) {
        AsleepDurations a = asleep(s);
        return a == null ? null : a.durationRemSleepStateSeconds();
    }

    /** Sleep efficiency (%): the provider's, else asleep / (asleep + awake). */
    static Double efficiency(Sleep s) {
        if (s == null || s.sleepDurationsData() == null) return null;
        Double e = s.sleepDurationsData().sleepEfficiency();
        if (e != null && e > 0) return e <= 1 ? e * 100 : e;
        Double asleep = asleepSeconds(s);
        var awake = s.sleepDurationsData().awake();
        if (asleep == null || awake == null || awake.durationAwakeStateSeconds() == null) return null;
        return 100 * asleep / (asleep + awake.durationAwakeStateSeconds());
    }

    /** Seconds from start to end (0 when either is missing). */
    static double inBedSeconds(Sleep s) {
        if (s.metadata() == null) return 0;
        OffsetDateTime a = History.time(s.metadata().startTime());
        OffsetDateTime b = History.time(s.metadata().endTime());
        return a == null || b == null ? 0 : Math.max(0, Duration.between(a, b).getSeconds());
    }

    static Double activitySeconds(Activity a) {
        if (a.metadata() != null) {
            OffsetDateTime s = History.time(a.metadata().startTime());
            OffsetDateTime e = History.time(a.metadata().endTime());
            if (s != null && e != null && e.isAfter(s))
                return (double) Duration.between(s, e).getSeconds();
        }
        if (a.activeDurationsData() != null
                && Maths.positive(a.activeDurationsData().activitySeconds()))
            return a.activeDurationsData().activitySeconds();
        return null;
    }

    static Double nightBreathing(Sleep s) {
        return s == null || s.respirationData() == null || s.respirationData().breathsData() == null
                ? null
                : positiveOrNull(s.respirationData().breathsData().avgBreathsPerMin());
    }

    static Double nightSpo2(Sleep s) {
        return s == null || s.respirationData() == null || s.respirationData().oxygenSaturationData() == null
                ? null
                : positiveOrNull(s.respirationData().oxygenSaturationData().avgSaturationPercentage());
    }

    static Double dailySpo2(Daily d) {
        return d == null || d.oxygenData() == null
                ? null
                : positiveOrNull(d.oxygenData().avgSaturationPercentage());
    }

    static Double bodySpo2(Body b) {
        return b == null || b.oxygenData() == null
                ? null
                : positiveOrNull(b.oxygenData().avgSaturationPercentage());
    }

    static Double skinTemperature(Body b) {
        if (b == null || b.temperatureData() == null) return null;
        Double skin = b.temperatureData().dayAvgSkinTemperatureCelsius();
        return skin != null ? skin : b.temperatureData().dayAvgBodyTemperatureCelsius();
    }

    static Double positiveOrNull(Double d) {
        return Maths.positive(d) ? d : null;
    }
}
