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
 * Terra {@code HeartRateDataDetailed} object (wire shape of {@code schemas/core/HeartRateDataDetailed.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HeartRateDataDetailed(
        @JsonProperty("hr_samples") List<HeartRateDataSample> hrSamples,
        @JsonProperty("hrv_samples_rmssd") List<HeartRateVariabilityDataSampleRMSSD> hrvSamplesRmssd,
        @JsonProperty("hrv_samples_sdnn") List<HeartRateVariabilityDataSampleSDNN> hrvSamplesSdnn,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public HeartRateDataDetailed {
        extra = Extra.copy(extra);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public HeartRateDataDetailed withoutSamples() {
        return new HeartRateDataDetailed(null, null, null, extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.hrSamples = hrSamples;
        b.hrvSamplesRmssd = hrvSamplesRmssd;
        b.hrvSamplesSdnn = hrvSamplesSdnn;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link HeartRateDataDetailed}. */
    public static final class Builder {
        private List<HeartRateDataSample> hrSamples;
        private List<HeartRateVariabilityDataSampleRMSSD> hrvSamplesRmssd;
        private List<HeartRateVariabilityDataSampleSDNN> hrvSamplesSdnn;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder hrSamples(List<HeartRateDataSample> hrSamples) {
            this.hrSamples = hrSamples;
            return this;
        }

        public Builder hrvSamplesRmssd(List<HeartRateVariabilityDataSampleRMSSD> hrvSamplesRmssd) {
            this.hrvSamplesRmssd = hrvSamplesRmssd;
            return this;
        }

        public Builder hrvSamplesSdnn(List<HeartRateVariabilityDataSampleSDNN> hrvSamplesSdnn) {
            this.hrvSamplesSdnn = hrvSamplesSdnn;
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

        public HeartRateDataDetailed build() {
            return new HeartRateDataDetailed(hrSamples, hrvSamplesRmssd, hrvSamplesSdnn, extra);
        }
    }
}
