// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.nested.MenstruationData;
import io.tributary.model.nested.MenstruationMetadata;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code Menstruation} object (wire shape of {@code schemas/core/Menstruation.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code metadata}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Menstruation(
        @JsonProperty("metadata") MenstruationMetadata metadata,
        @JsonProperty("menstruation_data") MenstruationData menstruationData,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements TerraDataModel {

    public Menstruation {
        extra = Extra.copy(extra);
    }

    @Override
    public DataType dataType() {
        return DataType.MENSTRUATION;
    }

    @Override
    public String identityKey() {
        return IdentityKeys.menstruation(this);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    @Override
    public Menstruation withoutSamples() {
        return new Menstruation(metadata, menstruationData == null ? null : menstruationData.withoutSamples(), extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.metadata = metadata;
        b.menstruationData = menstruationData;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link Menstruation}. */
    public static final class Builder {
        private MenstruationMetadata metadata;
        private MenstruationData menstruationData;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder metadata(MenstruationMetadata metadata) {
            this.metadata = metadata;
            return this;
        }

        public Builder menstruationData(MenstruationData menstruationData) {
            this.menstruationData = menstruationData;
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

        public Menstruation build() {
            return new Menstruation(metadata, menstruationData, extra);
        }
    }
}
