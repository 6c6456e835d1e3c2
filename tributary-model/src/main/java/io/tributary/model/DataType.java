package io.tributary.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.tributary.model.event.ActivityEvent;
import io.tributary.model.event.AthleteEvent;
import io.tributary.model.event.BodyEvent;
import io.tributary.model.event.DailyEvent;
import io.tributary.model.event.MenstruationEvent;
import io.tributary.model.event.NutritionEvent;
import io.tributary.model.event.PlannedWorkoutEvent;
import io.tributary.model.event.SleepEvent;
import io.tributary.model.event.WebhookEvent;
import java.util.List;
import java.util.Optional;

/** The data types Tributary stores and delivers, with their wire name, model class and event class. */
public enum DataType {
    ACTIVITY("activity", Activity.class, ActivityEvent.class),
    SLEEP("sleep", Sleep.class, SleepEvent.class),
    BODY("body", Body.class, BodyEvent.class),
    DAILY("daily", Daily.class, DailyEvent.class),
    NUTRITION("nutrition", Nutrition.class, NutritionEvent.class),
    MENSTRUATION("menstruation", Menstruation.class, MenstruationEvent.class),
    ATHLETE("athlete", Athlete.class, AthleteEvent.class),
    /**
     * Planned workouts. {@link #modelClass()} is the current {@link PlannedWorkout}; the classic write/read endpoints
     * use {@link ClassicPlannedWorkout}.
     */
    PLANNED_WORKOUT("planned_workout", PlannedWorkout.class, PlannedWorkoutEvent.class);

    private final String wireName;
    private final Class<? extends TerraDataModel> modelClass;
    private final Class<? extends WebhookEvent> eventClass;

    DataType(String wireName, Class<? extends TerraDataModel> modelClass, Class<? extends WebhookEvent> eventClass) {
        this.wireName = wireName;
        this.modelClass = modelClass;
        this.eventClass = eventClass;
    }

    /** The event {@code type} / wire name, e.g. {@code planned_workout}. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The record class of one data object. */
    public Class<? extends TerraDataModel> modelClass() {
        return modelClass;
    }

    /** The record class of the webhook event carrying this type. */
    public Class<? extends WebhookEvent> eventClass() {
        return eventClass;
    }

    /** JSON paths of the sample arrays of this type; see {@link SampleFields#paths(DataType)}. */
    public List<String> samplePaths() {
        return SampleFields.paths(this);
    }

    /** The JSON path of the identity field; see {@link IdentityKeys#jsonPath(DataType)}. */
    public String identityPath() {
        return IdentityKeys.jsonPath(this);
    }

    /** The constant for a wire name, or {@code null} when unknown. */
    @JsonCreator
    public static DataType fromWireName(String wireName) {
        for (DataType t : values()) {
            if (t.wireName.equals(wireName)) {
                return t;
            }
        }
        return null;
    }

    /** The constant for a wire name; empty when unknown. */
    public static Optional<DataType> of(String wireName) {
        return Optional.ofNullable(fromWireName(wireName));
    }
}
