// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code ActivityLevel} (numeric enum, serialised as its integer value).
 *
 * <p>{@link #fromValue(int)} returns {@code null} for values this version does not know; model records
 * keep the raw integer so such values are never lost.
 */
public enum ActivityLevel implements TerraIntEnum {
    UNKNOWN(0, "Unknown"),
    REST(1, "Rest"),
    INACTIVE(2, "Inactive"),
    LOW_INTENSITY(3, "Low Intensity"),
    MEDIUM_INTENSITY(4, "Medium Intensity"),
    HIGH_INTENSITY(5, "High Intensity");

    private static final Map<Integer, ActivityLevel> BY_VALUE = new HashMap<>();

    static {
        for (ActivityLevel e : values()) {
            BY_VALUE.put(e.value, e);
        }
    }

    private final int value;
    private final String label;

    ActivityLevel(int value, String label) {
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
    public static ActivityLevel fromValue(int value) {
        return BY_VALUE.get(value);
    }

    /** The constant for {@code value}; empty when {@code value} is null or unknown. */
    public static Optional<ActivityLevel> of(Integer value) {
        return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
    }

    /** Whether {@code value} is a known value. */
    public static boolean isKnown(Integer value) {
        return value != null && BY_VALUE.containsKey(value);
    }
}
