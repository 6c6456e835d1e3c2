// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.enums;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code StrokeType} (string enum, serialised as its wire string).
 *
 * <p>{@link #fromValue(String)} returns {@code null} for values this version does not know; model
 * records keep the raw string so such values are never lost.
 */
public enum StrokeType implements TerraStringEnum {
    OTHER("other"),
    FREESTYLE("freestyle"),
    BACKSTROKE("backstroke"),
    BREASTSTROKE("breaststroke"),
    BUTTERFLY("butterfly");

    private static final Map<String, StrokeType> BY_VALUE = new HashMap<>();

    static {
        for (StrokeType e : values()) {
            BY_VALUE.put(e.value, e);
        }
    }

    private final String value;

    StrokeType(String value) {
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
    public static StrokeType fromValue(String value) {
        return value == null ? null : BY_VALUE.get(value);
    }

    /** The constant for {@code value}; empty when {@code value} is null or unknown. */
    public static Optional<StrokeType> of(String value) {
        return Optional.ofNullable(fromValue(value));
    }

    /** Whether {@code value} is a known value. */
    public static boolean isKnown(String value) {
        return value != null && BY_VALUE.containsKey(value);
    }
}
