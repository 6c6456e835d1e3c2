// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code RawECGSample} object (wire shape of {@code schemas/core/RawECGSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RawECGSample(
        @JsonProperty("potential_uV") Double potentialUv,
        @JsonProperty("timestamp") String timestamp,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public RawECGSample {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.potentialUv = potentialUv;
        b.timestamp = timestamp;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link RawECGSample}. */
    public static final class Builder {
        private Double potentialUv;
        private String timestamp;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder potentialUv(Double potentialUv) {
            this.potentialUv = potentialUv;
            return this;
        }

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
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

        public RawECGSample build() {
            return new RawECGSample(potentialUv, timestamp, extra);
        }
    }
}
