// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.AFibFlag;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code ECGReading} object (wire shape of {@code schemas/core/ECGReading.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code afib_classification}: {@link AFibFlag}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ECGReading(
        @JsonProperty("start_timestamp") String startTimestamp,
        @JsonProperty("avg_hr_bpm") Double avgHrBpm,

        @JsonProperty("afib_classification") @EnumType(AFibFlag.class)
        Integer afibClassification,

        @JsonProperty("raw_signal") List<RawECGSample> rawSignal,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public ECGReading {
        extra = Extra.copy(extra);
    }

    /** {@code afib_classification} as {@link AFibFlag}; empty when absent or not a known value. */
    public Optional<AFibFlag> afibClassificationAsEnum() {
        return AFibFlag.of(afibClassification);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public ECGReading withoutSamples() {
        return new ECGReading(startTimestamp, avgHrBpm, afibClassification, null, extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.startTimestamp = startTimestamp;
        b.avgHrBpm = avgHrBpm;
        b.afibClassification = afibClassification;
        b.rawSignal = rawSignal;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link ECGReading}. */
    public static final class Builder {
        private String startTimestamp;
        private Double avgHrBpm;
        private Integer afibClassification;
        private List<RawECGSample> rawSignal;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder startTimestamp(String startTimestamp) {
            this.startTimestamp = startTimestamp;
            return this;
        }

        public Builder avgHrBpm(Double avgHrBpm) {
            this.avgHrBpm = avgHrBpm;
            return this;
        }

        public Builder afibClassification(Integer afibClassification) {
            this.afibClassification = afibClassification;
            return this;
        }

        public Builder afibClassification(AFibFlag afibClassification) {
            this.afibClassification = afibClassification == null ? null : afibClassification.value();
            return this;
        }

        public Builder rawSignal(List<RawECGSample> rawSignal) {
            this.rawSignal = rawSignal;
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

        public ECGReading build() {
            return new ECGReading(startTimestamp, avgHrBpm, afibClassification, rawSignal, extra);
        }
    }
}
