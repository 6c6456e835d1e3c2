package io.tributary.model.event;

import io.tributary.model.DataType;

/**
 * The webhook event record that carries each data type. It lives with the events (not on {@link DataType}) so the
 * model package does not depend on the event package, which depends on it.
 */
public final class DataTypeEvents {
    private DataTypeEvents() {}

    /** The record class of the webhook event carrying {@code type}. */
    public static Class<? extends WebhookEvent> eventClass(DataType type) {
        return switch (type) {
            case ACTIVITY -> ActivityEvent.class;
            case SLEEP -> SleepEvent.class;
            case BODY -> BodyEvent.class;
            case DAILY -> DailyEvent.class;
            case NUTRITION -> NutritionEvent.class;
            case MENSTRUATION -> MenstruationEvent.class;
            case ATHLETE -> AthleteEvent.class;
            case PLANNED_WORKOUT -> PlannedWorkoutEvent.class;
        };
    }
}
