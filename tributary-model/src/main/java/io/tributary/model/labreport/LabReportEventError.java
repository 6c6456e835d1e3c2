// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code LabReportEventError} object (wire shape of {@code schemas/core/LabReportEventError.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code code}, {@code message}, {@code retriable}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportEventError(
        @JsonProperty("code") String code,
        @JsonProperty("message") String message,
        @JsonProperty("retriable") Boolean retriable,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportEventError {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.code = code;
        b.message = message;
        b.retriable = retriable;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportEventError}. */
    public static final class Builder {
        private String code;
        private String message;
        private Boolean retriable;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder message(String message) {
            this.message = message;
            return this;
        }

        public Builder retriable(Boolean retriable) {
            this.retriable = retriable;
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

        public LabReportEventError build() {
            return new LabReportEventError(code, message, retriable, extra);
        }
    }
}
