// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.MealType;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code Meal} object (wire shape of {@code schemas/core/Meal.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code type}: {@link MealType}</li>
 * </ul>
 * Required by the schema: {@code micros}, {@code type}, {@code id}, {@code timestamp}, {@code quantity}, {@code name}, {@code macros}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Meal(
        @JsonProperty("micros") NutritionMicros micros,
        @JsonProperty("type") @EnumType(MealType.class) Integer type,
        @JsonProperty("id") String id,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("quantity") NutritionQuantity quantity,
        @JsonProperty("name") String name,
        @JsonProperty("macros") NutritionMacros macros,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public Meal {
        extra = Extra.copy(extra);
    }

    /** {@code type} as {@link MealType}; empty when absent or not a known value. */
    public Optional<MealType> typeAsEnum() {
        return MealType.of(type);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.micros = micros;
        b.type = type;
        b.id = id;
        b.timestamp = timestamp;
        b.quantity = quantity;
        b.name = name;
        b.macros = macros;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link Meal}. */
    public static final class Builder {
        private NutritionMicros micros;
        private Integer type;
        private String id;
        private String timestamp;
        private NutritionQuantity quantity;
        private String name;
        private NutritionMacros macros;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder micros(NutritionMicros micros) {
            this.micros = micros;
            return this;
        }

        public Builder type(Integer type) {
            this.type = type;
            return this;
        }

        public Builder type(MealType type) {
            this.type = type == null ? null : type.value();
            return this;
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder quantity(NutritionQuantity quantity) {
            this.quantity = quantity;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder macros(NutritionMacros macros) {
            this.macros = macros;
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

        public Meal build() {
            return new Meal(micros, type, id, timestamp, quantity, name, macros, extra);
        }
    }
}
