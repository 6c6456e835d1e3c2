package io.tributary.scores;

import io.tributary.model.Activity;
import io.tributary.model.Daily;
import io.tributary.model.Sleep;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.HeartRateDataSummary;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** How each {@link Signal} is read from a day's records (docs/scores.md, "Signals"). */
final class Signals {
    private Signals() {}

    /**
     * Per-minute Banister weights at the middle of the low, moderate and vigorous intensity bands (heart-rate reserve
     * 0.5, 0.7, 0.85: 0.5·0.64·e^(1.92·0.5) …), used when a day has intensity minutes but no activity heart rate.
     */
    static final double LOW_PER_MIN = 0.84, MODERATE_PER_MIN = 1.72, VIGOROUS_PER_MIN = 2.78;

    static Double compute(History h, Signal s, LocalDate d) {
        return switch (s) {
            case NIGHT_HRV -> {
                HeartRateDataSummary hr = Inputs.hr(h.mainSleep(d));
                yield hr == null ? null : Inputs.positiveOrNull(hr.avgHrvRmssd());
            }
            case NIGHT_RESTING_HR -> {
                HeartRateDataSummary hr = Inputs.hr(h.mainSleep(d));
                if (hr == null) yield null;
                yield Maths.positive(hr.restingHrBpm()) ? hr.restingHrBpm() : Inputs.positiveOrNull(hr.minHrBpm());
            }
            case NIGHT_BREATHING_RATE -> Inputs.nightBreathing(h.mainSleep(d));
            case NIGHT_SPO2 -> Inputs.nightSpo2(h.mainSleep(d));
            case SLEEP_MIDPOINT -> midpoint(h.mainSleep(d), d);
            case DAY_RESTING_HR -> {
                HeartRateDataSummary hr = Inputs.hr(h.daily(d));
                yield hr != null && Maths.positive(hr.restingHrBpm())
                        ? hr.restingHrBpm()
                        : h.signal(Signal.NIGHT_RESTING_HR, d);
            }
            case DAY_HRV -> {
                HeartRateDataSummary hr = Inputs.hr(h.daily(d));
                yield hr != null && Maths.positive(hr.avgHrvRmssd()) ? hr.avgHrvRmssd() : h.signal(Signal.NIGHT_HRV, d);
            }
            case DAY_SPO2 -> {
                Double v = Inputs.dailySpo2(h.daily(d));
                if (v == null) v = Inputs.bodySpo2(h.body(d));
                yield v != null ? v : h.signal(Signal.NIGHT_SPO2, d);
            }
            case SKIN_TEMPERATURE -> Inputs.skinTemperature(h.body(d));
            case TRAINING_LOAD -> trainingLoad(h, d);
        };
    }

    private static Double midpoint(Sleep s, LocalDate d) {
        if (s == null || s.metadata() == null) return null;
        OffsetDateTime a = History.time(s.metadata().startTime());
        OffsetDateTime b = History.time(s.metadata().endTime());
        if (a == null || b == null || !b.isAfter(a)) return null;
        OffsetDateTime mid =
                a.plusSeconds(Duration.between(a, b).getSeconds() / 2).withOffsetSameInstant(b.getOffset());
        return Duration.between(d.atStartOfDay().atOffset(b.getOffset()), mid).getSeconds() / 60.0;
    }

    /**
     * The day's training load: the larger of the summed Banister TRIMP of its activities and the load of the daily
     * summary's intensity minutes (which include the workouts). Null when the day has neither a daily summary with
     * intensity minutes nor an activity with heart rate: an unknown day, not a rest day.
     */
    private static Double trainingLoad(History h, LocalDate d) {
        Double fromActivities = null;
        for (Activity a : h.activities(d)) {
            ActivityLoad l = h.load(a, d);
            if (l != null && l.banister() != null)
                fromActivities = (fromActivities == null ? 0 : fromActivities) + l.banister();
        }
        Double fromMinutes = intensityLoad(h.daily(d));
        if (fromActivities == null) return fromMinutes;
        if (fromMinutes == null) return fromActivities;
        return Math.max(fromActivities, fromMinutes);
    }

    static Double intensityLoad(Daily daily) {
        if (daily == null || daily.activeDurationsData() == null) return null;
        ActiveDurationsData a = daily.activeDurationsData();
        if (a.lowIntensitySeconds() == null
                && a.moderateIntensitySeconds() == null
                && a.vigorousIntensitySeconds() == null) return null;
        return (nz(a.lowIntensitySeconds()) * LOW_PER_MIN
                        + nz(a.moderateIntensitySeconds()) * MODERATE_PER_MIN
                        + nz(a.vigorousIntensitySeconds()) * VIGOROUS_PER_MIN)
                / 60;
    }

    private static double nz(Double d) {
        return d == null ? 0 : d;
    }
}
