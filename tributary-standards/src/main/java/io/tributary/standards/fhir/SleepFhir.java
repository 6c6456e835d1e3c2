package io.tributary.standards.fhir;

import io.tributary.model.Sleep;
import io.tributary.model.nested.AsleepDurations;
import java.time.OffsetDateTime;

/** A Terra sleep session: durations asleep and per stage over the session, and its vital-sign averages. */
final class SleepFhir {
    private SleepFhir() {}

    static void map(Sleep s, Observations obs) {
        if (s.metadata() == null) return;
        OffsetDateTime start = Times.parse(s.metadata().startTime());
        OffsetDateTime end = Times.parse(s.metadata().endTime());
        if (start == null) return;
        if (s.sleepDurationsData() != null && s.sleepDurationsData().asleep() != null) {
            AsleepDurations a = s.sleepDurationsData().asleep();
            obs.over(Metric.SLEEP_DURATION, minutes(a.durationAsleepStateSeconds()), start, end);
            obs.over(Metric.DEEP_SLEEP_DURATION, minutes(a.durationDeepSleepStateSeconds()), start, end);
            obs.over(Metric.LIGHT_SLEEP_DURATION, minutes(a.durationLightSleepStateSeconds()), start, end);
            obs.over(Metric.REM_SLEEP_DURATION, minutes(a.durationRemSleepStateSeconds()), start, end);
        }
        if (s.heartRateData() != null) DailyFhir.heart(s.heartRateData().summary(), obs, start, end);
        if (s.respirationData() != null) {
            var r = s.respirationData();
            if (r.breathsData() != null)
                obs.over(Metric.RESPIRATORY_RATE, r.breathsData().avgBreathsPerMin(), start, end);
            if (r.oxygenSaturationData() != null)
                obs.over(Metric.OXYGEN_SATURATION, r.oxygenSaturationData().avgSaturationPercentage(), start, end);
        }
    }

    static Double minutes(Double seconds) {
        return seconds == null ? null : seconds / 60.0;
    }
}
