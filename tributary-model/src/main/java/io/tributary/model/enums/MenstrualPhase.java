package io.tributary.model.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Classic (pre-2026) string enum of {@code MenstruationData.current_phase}. The current schema uses the numeric
 * {@link MenstruationInterval} instead.
 */
public enum MenstrualPhase implements TerraStringEnum {
    MENSTRUAL("menstrual"),
    FOLLICULAR("follicular"),
    OVULATION("ovulation"),
    LUTEAL("luteal"),
    PMS("pms"),
    FERTILE("fertile"),
    FIRST_TRIMESTER("first_trimester"),
    SECOND_TRIMESTER("second_trimester"),
    THIRD_TRIMESTER("third_trimester"),
    UNKNOWN("unknown");

    private static final Map<String, MenstrualPhase> BY_VALUE = new HashMap<>();

    static {
        for (MenstrualPhase e : values()) {
            BY_VALUE.put(e.value, e);
        }
    }

    private final String value;

    MenstrualPhase(String value) {
        this.value = value;
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** The constant for {@code value}, or {@code null} when it is null or not a known value. */
    @JsonCreator
    public static MenstrualPhase fromValue(String value) {
        return value == null ? null : BY_VALUE.get(value);
    }

    /** The constant for {@code value}; empty when {@code value} is null or unknown. */
    public static Optional<MenstrualPhase> of(String value) {
        return Optional.ofNullable(fromValue(value));
    }

    /** Whether {@code value} is a known value. */
    public static boolean isKnown(String value) {
        return value != null && BY_VALUE.containsKey(value);
    }
}
