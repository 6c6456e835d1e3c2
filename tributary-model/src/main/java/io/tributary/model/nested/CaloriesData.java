// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;

/**
 * Terra {@code CaloriesData} object (wire shape of {@code schemas/core/CaloriesData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaloriesData(
        @JsonProperty("BMR_calories") Double bmrCalories,
        @JsonProperty("calorie_samples") List<CalorieSample> calorieSamples,
        @JsonProperty("net_activity_calories") Double netActivityCalories,
        @JsonProperty("net_intake_calories") Double netIntakeCalories,
        @JsonProperty("total_burned_calories") Double totalBurnedCalories,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public CaloriesData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public CaloriesData withoutSamples() {
        return new CaloriesData(bmrCalories, null, netActivityCalories, netIntakeCalories, totalBurnedCalories, extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.bmrCalories = bmrCalories;
        b.calorieSamples = calorieSamples;
        b.netActivityCalories = netActivityCalories;
        b.netIntakeCalories = netIntakeCalories;
        b.totalBurnedCalories = totalBurnedCalories;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link CaloriesData}. */
    public static final class Builder {
        private Double bmrCalories;
        private List<CalorieSample> calorieSamples;
        private Double netActivityCalories;
        private Double netIntakeCalories;
        private Double totalBurnedCalories;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder bmrCalories(Double bmrCalories) {
            this.bmrCalories = bmrCalories;
            return this;
        }

        public Builder calorieSamples(List<CalorieSample> calorieSamples) {
            this.calorieSamples = calorieSamples;
            return this;
        }

        public Builder netActivityCalories(Double netActivityCalories) {
            this.netActivityCalories = netActivityCalories;
            return this;
        }

        public Builder netIntakeCalories(Double netIntakeCalories) {
            this.netIntakeCalories = netIntakeCalories;
            return this;
        }

        public Builder totalBurnedCalories(Double totalBurnedCalories) {
            this.totalBurnedCalories = totalBurnedCalories;
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

        public CaloriesData build() {
            return new CaloriesData(
                    bmrCalories, calorieSamples, netActivityCalories, netIntakeCalories, totalBurnedCalories, extra);
        }
    }
}
