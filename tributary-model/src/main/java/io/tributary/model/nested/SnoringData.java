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
 * Terra {@code SnoringData} object (wire shape of {@code schemas/core/SnoringData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnoringData(
        @JsonProperty("start_time") String startTime,
        @JsonProperty("end_time") String endTime,
        @JsonProperty("num_snoring_events") Integer numSnoringEvents,
        @JsonProperty("samples") List<SnoringSample> samples,
        @JsonProperty("total_snoring_duration_seconds") Double totalSnoringDurationSeconds,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public SnoringData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public SnoringData withoutSamples() {
        return new SnoringData(startTime, endTime, numSnoringEvents, null, totalSnoringDurationSeconds, extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.startTime = startTime;
        b.endTime = endTime;
        b.numSnoringEvents = numSnoringEvents;
        b.samples = samples;
        b.totalSnoringDurationSeconds = totalSnoringDurationSeconds;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link SnoringData}. */
    public static final class Builder {
        private String startTime;
        private String endTime;
        private Integer numSnoringEvents;
        private List<SnoringSample> samples;
        private Double totalSnoringDurationSeconds;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder startTime(String startTime) {
            this.startTime = startTime;
            return this;
        }

        public Builder endTime(String endTime) {
            this.endTime = endTime;
            return this;
        }

        public Builder numSnoringEvents(Integer numSnoringEvents) {
            this.numSnoringEvents = numSnoringEvents;
            return this;
        }

        public Builder samples(List<SnoringSample> samples) {
            this.samples = samples;
            return this;
        }

        public Builder totalSnoringDurationSeconds(Double totalSnoringDurationSeconds) {
            this.totalSnoringDurationSeconds = totalSnoringDurationSeconds;
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

        public SnoringData build() {
            return new SnoringData(startTime, endTime, numSnoringEvents, samples, totalSnoringDurationSeconds, extra);
        }
    }
}
