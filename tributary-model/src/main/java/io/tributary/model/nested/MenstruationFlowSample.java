// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.MenstruationFlow;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code MenstruationFlowSample} object (wire shape of {@code schemas/core/MenstruationFlowSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code flow}: {@link MenstruationFlow}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MenstruationFlowSample(
        @JsonProperty("timestamp") String timestamp,

        @JsonProperty("flow") @EnumType(MenstruationFlow.class)
        Integer flow,

        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public MenstruationFlowSample {
        extra = Extra.copy(extra);
    }

    /** {@code flow} as {@link MenstruationFlow}; empty when absent or not a known value. */
    public Optional<MenstruationFlow> flowAsEnum() {
        return MenstruationFlow.of(flow);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timestamp = timestamp;
        b.flow = flow;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link MenstruationFlowSample}. */
    public static final class Builder {
        private String timestamp;
        private Integer flow;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder flow(Integer flow) {
            this.flow = flow;
            return this;
        }

        public Builder flow(MenstruationFlow flow) {
            this.flow = flow == null ? null : flow.value();
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

        public MenstruationFlowSample build() {
            return new MenstruationFlowSample(timestamp, flow, extra);
        }
    }
}
