// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code HealthObservationCategory} (numeric enum, serialised as its integer value).
 *
 * <p>{@link #fromValue(int)} returns {@code null} for values this version does not know; model records
 * keep the raw integer so such values are never lost.
 */
public enum HealthObservationCategory implements TerraIntEnum {
    UNSPECIFIED(0, "Unspecified"),
    SYMPTOM(1, "Symptom"),
    REPRODUCTIVE_HEALTH(2, "Reproductive Health"),
    SELF_CARE(3, "Self Care"),
    MEDICATION(4, "Medication"),
    LAB_HEALTH_METRICS(5, "Lab & Health Metrics"),
    STATE_OF_MIND(6, "State of Mind"),
    DEVICE_EVENT(7, "Device Event"),
    CLINICAL(8, "Clinical");

    private static final Map<Integer, HealthObservationCategory> BY_VALUE = new HashMap<>();

    static {
        for (HealthObservationCategory e : values()) {
            BY_VALUE.put(e.value, e);
        }
    }

    private final int value;
    private final String label;

    HealthObservationCategory(int value, String label) {
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
    public static HealthObservationCategory fromValue(int value) {
        return BY_VALUE.get(value);
    }

    /** The constant for {@code value}; empty when {@code value} is null or unknown. */
    public static Optional<HealthObservationCategory> of(Integer value) {
        return value == null ? Optional.empty() : Optional.ofNullable(BY_VALUE.get(value));
    }

    /** Whether {@code value} is a known value. */
    public static boolean isKnown(Integer value) {
        return value != null && BY_VALUE.containsKey(value);
    }
}
