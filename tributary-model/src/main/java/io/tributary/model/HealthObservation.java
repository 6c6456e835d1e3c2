// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.nested.HealthObservationData;
import io.tributary.model.nested.HealthObservationMetadata;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code HealthObservation} object (wire shape of {@code schemas/core/HealthObservation.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code metadata}, {@code observation_data}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthObservation(
        @JsonProperty("metadata") HealthObservationMetadata metadata,
        @JsonProperty("observation_data") HealthObservationData observationData,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public HealthObservation {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.metadata = metadata;
        b.observationData = observationData;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link HealthObservation}. */
    public static final class Builder {
        private HealthObservationMetadata metadata;
        private HealthObservationData observationData;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder metadata(HealthObservationMetadata metadata) {
            this.metadata = metadata;
            return this;
        }

        public Builder observationData(HealthObservationData observationData) {
            this.observationData = observationData;
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

        public HealthObservation build() {
            return new HealthObservation(metadata, observationData, extra);
        }
    }
}
