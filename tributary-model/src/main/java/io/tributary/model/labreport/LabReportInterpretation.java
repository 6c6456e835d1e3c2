// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code LabReportInterpretation} object (wire shape of {@code schemas/core/LabReportInterpretation.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code flag}, {@code source}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportInterpretation(
        @JsonProperty("flag") String flag,
        @JsonProperty("flag_raw") String flagRaw,
        @JsonProperty("source") String source,
        @JsonProperty("applied_range") LabReportAppliedRange appliedRange,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportInterpretation {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.flag = flag;
        b.flagRaw = flagRaw;
        b.source = source;
        b.appliedRange = appliedRange;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportInterpretation}. */
    public static final class Builder {
        private String flag;
        private String flagRaw;
        private String source;
        private LabReportAppliedRange appliedRange;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder flag(String flag) {
            this.flag = flag;
            return this;
        }

        public Builder flagRaw(String flagRaw) {
            this.flagRaw = flagRaw;
            return this;
        }

        public Builder source(String source) {
            this.source = source;
            return this;
        }

        public Builder appliedRange(LabReportAppliedRange appliedRange) {
            this.appliedRange = appliedRange;
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

        public LabReportInterpretation build() {
            return new LabReportInterpretation(flag, flagRaw, source, appliedRange, extra);
        }
    }
}
