// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code SleepDataEnrichment} object (wire shape of {@code schemas/core/SleepDataEnrichment.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SleepDataEnrichment(
        @JsonProperty("sleep_score") Double sleepScore,
        @JsonProperty("sleep_contributors") Map<String, Double> sleepContributors,
        @JsonProperty("readiness_score") Double readinessScore,
        @JsonProperty("readiness_contributors") Map<String, Double> readinessContributors,
        @JsonProperty("sleep_score_v2") Double sleepScoreV2,
        @JsonProperty("sleep_score_v2_contributors") Map<String, Double> sleepScoreV2Contributors,
        @JsonProperty("respiratory_score_v2") Double respiratoryScoreV2,
        @JsonProperty("respiratory_score_v2_contributors") Map<String, Double> respiratoryScoreV2Contributors,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public SleepDataEnrichment {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.sleepScore = sleepScore;
        b.sleepContributors = sleepContributors;
        b.readinessScore = readinessScore;
        b.readinessContributors = readinessContributors;
        b.sleepScoreV2 = sleepScoreV2;
        b.sleepScoreV2Contributors = sleepScoreV2Contributors;
        b.respiratoryScoreV2 = respiratoryScoreV2;
        b.respiratoryScoreV2Contributors = respiratoryScoreV2Contributors;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link SleepDataEnrichment}. */
    public static final class Builder {
        private Double sleepScore;
        private Map<String, Double> sleepContributors;
        private Double readinessScore;
        private Map<String, Double> readinessContributors;
        private Double sleepScoreV2;
        private Map<String, Double> sleepScoreV2Contributors;
        private Double respiratoryScoreV2;
        private Map<String, Double> respiratoryScoreV2Contributors;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder sleepScore(Double sleepScore) {
            this.sleepScore = sleepScore;
            return this;
        }

        public Builder sleepContributors(Map<String, Double> sleepContributors) {
            this.sleepContributors = sleepContributors;
            return this;
        }

        public Builder readinessScore(Double readinessScore) {
            this.readinessScore = readinessScore;
            return this;
        }

        public Builder readinessContributors(Map<String, Double> readinessContributors) {
            this.readinessContributors = readinessContributors;
            return this;
        }

        public Builder sleepScoreV2(Double sleepScoreV2) {
            this.sleepScoreV2 = sleepScoreV2;
            return this;
        }

        public Builder sleepScoreV2Contributors(Map<String, Double> sleepScoreV2Contributors) {
            this.sleepScoreV2Contributors = sleepScoreV2Contributors;
            return this;
        }

        public Builder respiratoryScoreV2(Double respiratoryScoreV2) {
            this.respiratoryScoreV2 = respiratoryScoreV2;
            return this;
        }

        public Builder respiratoryScoreV2Contributors(Map<String, Double> respiratoryScoreV2Contributors) {
            this.respiratoryScoreV2Contributors = respiratoryScoreV2Contributors;
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

        public SleepDataEnrichment build() {
            return new SleepDataEnrichment(
                    sleepScore,
                    sleepContributors,
                    readinessScore,
                    readinessContributors,
                    sleepScoreV2,
                    sleepScoreV2Contributors,
                    respiratoryScoreV2,
                    respiratoryScoreV2Contributors,
                    extra);
        }
    }
}
