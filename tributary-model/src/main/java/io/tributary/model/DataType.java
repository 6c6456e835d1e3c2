package io.tributary.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Optional;

/**
 * The data types Tributary stores and delivers, with their wire name and model class (the event class of each:
 * {@code model.event.DataTypeEvents}).
 */
public enum DataType {
    ACTIVITY("activity", Activity.class),
    SLEEP("sleep", Sleep.class),
    BODY("body", Body.class),
    DAILY("daily", Daily.class),
    NUTRITION("nutrition", Nutrition.class),
    MENSTRUATION("menstruation", Menstruation.class),
    ATHLETE("athlete", Athlete.class),
    /**
     * Planned workouts. {@link #modelClass()} is the current {@link PlannedWorkout}; the classic write/read endpoints
     * use {@link ClassicPlannedWorkout}.
     */
    PLANNED_WORKOUT("planned_workout", PlannedWorkout.class);

    private final String wireName;
    private final Class<? extends TerraDataModel> modelClass;

    DataType(String wireName, Class<? extends TerraDataModel> modelClass) {
        this.wireName = wireName;
        this.modelClass = modelClass;
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
