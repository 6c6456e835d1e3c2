// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code HeartRateData} object (wire shape of {@code schemas/core/HeartRateData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HeartRateData(
        @JsonProperty("detailed") HeartRateDataDetailed detailed,
        @JsonProperty("summary") HeartRateDataSummary summary,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public HeartRateData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public HeartRateData withoutSamples() {
        return new HeartRateData(detailed == null ? null : detailed.withoutSamples(), summary, extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.detailed = detailed;
        b.summary = summary;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link HeartRateData}. */
    public static final class Builder {
        private HeartRateDataDetailed detailed;
        private HeartRateDataSummary summary;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder detailed(HeartRateDataDetailed detailed) {
            this.detailed = detailed;
            return this;
        }

        public Builder summary(HeartRateDataSummary summary) {
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

        public HeartRateData build() {
            return new HeartRateData(detailed, summary, extra);
        }
    }
}
