// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code SleepLevel} (numeric enum, serialised as its integer value).
 *
 * <p>{@link #fromValue(int)} returns {@code null} for values this version does not know; model records
 * keep the raw integer so such values are never lost.
 */
public enum SleepLevel implements TerraIntEnum {
    UNKNOWN(0, "Unknown"),
    AWAKE(1, "Awake"),
    SLEEPING(2, "Sleeping"),
    OUT_OF_BED(3, "Out of bed"),
    LIGHT_SLEEP(4, "Light sleep"),
    DEEP_SLEEP(5, "Deep sleep"),
    REM_SLEEP(6, "REM sleep");

    private static final Map<Integer, SleepLevel> BY_VALUE = new HashMap<>();

    static {
        for (SleepLevel e : values()) {
            BY_VALUE.put(e.value, e);
        }
    }

    private final int value;
    private final String label;

    SleepLevel(int value, String label) {
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
    public static SleepLevel fromValue(int value) {
        return BY_VALUE.get(value);
    }

    /** The constant for {@code value}; empty when {@code value} is null or unknown. */
    public static Optional<SleepLevel> of(Integer value) {
        return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
    }

    /** Whether {@code value} is a known value. */
    public static boolean isKnown(Integer value) {
        return value != null && BY_VALUE.containsKey(value);
    }
}
