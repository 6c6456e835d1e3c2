// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.ObservationValueType;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code ObservationValue} object (wire shape of {@code schemas/core/ObservationValue.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code value_type}: {@link ObservationValueType}</li>
 * </ul>
 * Required by the schema: {@code value_type}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservationValue(
        @JsonProperty("value_type") @EnumType(ObservationValueType.class)
        Integer valueType,

        @JsonProperty("quantity") Double quantity,
        @JsonProperty("unit") String unit,
        @JsonProperty("boolean") Boolean booleanValue,
        @JsonProperty("text") String text,
        @JsonProperty("code") String code,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public ObservationValue {
        extra = Extra.copy(extra);
    }

    /** {@code value_type} as {@link ObservationValueType}; empty when absent or not a known value. */
    public Optional<ObservationValueType> valueTypeAsEnum() {
        return ObservationValueType.of(valueType);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.valueType = valueType;
        b.quantity = quantity;
        b.unit = unit;
        b.booleanValue = booleanValue;
        b.text = text;
        b.code = code;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link ObservationValue}. */
    public static final class Builder {
        private Integer valueType;
        private Double quantity;
        private String unit;
        private Boolean booleanValue;
        private String text;
        private String code;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder valueType(Integer valueType) {
            this.valueType = valueType;
            return this;
        }

        public Builder valueType(ObservationValueType valueType) {
            this.valueType = valueType == null ? null : valueType.value();
            return this;
        }

        public Builder quantity(Double quantity) {
            this.quantity = quantity;
            return this;
        }

        public Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        public Builder booleanValue(Boolean booleanValue) {
            this.booleanValue = booleanValue;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder code(String code) {
            this.code = code;
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

        public ObservationValue build() {
            return new ObservationValue(valueType, quantity, unit, booleanValue, text, code, extra);
        }
    }
}
