// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.WorkoutStepTargetType;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code IntensityTarget} object (wire shape of {@code schemas/core/IntensityTarget.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code target_type}: {@link WorkoutStepTargetType}</li>
 * </ul>
 * Required by the schema: {@code target_type}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntensityTarget(
        @JsonProperty("target_type") @EnumType(WorkoutStepTargetType.class)
        String targetType,

        @JsonProperty("value") Double value,
        @JsonProperty("value_low") Double valueLow,
        @JsonProperty("value_high") Double valueHigh,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public IntensityTarget {
        extra = Extra.copy(extra);
    }

    /** {@code target_type} as {@link WorkoutStepTargetType}; empty when absent or not a known value. */
    public Optional<WorkoutStepTargetType> targetTypeAsEnum() {
        return WorkoutStepTargetType.of(targetType);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.targetType = targetType;
        b.value = value;
        b.valueLow = valueLow;
        b.valueHigh = valueHigh;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link IntensityTarget}. */
    public static final class Builder {
        private String targetType;
        private Double value;
        private Double valueLow;
        private Double valueHigh;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder targetType(String targetType) {
            this.targetType = targetType;
            return this;
        }

        public Builder targetType(WorkoutStepTargetType targetType) {
            this.targetType = targetType == null ? null : targetType.value();
            return this;
        }

        public Builder value(Double value) {
            this.value = value;
            return this;
        }

        public Builder valueLow(Double valueLow) {
            this.valueLow = valueLow;
            return this;
        }

        public Builder valueHigh(Double valueHigh) {
            this.valueHigh = valueHigh;
            return this;
        }

        /** Adds an unknown (pass-through) property. */
        public Builder putExtra(String name, Object value) {
            this.extra.put(name, value);
            return this;
        }

        /** Replaces all unknown (pass-through) properties. */
        public Builder extra(Map<String, Object> extra) {
            this.extra.clear();
            if (extra != null) {
                this.extra.putAll(extra);
            }
            return this;
        }

        public IntensityTarget build() {
            return new IntensityTarget(targetType, value, valueLow, valueHigh, extra);
        }
    }
}
