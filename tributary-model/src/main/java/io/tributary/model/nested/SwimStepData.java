// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.DrillType;
import io.tributary.model.enums.SwimEquipmentType;
import io.tributary.model.enums.SwimStrokeType;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code SwimStepData} object (wire shape of {@code schemas/core/SwimStepData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code stroke_type}: {@link SwimStrokeType}</li>
 *   <li>{@code drill_type}: {@link DrillType}</li>
 *   <li>{@code equipment}: {@link SwimEquipmentType}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SwimStepData(
        @JsonProperty("stroke_type") @EnumType(SwimStrokeType.class)
        String strokeType,

        @JsonProperty("drill_type") @EnumType(DrillType.class)
        String drillType,

        @JsonProperty("equipment") @EnumType(SwimEquipmentType.class)
        List<String> equipment,

        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public SwimStepData {
        extra = Extra.copy(extra);
    }

    /** {@code stroke_type} as {@link SwimStrokeType}; empty when absent or not a known value. */
    public Optional<SwimStrokeType> strokeTypeAsEnum() {
        return SwimStrokeType.of(strokeType);
    }

    /** {@code drill_type} as {@link DrillType}; empty when absent or not a known value. */
    public Optional<DrillType> drillTypeAsEnum() {
        return DrillType.of(drillType);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.strokeType = strokeType;
        b.drillType = drillType;
        b.equipment = equipment;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link SwimStepData}. */
    public static final class Builder {
        private String strokeType;
        private String drillType;
        private List<String> equipment;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder strokeType(String strokeType) {
            this.strokeType = strokeType;
            return this;
        }

        public Builder strokeType(SwimStrokeType strokeType) {
            this.strokeType = strokeType == null ? null : strokeType.value();
            return this;
        }

        public Builder drillType(String drillType) {
            this.drillType = drillType;
            return this;
        }

        public Builder drillType(DrillType drillType) {
            this.drillType = drillType == null ? null : drillType.value();
            return this;
        }

        public Builder equipment(List<String> equipment) {
            this.equipment = equipment;
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

        public SwimStepData build() {
            return new SwimStepData(strokeType, drillType, equipment, extra);
        }
    }
}
