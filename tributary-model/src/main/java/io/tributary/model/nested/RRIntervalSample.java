// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code RRIntervalSample} object (wire shape of {@code schemas/core/RRIntervalSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RRIntervalSample(
        @JsonProperty("rr_interval_ms") Double rrIntervalMs,
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("hr_bpm") Double hrBpm,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public RRIntervalSample {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.rrIntervalMs = rrIntervalMs;
        b.timestamp = timestamp;
        b.hrBpm = hrBpm;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link RRIntervalSample}. */
    public static final class Builder {
        private Double rrIntervalMs;
        private String timestamp;
        private Double hrBpm;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder rrIntervalMs(Double rrIntervalMs) {
            this.rrIntervalMs = rrIntervalMs;
            return this;
        }

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder hrBpm(Double hrBpm) {
            this.hrBpm = hrBpm;
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

        public RRIntervalSample build() {
            return new RRIntervalSample(rrIntervalMs, timestamp, hrBpm, extra);
        }
    }
}
