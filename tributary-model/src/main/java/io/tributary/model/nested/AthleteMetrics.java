// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code AthleteMetrics} object (wire shape of {@code schemas/core/AthleteMetrics.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AthleteMetrics(
        @JsonProperty("threshold_heart_rate") Double thresholdHeartRate,
        @JsonProperty("max_heart_rate") Double maxHeartRate,
        @JsonProperty("threshold_speed") Double thresholdSpeed,
        @JsonProperty("ftp") Double ftp,
        @JsonProperty("pool_length_meters") Double poolLengthMeters,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public AthleteMetrics {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.thresholdHeartRate = thresholdHeartRate;
        b.maxHeartRate = maxHeartRate;
        b.thresholdSpeed = thresholdSpeed;
        b.ftp = ftp;
        b.poolLengthMeters = poolLengthMeters;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link AthleteMetrics}. */
    public static final class Builder {
        private Double thresholdHeartRate;
        private Double maxHeartRate;
        private Double thresholdSpeed;
        private Double ftp;
        private Double poolLengthMeters;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder thresholdHeartRate(Double thresholdHeartRate) {
            this.thresholdHeartRate = thresholdHeartRate;
            return this;
        }

        public Builder maxHeartRate(Double maxHeartRate) {
            this.maxHeartRate = maxHeartRate;
            return this;
        }

        public Builder thresholdSpeed(Double thresholdSpeed) {
            this.thresholdSpeed = thresholdSpeed;
            return this;
        }

        public Builder ftp(Double ftp) {
            this.ftp = ftp;
            return this;
        }

        public Builder poolLengthMeters(Double poolLengthMeters) {
            this.poolLengthMeters = poolLengthMeters;
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

        public AthleteMetrics build() {
            return new AthleteMetrics(thresholdHeartRate, maxHeartRate, thresholdSpeed, ftp, poolLengthMeters, extra);
        }
    }
}
