// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.OxygenSaturationType;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code OxygenSaturationSample} object (wire shape of {@code schemas/core/OxygenSaturationSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code type}: {@link OxygenSaturationType}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OxygenSaturationSample(
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("percentage") Double percentage,

        @JsonProperty("type") @EnumType(OxygenSaturationType.class)
        Integer type,

        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public OxygenSaturationSample {
        extra = Extra.copy(extra);
    }

    /** {@code type} as {@link OxygenSaturationType}; empty when absent or not a known value. */
    public Optional<OxygenSaturationType> typeAsEnum() {
        return OxygenSaturationType.of(type);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timestamp = timestamp;
        b.percentage = percentage;
        b.type = type;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link OxygenSaturationSample}. */
    public static final class Builder {
        private String timestamp;
        private Double percentage;
        private Integer type;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder percentage(Double percentage) {
            this.percentage = percentage;
            return this;
        }

        public Builder type(Integer type) {
            this.type = type;
            return this;
        }

        public Builder type(OxygenSaturationType type) {
            this.type = type == null ? null : type.value();
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

        public OxygenSaturationSample build() {
            return new OxygenSaturationSample(timestamp, percentage, type, extra);
        }
    }
}
