// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code DailyPatternSample} object (wire shape of {@code schemas/core/DailyPatternSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DailyPatternSample(
        @JsonProperty("time_from_midnight") Integer timeFromMidnight,
        @JsonProperty("percentile_5") Double percentile5,
        @JsonProperty("percentile_25") Double percentile25,
        @JsonProperty("percentile_50") Double percentile50,
        @JsonProperty("percentile_75") Double percentile75,
        @JsonProperty("percentile_95") Double percentile95,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public DailyPatternSample {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timeFromMidnight = timeFromMidnight;
        b.percentile5 = percentile5;
        b.percentile25 = percentile25;
        b.percentile50 = percentile50;
        b.percentile75 = percentile75;
        b.percentile95 = percentile95;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link DailyPatternSample}. */
    public static final class Builder {
        private Integer timeFromMidnight;
        private Double percentile5;
        private Double percentile25;
        private Double percentile50;
        private Double percentile75;
        private Double percentile95;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder timeFromMidnight(Integer timeFromMidnight) {
            this.timeFromMidnight = timeFromMidnight;
            return this;
        }

        public Builder percentile5(Double percentile5) {
            this.percentile5 = percentile5;
            return this;
        }

        public Builder percentile25(Double percentile25) {
            this.percentile25 = percentile25;
            return this;
        }

        public Builder percentile50(Double percentile50) {
            this.percentile50 = percentile50;
            return this;
        }

        public Builder percentile75(Double percentile75) {
            this.percentile75 = percentile75;
            return this;
        }

        public Builder percentile95(Double percentile95) {
            this.percentile95 = percentile95;
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

        public DailyPatternSample build() {
            return new DailyPatternSample(
                    timeFromMidnight, percentile5, percentile25, percentile50, percentile75, percentile95, extra);
        }
    }
}
