// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code DistanceData} object (wire shape of {@code schemas/core/DistanceData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DistanceData(
        @JsonProperty("detailed") DistanceDataDetailed detailed,
        @JsonProperty("summary") DistanceDataSummary summary,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public DistanceData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public DistanceData withoutSamples() {
        return new DistanceData(detailed == null ? null : detailed.withoutSamples(), summary, extra);
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

    /** Fluent builder for {@link DistanceData}. */
    public static final class Builder {
        private DistanceDataDetailed detailed;
        private DistanceDataSummary summary;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder detailed(DistanceDataDetailed detailed) {
            this.detailed = detailed;
            return this;
        }

        public Builder summary(DistanceDataSummary summary) {
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

        public DistanceData build() {
            return new DistanceData(detailed, summary, extra);
        }
    }
}
