package io.tributary.server.ingest;

import static io.tributary.server.ingest.SdkKinds.*;

import io.tributary.server.storage.SdkStore.SdkRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What one SDK batch touched, from its changes (a record's new version and the one it replaced, either may be
 * absent): the days, sessions and workouts to recompute, and the workouts and sessions that are gone.
 */
final class SdkTouched {
    private static final Pattern SESSION = Pattern.compile("\"session\":\\s*true");

    final Set<LocalDate> dailyDays = new TreeSet<>(), bodyDays = new TreeSet<>(), nutritionDays = new TreeSet<>();
    final Set<LocalDate> flowDays = new TreeSet<>();
    final List<SdkRecord> workouts = new ArrayList<>(), hkSleep = new ArrayList<>(), sessions = new ArrayList<>();
    /** Heart rate, speed, power and cadence: the workouts they overlap are recomputed. */
    final List<SdkRecord> samples = new ArrayList<>();
    /** Respiratory rate: the sleep sessions around it are recomputed. */
    final List<SdkRecord> respiration = new ArrayList<>();

    final Set<String> goneWorkouts = new TreeSet<>(), goneSessions = new TreeSet<>();

    /** A Health Connect / Samsung sleep session (stored jsonb text is {@code "session": true}, with a space). */
    static boolean isSession(SdkRecord r) {
        return r.extraJson() != null && SESSION.matcher(r.extraJson()).find();
    }

    /** One change: {@code current} (null when deleted) replaced {@code previous} (null when new). */
    void add(SdkRecord current, SdkRecord previous) {
        if (current != null) add(current, true, current);
        if (previous != null) add(previous, false, current);
    }

    private void add(SdkRecord t, boolean isCurrent, SdkRecord current) {
        switch (t.kind()) {
            case STEPS,
                    DISTANCE,
                    ACTIVE_KCAL,
                    BASAL_KCAL,
                    TOTAL_KCAL,
                    FLOORS,
                    RESTING_HR,
                    HRV_SDNN,
                    HRV_RMSSD,
                    SPO2,
                    VO2MAX,
                    ELEVATION -> dailyDays.add(t.localDate());
            case HR -> {
                dailyDays.add(t.localDate());
                samples.add(t);
            }
            case SPEED, POWER, CADENCE -> samples.add(t);
            case RESP_RATE -> respiration.add(t);
            case WEIGHT, BODY_FAT, HEIGHT, GLUCOSE, BLOOD_PRESSURE, BODY_TEMP, LEAN_MASS, BONE_MASS ->
                bodyDays.add(t.localDate());
            case NUTRITION -> nutritionDays.add(t.localDate());
            case FLOW -> flowDays.add(t.localDate());
            case WORKOUT -> {
                if (isCurrent) workouts.add(t);
                else if (current == null || !WORKOUT.equals(current.kind())) goneWorkouts.add(t.recordId());
            }
            case SLEEP -> {
                if (!isSession(t)) hkSleep.add(t);
                else if (isCurrent) sessions.add(t);
                else if (current == null || !isSession(current)) goneSessions.add(t.recordId());
            }
            default -> {}
        }
    }
}
