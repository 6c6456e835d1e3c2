// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Classic planned-workout {@code PlannedWorkoutExerciseCategory} (numeric enum, serialised as its integer value).
 *
 * <p>{@link #fromValue(int)} returns {@code null} for values this version does not know; model records
 * keep the raw integer so such values are never lost.
 */
public enum PlannedWorkoutExerciseCategory implements TerraIntEnum {
    UNKNOWN(0, "UNKNOWN"),
    BENCH_PRESS(1, "BENCH_PRESS"),
    CALF_RAISE(2, "CALF_RAISE"),
    CARDIO(3, "CARDIO"),
    CARRY(4, "CARRY"),
    CHOP(5, "CHOP"),
    CORE(6, "CORE"),
    CRUNCH(7, "CRUNCH"),
    CURL(8, "CURL"),
    DEADLIFT(9, "DEADLIFT"),
    FLYE(10, "FLYE"),
    HIP_RAISE(11, "HIP_RAISE"),
    HIP_STABILITY(12, "HIP_STABILITY"),
    HIP_SWING(13, "HIP_SWING"),
    HYPEREXTENSION(14, "HYPEREXTENSION"),
    LATERAL_RAISE(15, "LATERAL_RAISE"),
    LEG_CURL(16, "LEG_CURL"),
    LEG_RAISE(17, "LEG_RAISE"),
    LUNGE(18, "LUNGE"),
    OLYMPIC_LIFT(19, "OLYMPIC_LIFT"),
    PLANK(20, "PLANK"),
    PLYO(21, "PLYO"),
    PULL_UP(22, "PULL_UP"),
    PUSH_UP(23, "PUSH_UP"),
    ROW(24, "ROW"),
    SHOULDER_PRESS(25, "SHOULDER_PRESS"),
    SHOULDER_STABILITY(26, "SHOULDER_STABILITY"),
    SHRUG(27, "SHRUG"),
    SIT_UP(28, "SIT_UP"),
    SQUAT(29, "SQUAT"),
    TOTAL_BODY(30, "TOTAL_BODY"),
    TRICEPS_EXTENSION(31, "TRICEPS_EXTENSION"),
    WARM_UP(32, "WARM_UP"),
    RUN(33, "RUN"),
    BIKE(34, "BIKE"),
    CARDIO_SENSORS(35, "CARDIO_SENSORS");

    private static final Map<Integer, PlannedWorkoutExerciseCategory> BY_VALUE = new HashMap<>();

    static {
        for (PlannedWorkoutExerciseCategory e : values()) {
            BY_VALUE.put(e.value, e);
        }
    }

    private final int value;
    private final String label;

    PlannedWorkoutExerciseCategory(int value, String label) {
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
    public static PlannedWorkoutExerciseCategory fromValue(int value) {
        return BY_VALUE.get(value);
    }

    /** The constant for {@code value}; empty when {@code value} is null or unknown. */
    public static Optional<PlannedWorkoutExerciseCategory> of(Integer value) {
        return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
    }

    /** Whether {@code value} is a known value. */
    public static boolean isKnown(Integer value) {
        return value != null && BY_VALUE.containsKey(value);
    }
}
