// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code HormoneSample} object (wire shape of {@code schemas/core/HormoneSample.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code timestamp}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HormoneSample(
        @JsonProperty("timestamp") String timestamp,
        @JsonProperty("lh_mIU_per_ml") Double lhMiuPerMl,
        @JsonProperty("e3g_ng_per_ml") Double e3gNgPerMl,
        @JsonProperty("pdg_ug_per_ml") Double pdgUgPerMl,
        @JsonProperty("hcg_mIU_per_ml") Double hcgMiuPerMl,
        @JsonProperty("fsh_mIU_per_ml") Double fshMiuPerMl,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public HormoneSample {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.timestamp = timestamp;
        b.lhMiuPerMl = lhMiuPerMl;
        b.e3gNgPerMl = e3gNgPerMl;
        b.pdgUgPerMl = pdgUgPerMl;
        b.hcgMiuPerMl = hcgMiuPerMl;
        b.fshMiuPerMl = fshMiuPerMl;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link HormoneSample}. */
    public static final class Builder {
        private String timestamp;
        private Double lhMiuPerMl;
        private Double e3gNgPerMl;
        private Double pdgUgPerMl;
        private Double hcgMiuPerMl;
        private Double fshMiuPerMl;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder timestamp(String timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        public Builder lhMiuPerMl(Double lhMiuPerMl) {
            this.lhMiuPerMl = lhMiuPerMl;
            return this;
        }

        public Builder e3gNgPerMl(Double e3gNgPerMl) {
            this.e3gNgPerMl = e3gNgPerMl;
            return this;
        }

        public Builder pdgUgPerMl(Double pdgUgPerMl) {
            this.pdgUgPerMl = pdgUgPerMl;
            return this;
        }

        public Builder hcgMiuPerMl(Double hcgMiuPerMl) {
            this.hcgMiuPerMl = hcgMiuPerMl;
            return this;
        }

        public Builder fshMiuPerMl(Double fshMiuPerMl) {
            this.fshMiuPerMl = fshMiuPerMl;
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

        public HormoneSample build() {
            return new HormoneSample(timestamp, lhMiuPerMl, e3gNgPerMl, pdgUgPerMl, hcgMiuPerMl, fshMiuPerMl, extra);
        }
    }
}
