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
 * Terra {@code SleepDurationsData} object (wire shape of {@code schemas/core/SleepDurationsData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SleepDurationsData(
        @JsonProperty("asleep") AsleepDurations asleep,
        @JsonProperty("awake") AwakeDurations awake,
        @JsonProperty("hypnogram_samples") List<SleepHypnogramSample> hypnogramSamples,
        @JsonProperty("other") OtherSleepDurations other,
        @JsonProperty("sleep_efficiency") Double sleepEfficiency,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public SleepDurationsData {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public SleepDurationsData withoutSamples() {
        return new SleepDurationsData(asleep, awake, null, other, sleepEfficiency, extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.asleep = asleep;
        b.awake = awake;
        b.hypnogramSamples = hypnogramSamples;
        b.other = other;
        b.sleepEfficiency = sleepEfficiency;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link SleepDurationsData}. */
    public static final class Builder {
        private AsleepDurations asleep;
        private AwakeDurations awake;
        private List<SleepHypnogramSample> hypnogramSamples;
        private OtherSleepDurations other;
        private Double sleepEfficiency;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder asleep(AsleepDurations asleep) {
            this.asleep = asleep;
            return this;
        }

        public Builder awake(AwakeDurations awake) {
            this.awake = awake;
            return this;
        }

        public Builder hypnogramSamples(List<SleepHypnogramSample> hypnogramSamples) {
            this.hypnogramSamples = hypnogramSamples;
            return this;
        }

        public Builder other(OtherSleepDurations other) {
            this.other = other;
            return this;
        }

        public Builder sleepEfficiency(Double sleepEfficiency) {
            this.sleepEfficiency = sleepEfficiency;
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

        public SleepDurationsData build() {
            return new SleepDurationsData(asleep, awake, hypnogramSamples, other, sleepEfficiency, extra);
        }
    }
}
