package io.tributary.connectors.garmin;

import io.tributary.connectors.RecordMapper;
import io.tributary.model.DataType;
import java.util.List;
import java.util.Optional;

/**
 * Every Garmin summary type Tributary maps: the key it has in push/ping bodies, the name of its backfill
 * endpoint ({@code /wellness-api/rest/backfill/<name>}; two differ from the push key), its Terra type and mapper.
 */
enum GarminSummaryType {
    DAILIES("dailies", "dailies", new GarminDailiesMapper(), 730),
    EPOCHS("epochs", "epochs", new GarminEpochsMapper(), 730),
    STRESS_DETAILS("stressDetails", "stressDetails", new GarminStressDetailsMapper(), 730),
    PULSE_OX("pulseox", "pulseOx", new GarminPulseOxMapper(), 730),
    RESPIRATION("allDayRespiration", "respiration", new GarminRespirationMapper(), 730),
    HRV("hrv", "hrv", new GarminHrvMapper(), 730),
    SLEEPS("sleeps", "sleeps", new GarminSleepsMapper(), 730),
    BODY_COMPS("bodyComps", "bodyComps", new GarminBodyCompsMapper(), 730),
    USER_METRICS("userMetrics", "userMetrics", new GarminUserMetricsMapper(), 730),
    BLOOD_PRESSURES("bloodPressures", "bloodPressures", new GarminBloodPressuresMapper(), 730),
    ACTIVITIES("activities", "activities", new GarminActivitiesMapper(), 1825),
    ACTIVITY_DETAILS("activityDetails", "activityDetails", new GarminActivityDetailsMapper(), 1825),
    MENSTRUAL_CYCLE("mct", "mct", new GarminMenstrualCycleMapper(), 730);

    final String pushKey;
    final String backfillName;
    final RecordMapper mapper;
    /** Days of history Garmin keeps: 2 years for the Health API, 5 for the Activity API (backfill limits). */
    final int historyDays;

    GarminSummaryType(String pushKey, String backfillName, RecordMapper mapper, int historyDays) {
        this.pushKey = pushKey;
        this.backfillName = backfillName;
        this.mapper = mapper;
        this.historyDays = historyDays;
    }

    DataType dataType() {
        return mapper.dataType();
    }

    static Optional<GarminSummaryType> byPushKey(String key) {
        for (GarminSummaryType t : values()) if (t.pushKey.equals(key)) return Optional.of(t);
        return Optional.empty();
    }

    static Optional<GarminSummaryType> byBackfillName(String name) {
        for (GarminSummaryType t : values()) if (t.backfillName.equals(name)) return Optional.of(t);
        return Optional.empty();
    }

    static List<GarminSummaryType> of(DataType type) {
        return java.util.Arrays.stream(values())
                .filter(t -> t.dataType() == type)
                .toList();
    }
}
