// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.AFibFlag;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code AFibClassificationSample} object (wire shape of {@code schemas/core/AFibClassificationSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code afib_classification}: {@link AFibFlag}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AFibClassificationSample(
        @JsonProperty("timestamp") String timestamp,

        @JsonProperty("afib_classification") @EnumType(AFibFlag.class)
        Integer afibClassification,

        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public AFibClassificationSample {
        extra = Extra.copy(extra);
    }

    /** {@code afib_classification} as {@link AFibFlag}; empty when absent or not a known value. */
    public Optional<AFibFlag> afibClassificationAsEnum() {
        return AFibFlag.of(afibClassification);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timestamp = timestamp;
        b.afibClassification = afibClassification;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link AFibClassificationSample}. */
    public static final class Builder {
        private String timestamp;
        private Integer afibClassification;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
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

        public AFibClassificationSample build() {
            return new AFibClassificationSample(timestamp, afibClassification, extra);
        }
    }
}
