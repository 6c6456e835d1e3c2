// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.StepControlType;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code StepControl} object (wire shape of {@code schemas/core/StepControl.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code type}: {@link StepControlType}</li>
 * </ul>
 * Required by the schema: {@code type}, {@code value}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StepControl(
        @JsonProperty("type") @EnumType(StepControlType.class)
        String type,

        @JsonProperty("value") Double value,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public StepControl {
        extra = Extra.copy(extra);
    }

    /** {@code type} as {@link StepControlType}; empty when absent or not a known value. */
    public Optional<StepControlType> typeAsEnum() {
        return StepControlType.of(type);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.value = value;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link StepControl}. */
    public static final class Builder {
        private String type;
        private Double value;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder type(StepControlType type) {
            this.type = type == null ? null : type.value();
            return this;
        }

        public Builder value(Double value) {
            this.value = value;
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

        public StepControl build() {
            return new StepControl(type, value, extra);
        }
    }
}
