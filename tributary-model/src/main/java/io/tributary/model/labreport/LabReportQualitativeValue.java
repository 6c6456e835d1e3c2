// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code LabReportQualitativeValue} object (wire shape of {@code schemas/core/LabReportQualitativeValue.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportQualitativeValue(
        @JsonProperty("text") String text,
        @JsonProperty("code") String code,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportQualitativeValue {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.text = text;
        b.code = code;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportQualitativeValue}. */
    public static final class Builder {
        private String text;
        private String code;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder code(String code) {
            this.code = code;
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

        public LabReportQualitativeValue build() {
            return new LabReportQualitativeValue(text, code, extra);
        }
    }
}
