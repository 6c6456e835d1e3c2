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
 * Terra {@code NutritionQuantity} object (wire shape of {@code schemas/core/NutritionQuantity.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code unit}: {@link NutritionUnits}</li>
 * </ul>
 * Required by the schema: {@code unit}, {@code amount}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NutritionQuantity(
        @JsonProperty("unit") @EnumType(NutritionUnits.class)
        Integer unit,

        @JsonProperty("amount") Double amount,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public NutritionQuantity {
        extra = Extra.copy(extra);
    }

    /** {@code unit} as {@link NutritionUnits}; empty when absent or not a known value. */
    public Optional<NutritionUnits> unitAsEnum() {
        return NutritionUnits.of(unit);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.unit = unit;
        b.amount = amount;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link NutritionQuantity}. */
    public static final class Builder {
        private Integer unit;
        private Double amount;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder unit(Integer unit) {
            this.unit = unit;
            return this;
        }

        public Builder unit(NutritionUnits unit) {
            this.unit = unit == null ? null : unit.value();
            return this;
        }

        public Builder amount(Double amount) {
            this.amount = amount;
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

        public NutritionQuantity build() {
            return new NutritionQuantity(unit, amount, extra);
        }
    }
}
