// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code DataEnrichment} object (wire shape of {@code schemas/core/DataEnrichment.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DataEnrichment(
        @JsonProperty("efficiency_score") Double efficiencyScore,
        @JsonProperty("efficiency_contributors") Map<String, Double> efficiencyContributors,
        @JsonProperty("strain_score") Double strainScore,
        @JsonProperty("strain_contributors") Map<String, Double> strainContributors,
        @JsonProperty("rcrs_score") Double rcrsScore,
        @JsonProperty("rcrs_contributors") Map<String, Double> rcrsContributors,
        @JsonProperty("trimp_score") Double trimpScore,
        @JsonProperty("trimp_contributors") Map<String, Double> trimpContributors,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public DataEnrichment {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.efficiencyScore = efficiencyScore;
        b.efficiencyContributors = efficiencyContributors;
        b.strainScore = strainScore;
        b.strainContributors = strainContributors;
        b.rcrsScore = rcrsScore;
        b.rcrsContributors = rcrsContributors;
        b.trimpScore = trimpScore;
        b.trimpContributors = trimpContributors;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link DataEnrichment}. */
    public static final class Builder {
        private Double efficiencyScore;
        private Map<String, Double> efficiencyContributors;
        private Double strainScore;
        private Map<String, Double> strainContributors;
        private Double rcrsScore;
        private Map<String, Double> rcrsContributors;
        private Double trimpScore;
        private Map<String, Double> trimpContributors;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder efficiencyScore(Double efficiencyScore) {
            this.efficiencyScore = efficiencyScore;
            return this;
        }

        public Builder efficiencyContributors(Map<String, Double> efficiencyContributors) {
            this.efficiencyContributors = efficiencyContributors;
            return this;
        }

        public Builder strainScore(Double strainScore) {
            this.strainScore = strainScore;
            return this;
        }

        public Builder strainContributors(Map<String, Double> strainContributors) {
            this.strainContributors = strainContributors;
            return this;
        }

        public Builder rcrsScore(Double rcrsScore) {
            this.rcrsScore = rcrsScore;
            return this;
        }

        public Builder rcrsContributors(Map<String, Double> rcrsContributors) {
            this.rcrsContributors = rcrsContributors;
            return this;
        }

        public Builder trimpScore(Double trimpScore) {
            this.trimpScore = trimpScore;
            return this;
        }

        public Builder trimpContributors(Map<String, Double> trimpContributors) {
            this.trimpContributors = trimpContributors;
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

        public DataEnrichment build() {
            return new DataEnrichment(
                    efficiencyScore,
                    efficiencyContributors,
                    strainScore,
                    strainContributors,
                    rcrsScore,
                    rcrsContributors,
                    trimpScore,
                    trimpContributors,
                    extra);
        }
    }
}
