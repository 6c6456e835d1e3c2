// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code NutritionSummary} object (wire shape of {@code schemas/core/NutritionSummary.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NutritionSummary(
        @JsonProperty("macros") NutritionMacros macros,
        @JsonProperty("micros") NutritionMicros micros,
        @JsonProperty("water_ml") Double waterMl,
        @JsonProperty("drink_ml") Double drinkMl,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public NutritionSummary {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.macros = macros;
        b.micros = micros;
        b.waterMl = waterMl;
        b.drinkMl = drinkMl;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link NutritionSummary}. */
    public static final class Builder {
        private NutritionMacros macros;
        private NutritionMicros micros;
        private Double waterMl;
        private Double drinkMl;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder macros(NutritionMacros macros) {
            this.macros = macros;
            return this;
        }

        public Builder micros(NutritionMicros micros) {
            this.micros = micros;
            return this;
        }

        public Builder waterMl(Double waterMl) {
            this.waterMl = waterMl;
            return this;
        }

        public Builder drinkMl(Double drinkMl) {
            this.drinkMl = drinkMl;
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

        public NutritionSummary build() {
            return new NutritionSummary(macros, micros, waterMl, drinkMl, extra);
        }
    }
}
