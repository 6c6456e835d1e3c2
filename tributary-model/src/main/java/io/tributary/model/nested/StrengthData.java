// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.WeightUnit;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code StrengthData} object (wire shape of {@code schemas/core/StrengthData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code weight_display_unit}: {@link WeightUnit}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StrengthData(
        @JsonProperty("exercise_name") String exerciseName,
        @JsonProperty("weight") Double weight,

        @JsonProperty("weight_display_unit") @EnumType(WeightUnit.class)
        String weightDisplayUnit,

        @JsonProperty("exercise_category") String exerciseCategory,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public StrengthData {
        extra = Extra.copy(extra);
    }

    /** {@code weight_display_unit} as {@link WeightUnit}; empty when absent or not a known value. */
    public Optional<WeightUnit> weightDisplayUnitAsEnum() {
        return WeightUnit.of(weightDisplayUnit);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.exerciseName = exerciseName;
        b.weight = weight;
        b.weightDisplayUnit = weightDisplayUnit;
        b.exerciseCategory = exerciseCategory;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link StrengthData}. */
    public static final class Builder {
        private String exerciseName;
        private Double weight;
        private String weightDisplayUnit;
        private String exerciseCategory;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder exerciseName(String exerciseName) {
            this.exerciseName = exerciseName;
            return this;
        }

        public Builder weight(Double weight) {
            this.weight = weight;
            return this;
        }

        public Builder weightDisplayUnit(String weightDisplayUnit) {
            this.weightDisplayUnit = weightDisplayUnit;
            return this;
        }

        public Builder weightDisplayUnit(WeightUnit weightDisplayUnit) {
            this.weightDisplayUnit = weightDisplayUnit == null ? null : weightDisplayUnit.value();
            return this;
        }

        public Builder exerciseCategory(String exerciseCategory) {
            this.exerciseCategory = exerciseCategory;
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

        public StrengthData build() {
            return new StrengthData(exerciseName, weight, weightDisplayUnit, exerciseCategory, extra);
        }
    }
}
