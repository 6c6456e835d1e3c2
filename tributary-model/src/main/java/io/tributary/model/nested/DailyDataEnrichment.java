// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code DailyDataEnrichment} object (wire shape of {@code schemas/core/DailyDataEnrichment.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DailyDataEnrichment(
        @JsonProperty("total_stress_score") Double totalStressScore,
        @JsonProperty("stress_contributors") Map<String, Double> stressContributors,
        @JsonProperty("respiratory_score") Double respiratoryScore,
        @JsonProperty("respiratory_contributors") Map<String, Double> respiratoryContributors,
        @JsonProperty("immune_index") Integer immuneIndex,
        @JsonProperty("immune_contributors") Map<String, Double> immuneContributors,
        @JsonProperty("resilience_score") Integer resilienceScore,
        @JsonProperty("resilience_contributors") Map<String, Double> resilienceContributors,
        @JsonProperty("strain_index") Double strainIndex,
        @JsonProperty("strain_traffic_light") String strainTrafficLight,
        @JsonProperty("strain_contributors") Map<String, Double> strainContributors,
        @JsonProperty("total_stress_score_v2") Double totalStressScoreV2,
        @JsonProperty("total_stress_score_v2_contributors") Map<String, Double> totalStressScoreV2Contributors,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public DailyDataEnrichment {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.totalStressScore = totalStressScore;
        b.stressContributors = stressContributors;
        b.respiratoryScore = respiratoryScore;
        b.respiratoryContributors = respiratoryContributors;
        b.immuneIndex = immuneIndex;
        b.immuneContributors = immuneContributors;
        b.resilienceScore = resilienceScore;
        b.resilienceContributors = resilienceContributors;
        b.strainIndex = strainIndex;
        b.strainTrafficLight = strainTrafficLight;
        b.strainContributors = strainContributors;
        b.totalStressScoreV2 = totalStressScoreV2;
        b.totalStressScoreV2Contributors = totalStressScoreV2Contributors;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link DailyDataEnrichment}. */
    public static final class Builder {
        private Double totalStressScore;
        private Map<String, Double> stressContributors;
        private Double respiratoryScore;
        private Map<String, Double> respiratoryContributors;
        private Integer immuneIndex;
        private Map<String, Double> immuneContributors;
        private Integer resilienceScore;
        private Map<String, Double> resilienceContributors;
        private Double strainIndex;
        private String strainTrafficLight;
        private Map<String, Double> strainContributors;
        private Double totalStressScoreV2;
        private Map<String, Double> totalStressScoreV2Contributors;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder totalStressScore(Double totalStressScore) {
            this.totalStressScore = totalStressScore;
            return this;
        }

        public Builder stressContributors(Map<String, Double> stressContributors) {
            this.stressContributors = stressContributors;
            return this;
        }

        public Builder respiratoryScore(Double respiratoryScore) {
            this.respiratoryScore = respiratoryScore;
            return this;
        }

        public Builder respiratoryContributors(Map<String, Double> respiratoryContributors) {
            this.respiratoryContributors = respiratoryContributors;
            return this;
        }

        public Builder immuneIndex(Integer immuneIndex) {
            this.immuneIndex = immuneIndex;
            return this;
        }

        public Builder immuneContributors(Map<String, Double> immuneContributors) {
            this.immuneContributors = immuneContributors;
            return this;
        }

        public Builder resilienceScore(Integer resilienceScore) {
            this.resilienceScore = resilienceScore;
            return this;
        }

        public Builder resilienceContributors(Map<String, Double> resilienceContributors) {
            this.resilienceContributors = resilienceContributors;
            return this;
        }

        public Builder strainIndex(Double strainIndex) {
            this.strainIndex = strainIndex;
            return this;
        }

        public Builder strainTrafficLight(String strainTrafficLight) {
            this.strainTrafficLight = strainTrafficLight;
            return this;
        }

        public Builder strainContributors(Map<String, Double> strainContributors) {
            this.strainContributors = strainContributors;
            return this;
        }

        public Builder totalStressScoreV2(Double totalStressScoreV2) {
            this.totalStressScoreV2 = totalStressScoreV2;
            return this;
        }

        public Builder totalStressScoreV2Contributors(Map<String, Double> totalStressScoreV2Contributors) {
            this.totalStressScoreV2Contributors = totalStressScoreV2Contributors;
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

        public DailyDataEnrichment build() {
            return new DailyDataEnrichment(
                    totalStressScore,
                    stressContributors,
                    respiratoryScore,
                    respiratoryContributors,
                    immuneIndex,
                    immuneContributors,
                    resilienceScore,
                    resilienceContributors,
                    strainIndex,
                    strainTrafficLight,
                    strainContributors,
                    totalStressScoreV2,
                    totalStressScoreV2Contributors,
                    extra);
        }
    }
}
