// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code WorkoutStepTargetType} (string enum, serialised as its wire string).
 *
 * <p>{@link #fromValue(String)} returns {@code null} for values this version does not know; model
 * records keep the raw string so such values are never lost.
 */
public enum WorkoutStepTargetType implements TerraStringEnum {
    SPEED("speed"),
    HEART_RATE("heart_rate"),
    OPEN("open"),
    CADENCE("cadence"),
    POWER("power"),
    SWIM_STROKE("swim_stroke"),
    SPEED_LAP("speed_lap"),
    HEART_RATE_LAP("heart_rate_lap"),
    PACE("pace"),
    HEART_RATE_THRESHOLD_PERCENTAGE("heart_rate_threshold_percentage"),
    HEART_RATE_MAX_PERCENTAGE("heart_rate_max_percentage");

    private static final Map<String, WorkoutStepTargetType> BY_VALUE = new HashMap<>();

    static {
        for (WorkoutStepTargetType e : values()) {
            BY_VALUE.put(e.value, e);
        }
    }

    private final String value;

    WorkoutStepTargetType(String value) {
        this.value = value;
    }

    /** The wire value. */
    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** The constant for {@code value}, or {@code null} when it is null or not a known value. */
    @JsonCreator
    public static WorkoutStepTargetType fromValue(String value) {
        return value == null ? null : BY_VALUE.get(value);
    }

    /** The constant for {@code value}; empty when {@code value} is null or unknown. */
    public static Optional<WorkoutStepTargetType> of(String value) {
        return Optional.ofNullable(fromValue(value));
    }

    /** Whether {@code value} is a known value. */
    public static boolean isKnown(String value) {
        return value != null && BY_VALUE.containsKey(value);
    }
}
