// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code LabReportReferenceRange} object (wire shape of {@code schemas/core/LabReportReferenceRange.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportReferenceRange(
        @JsonProperty("lower") Double lower,
        @JsonProperty("upper") Double upper,
        @JsonProperty("type") String type,
        @JsonProperty("context") LabReportRangeContext context,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportReferenceRange {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.lower = lower;
        b.upper = upper;
        b.type = type;
        b.context = context;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportReferenceRange}. */
    public static final class Builder {
        private Double lower;
        private Double upper;
        private String type;
        private LabReportRangeContext context;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder lower(Double lower) {
            this.lower = lower;
            return this;
        }

        public Builder upper(Double upper) {
            this.upper = upper;
            return this;
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder context(LabReportRangeContext context) {
            this.context = context;
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

        public LabReportReferenceRange build() {
            return new LabReportReferenceRange(lower, upper, type, context, extra);
        }
    }
}
