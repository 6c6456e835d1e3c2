// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code ObservationCode} object (wire shape of {@code schemas/core/ObservationCode.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code system}, {@code code}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ObservationCode(
        @JsonProperty("system") String system,
        @JsonProperty("code") String code,
        @JsonProperty("display") String display,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public ObservationCode {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.system = system;
        b.code = code;
        b.display = display;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link ObservationCode}. */
    public static final class Builder {
        private String system;
        private String code;
        private String display;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder system(String system) {
            this.system = system;
            return this;
        }

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder display(String display) {
            this.display = display;
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

        public ObservationCode build() {
            return new ObservationCode(system, code, display, extra);
        }
    }
}
