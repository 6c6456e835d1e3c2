// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code LabReportBoundedValue} object (wire shape of {@code schemas/core/LabReportBoundedValue.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code operator}, {@code value}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportBoundedValue(
        @JsonProperty("operator") String operator,
        @JsonProperty("value") Double value,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportBoundedValue {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.operator = operator;
        b.value = value;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportBoundedValue}. */
    public static final class Builder {
        private String operator;
        private Double value;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder operator(String operator) {
            this.operator = operator;
            return this;
        }

        public Builder value(Double value) {
            this.value = value;
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

        public LabReportBoundedValue build() {
            return new LabReportBoundedValue(operator, value, extra);
        }
    }
}
