// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.SleepLevel;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code SleepHypnogramSample} object (wire shape of {@code schemas/core/SleepHypnogramSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code level}: {@link SleepLevel}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SleepHypnogramSample(
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("level") @EnumType(SleepLevel.class) Integer level,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public SleepHypnogramSample {
        extra = Extra.copy(extra);
    }

    /** {@code level} as {@link SleepLevel}; empty when absent or not a known value. */
    public Optional<SleepLevel> levelAsEnum() {
        return SleepLevel.of(level);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timestamp = timestamp;
        b.level = level;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link SleepHypnogramSample}. */
    public static final class Builder {
        private String timestamp;
        private Integer level;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder level(Integer level) {
            this.level = level;
            return this;
        }

        public Builder level(SleepLevel level) {
            this.level = level == null ? null : level.value();
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

        public SleepHypnogramSample build() {
            return new SleepHypnogramSample(timestamp, level, extra);
        }
    }
}
