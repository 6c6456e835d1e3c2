package io.tributary.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Identity (upsert) keys of the data types, per docs/decisions.md#17. A key is unique within one user; a newer object with
 * the same key replaces the older one.
 *
 * <ul>
 *   <li>Activity, Sleep: {@code metadata.summary_id};
 *   <li>Daily, Body, Nutrition, Menstruation: the date part of {@code metadata.start_time} as written in the string
 *       (the local date; the offset is not applied), e.g. {@code 2022-10-28};
 *   <li>Athlete: the constant {@value #ATHLETE_KEY} (one per user);
 *   <li>PlannedWorkout: {@code planned_workout_id}, else {@code details.metadata.id}; classic planned workout:
 *       {@code metadata.id}.
 * </ul>
 *
 * <p>The functions return {@code null} when the identifying field is absent, and throw
 * {@link IllegalArgumentException} when a {@code start_time} does not begin with an ISO date.
 */
public final class IdentityKeys {
    /** The identity key of the single athlete object of a user. */
    public static final String ATHLETE_KEY = "athlete";

    private IdentityKeys() {}

    /** The identity key of any data object. */
    public static String of(TerraDataModel model) {
        return model.identityKey();
    }

    public static String activity(Activity activity) {
        return activity.metadata() == null ? null : activity.metadata().summaryId();
    }

    public static String sleep(Sleep sleep) {
        return sleep.metadata() == null ? null : sleep.metadata().summaryId();
    }

    public static String body(Body body) {
        return body.metadata() == null ? null : dateOf(body.metadata().startTime());
    }

    public static String daily(Daily daily) {
        return daily.metadata() == null ? null : dateOf(daily.metadata().startTime());
    }

    public static String nutrition(Nutrition nutrition) {
        return nutrition.metadata() == null ? null : dateOf(nutrition.metadata().startTime());
    }

    public static String menstruation(Menstruation menstruation) {
        return menstruation.metadata() == null
                ? null
                : dateOf(menstruation.metadata().startTime());
    }

    public static String athlete(Athlete athlete) {
        return ATHLETE_KEY;
    }

    public static String plannedWorkout(PlannedWorkout workout) {
        if (workout.plannedWorkoutId() != null) {
            return workout.plannedWorkoutId();
        }
        if (workout.details() != null && workout.details().metadata() != null) {
            return workout.details().metadata().id();
        }
        return null;
    }

    public static String classicPlannedWorkout(ClassicPlannedWorkout workout) {
        return workout.metadata() == null ? null : workout.metadata().id();
    }

    /**
     * The local date written at the start of an ISO-8601 timestamp ({@code 2022-10-28T00:00:00.000000+01:00} gives
     * {@code 2022-10-28}); {@code null} for {@code null}.
     *
     * @throws IllegalArgumentException when the string does not start with a valid {@code yyyy-MM-dd} date
     */
    public static String dateOf(String isoTimestamp) {
        if (isoTimestamp == null) {
            return null;
        }
        String s = isoTimestamp.strip();
        if (s.length() < 10 || (s.length() > 10 && Character.isDigit(s.charAt(10)))) {
            throw new IllegalArgumentException("not an ISO-8601 date or timestamp: '" + isoTimestamp + "'");
        }
        String date = s.substring(0, 10);
        try {
            return LocalDate.parse(date).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 date or timestamp: '" + isoTimestamp + "'", e);
        }
    }

    /**
     * The JSON path (from the data object) of the field the identity key is computed from: {@code metadata.summary_id}
     * (apply nothing), {@code metadata.start_time} (apply {@link #dateOf(String)}), {@code planned_workout_id} (classic
     * planned workouts: {@code metadata.id}), or {@code null} for the athlete (constant key {@value #ATHLETE_KEY}).
     */
    public static String jsonPath(DataType type) {
        return switch (type) {
            case ACTIVITY, SLEEP -> "metadata.summary_id";
            case BODY, DAILY, NUTRITION, MENSTRUATION -> "metadata.start_time";
            case ATHLETE -> null;
            case PLANNED_WORKOUT -> "planned_workout_id";
        };
    }
}
