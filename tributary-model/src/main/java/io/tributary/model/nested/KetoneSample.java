// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.KetoneSampleType;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code KetoneSample} object (wire shape of {@code schemas/core/KetoneSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code sample_type}: {@link KetoneSampleType}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KetoneSample(
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("ketone_mg_per_dL") Double ketoneMgPerDl,

        @JsonProperty("sample_type") @EnumType(KetoneSampleType.class)
        Integer sampleType,

        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public KetoneSample {
        extra = Extra.copy(extra);
    }

    /** {@code sample_type} as {@link KetoneSampleType}; empty when absent or not a known value. */
    public Optional<KetoneSampleType> sampleTypeAsEnum() {
        return KetoneSampleType.of(sampleType);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timestamp = timestamp;
        b.ketoneMgPerDl = ketoneMgPerDl;
        b.sampleType = sampleType;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link KetoneSample}. */
    public static final class Builder {
        private String timestamp;
        private Double ketoneMgPerDl;
        private Integer sampleType;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder ketoneMgPerDl(Double ketoneMgPerDl) {
            this.ketoneMgPerDl = ketoneMgPerDl;
            return this;
        }

        public Builder sampleType(Integer sampleType) {
            this.sampleType = sampleType;
            return this;
        }

        public Builder sampleType(KetoneSampleType sampleType) {
            this.sampleType = sampleType == null ? null : sampleType.value();
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

        public KetoneSample build() {
            return new KetoneSample(timestamp, ketoneMgPerDl, sampleType, extra);
        }
    }
}
