// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Classic planned-workout {@code PlannedWorkoutTargetType} (numeric enum, serialised as its integer value).
 *
 * <p>{@link #fromValue(int)} returns {@code null} for values this version does not know; model records
 * keep the raw integer so such values are never lost.
 */
public enum PlannedWorkoutTargetType implements TerraIntEnum {
    SPEED(0, "SPEED"),
    HEART_RATE(1, "HEART_RATE"),
    OPEN(2, "OPEN"),
    CADENCE(3, "CADENCE"),
    POWER(4, "POWER"),
    SWIM_STROKE(8, "SWIM_STROKE"),
    PACE(11, "PACE"),
    HEART_RATE_THRESHOLD_PERCENTAGE(12, "HEART_RATE_THRESHOLD_PERCENTAGE"),
    HEART_RATE_MAX_PERCENTAGE(13, "HEART_RATE_MAX_PERCENTAGE"),
    SPEED_PERCENTAGE(14, "SPEED_PERCENTAGE"),
    POWER_PERCENTAGE(15, "POWER_PERCENTAGE"),
    REPETITION(16, "REPETITION");

    private static final Map<Integer, PlannedWorkoutTargetType> BY_VALUE = new HashMap<>();

    static {
        for (PlannedWorkoutTargetType e : values()) {
            BY_VALUE.put(e.value, e);
        }
    }

    private final int value;
    private final String label;

    PlannedWorkoutTargetType(int value, String label) {
        this.value = value;
        this.label = label;
    }

    /** The wire value. */
    @JsonValue
    @Override
    public int value() {
        return value;
    }

    /** Human-readable name, as in the Terra documentation. */
    @Override
    public String label() {
        return label;
    }

    /** The constant for {@code value}, or {@code null} when it is not a known value. */
    @JsonCreator
    public static PlannedWorkoutTargetType fromValue(int value) {
        return BY_VALUE.get(value);
    }

    /** The constant for {@code value}; empty when {@code value} is null or unknown. */
    public static Optional<PlannedWorkoutTargetType> of(Integer value) {
        return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
    }

    /** Whether {@code value} is a known value. */
    public static boolean isKnown(Integer value) {
        return value != null && BY_VALUE.containsKey(value);
    }
}
