// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.nested.DrinkSample;
import io.tributary.model.nested.Meal;
import io.tributary.model.nested.NutritionMetadata;
import io.tributary.model.nested.NutritionSummary;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;

/**
 * Terra {@code Nutrition} object (wire shape of {@code schemas/core/Nutrition.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code metadata}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Nutrition(
        @JsonProperty("drink_samples") List<DrinkSample> drinkSamples,
        @JsonProperty("meals") List<Meal> meals,
        @JsonProperty("metadata") NutritionMetadata metadata,
        @JsonProperty("summary") NutritionSummary summary,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements TerraDataModel {

    public Nutrition {
        extra = Extra.copy(extra);
    }

    @Override
    public DataType dataType() {
        return DataType.NUTRITION;
    }

    @Override
    public String identityKey() {
        return IdentityKeys.nutrition(this);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    @Override
    public Nutrition withoutSamples() {
        return new Nutrition(null, meals, metadata, summary, extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.drinkSamples = drinkSamples;
        b.meals = meals;
        b.metadata = metadata;
        b.summary = summary;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link Nutrition}. */
    public static final class Builder {
        private List<DrinkSample> drinkSamples;
        private List<Meal> meals;
        private NutritionMetadata metadata;
        private NutritionSummary summary;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder drinkSamples(List<DrinkSample> drinkSamples) {
            this.drinkSamples = drinkSamples;
            return this;
        }

        public Builder meals(List<Meal> meals) {
            this.meals = meals;
            return this;
        }

        public Builder metadata(NutritionMetadata metadata) {
            this.metadata = metadata;
            return this;
        }

        public Builder summary(NutritionSummary summary) {
            this.summary = summary;
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

        public Nutrition build() {
            return new Nutrition(drinkSamples, meals, metadata, summary, extra);
        }
    }
}
