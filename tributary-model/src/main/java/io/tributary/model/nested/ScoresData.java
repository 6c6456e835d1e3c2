// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code ScoresData} object (wire shape of {@code schemas/core/ScoresData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoresData(
        @JsonProperty("activity") Double activity,
        @JsonProperty("recovery") Double recovery,
        @JsonProperty("sleep") Double sleep,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public ScoresData {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.activity = activity;
        b.recovery = recovery;
        b.sleep = sleep;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link ScoresData}. */
    public static final class Builder {
        private Double activity;
        private Double recovery;
        private Double sleep;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder activity(Double activity) {
            this.activity = activity;
            return this;
        }

        public Builder recovery(Double recovery) {
            this.recovery = recovery;
            return this;
        }

        public Builder sleep(Double sleep) {
            this.sleep = sleep;
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

        public ScoresData build() {
            return new ScoresData(activity, recovery, sleep, extra);
        }
    }
}
