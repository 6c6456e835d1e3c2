// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.MenstruationInterval;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code MenstruationIntervalSample} object (wire shape of {@code schemas/core/MenstruationIntervalSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code phase}: {@link MenstruationInterval}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MenstruationIntervalSample(
        @JsonProperty("start_timestamp") String startTimestamp,
        @JsonProperty("end_timestamp") String endTimestamp,

        @JsonProperty("phase") @EnumType(MenstruationInterval.class)
        Integer phase,

        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public MenstruationIntervalSample {
        extra = Extra.copy(extra);
    }

    /** {@code phase} as {@link MenstruationInterval}; empty when absent or not a known value. */
    public Optional<MenstruationInterval> phaseAsEnum() {
        return MenstruationInterval.of(phase);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.startTimestamp = startTimestamp;
        b.endTimestamp = endTimestamp;
        b.phase = phase;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link MenstruationIntervalSample}. */
    public static final class Builder {
        private String startTimestamp;
        private String endTimestamp;
        private Integer phase;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder startTimestamp(String startTimestamp) {
            this.startTimestamp = startTimestamp;
            return this;
        }

        public Builder endTimestamp(String endTimestamp) {
            this.endTimestamp = endTimestamp;
            return this;
        }

        public Builder phase(Integer phase) {
            this.phase = phase;
            return this;
        }

        public Builder phase(MenstruationInterval phase) {
            this.phase = phase == null ? null : phase.value();
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

        public MenstruationIntervalSample build() {
            return new MenstruationIntervalSample(startTimestamp, endTimestamp, phase, extra);
        }
    }
}
