package io.tributary.standards.fhir;

import io.tributary.model.Daily;
import io.tributary.model.nested.HeartRateDataSummary;
import java.time.OffsetDateTime;

/** A Terra daily: the day's totals (per-day codes over 24 h) and the day's heart-rate and SpO2 averages. */
final class DailyFhir {
    private DailyFhir() {}

    static void map(Daily d, Observations obs) {
        if (d.metadata() == null) return;
        OffsetDateTime start = Times.parse(d.metadata().startTime());
        if (start == null) return;
        OffsetDateTime end = Times.parse(d.metadata().endTime());
        if (d.distanceData() != null)
            obs.perDay(Metric.STEPS_PER_DAY, d.distanceData().steps(), start);
        if (d.caloriesData() != null)
            obs.perDay(Metric.CALORIES_PER_DAY, d.caloriesData().totalBurnedCalories(), start);
        if (d.heartRateData() != null) heart(d.heartRateData().summary(), obs, start, end);
        if (d.oxygenData() != null)
            obs.over(Metric.OXYGEN_SATURATION, d.oxygenData().avgSaturationPercentage(), start, end);
    }

    /** Averages of a span (a day, a night): each an Observation over that span. */
    static void heart(HeartRateDataSummary s, Observations obs, OffsetDateTime start, OffsetDateTime end) {
        if (s == null) return;
        obs.over(Metric.HEART_RATE, s.avgHrBpm(), start, end);
        obs.over(Metric.RESTING_HEART_RATE, s.restingHrBpm(), start, end);
        obs.over(Metric.HRV_SDNN, s.avgHrvSdnn(), start, end);
        obs.over(Metric.HRV_RMSSD, s.avgHrvRmssd(), start, end);
    }
}
