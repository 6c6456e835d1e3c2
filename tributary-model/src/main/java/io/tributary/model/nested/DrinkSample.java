// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.NutritionUnits;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code DrinkSample} object (wire shape of {@code schemas/core/DrinkSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code drink_unit}: {@link NutritionUnits}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DrinkSample(
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("drink_volume") Double drinkVolume,

        @JsonProperty("drink_unit") @EnumType(NutritionUnits.class)
        Integer drinkUnit,

        @JsonProperty("drink_name") String drinkName,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public DrinkSample {
        extra = Extra.copy(extra);
    }

    /** {@code drink_unit} as {@link NutritionUnits}; empty when absent or not a known value. */
    public Optional<NutritionUnits> drinkUnitAsEnum() {
        return NutritionUnits.of(drinkUnit);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timestamp = timestamp;
        b.drinkVolume = drinkVolume;
        b.drinkUnit = drinkUnit;
        b.drinkName = drinkName;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link DrinkSample}. */
    public static final class Builder {
        private String timestamp;
        private Double drinkVolume;
        private Integer drinkUnit;
        private String drinkName;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder drinkVolume(Double drinkVolume) {
            this.drinkVolume = drinkVolume;
            return this;
        }

        public Builder drinkUnit(Integer drinkUnit) {
            this.drinkUnit = drinkUnit;
            return this;
        }

        public Builder drinkUnit(NutritionUnits drinkUnit) {
            this.drinkUnit = drinkUnit == null ? null : drinkUnit.value();
            return this;
        }

        public Builder drinkName(String drinkName) {
            this.drinkName = drinkName;
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

        public DrinkSample build() {
            return new DrinkSample(timestamp, drinkVolume, drinkUnit, drinkName, extra);
        }
    }
}
