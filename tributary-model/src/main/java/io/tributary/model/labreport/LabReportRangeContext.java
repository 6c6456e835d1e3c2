// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;

/**
 * Terra {@code LabReportRangeContext} object (wire shape of {@code schemas/core/LabReportRangeContext.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportRangeContext(
        @JsonProperty("sex") String sex,
        @JsonProperty("age_lower") Integer ageLower,
        @JsonProperty("age_upper") Integer ageUpper,
        @JsonProperty("pregnancy_status") String pregnancyStatus,
        @JsonProperty("gestational_week_lower") Integer gestationalWeekLower,
        @JsonProperty("gestational_week_upper") Integer gestationalWeekUpper,
        @JsonProperty("cycle_phase") String cyclePhase,
        @JsonProperty("reference_population") String referencePopulation,
        @JsonProperty("modifiers") List<String> modifiers,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportRangeContext {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.sex = sex;
        b.ageLower = ageLower;
        b.ageUpper = ageUpper;
        b.pregnancyStatus = pregnancyStatus;
        b.gestationalWeekLower = gestationalWeekLower;
        b.gestationalWeekUpper = gestationalWeekUpper;
        b.cyclePhase = cyclePhase;
        b.referencePopulation = referencePopulation;
        b.modifiers = modifiers;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportRangeContext}. */
    public static final class Builder {
        private String sex;
        private Integer ageLower;
        private Integer ageUpper;
        private String pregnancyStatus;
        private Integer gestationalWeekLower;
        private Integer gestationalWeekUpper;
        private String cyclePhase;
        private String referencePopulation;
        private List<String> modifiers;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder sex(String sex) {
            this.sex = sex;
            return this;
        }

        public Builder ageLower(Integer ageLower) {
            this.ageLower = ageLower;
            return this;
        }

        public Builder ageUpper(Integer ageUpper) {
            this.ageUpper = ageUpper;
            return this;
        }

        public Builder pregnancyStatus(String pregnancyStatus) {
            this.pregnancyStatus = pregnancyStatus;
            return this;
        }

        public Builder gestationalWeekLower(Integer gestationalWeekLower) {
            this.gestationalWeekLower = gestationalWeekLower;
            return this;
        }

        public Builder gestationalWeekUpper(Integer gestationalWeekUpper) {
            this.gestationalWeekUpper = gestationalWeekUpper;
            return this;
        }

        public Builder cyclePhase(String cyclePhase) {
            this.cyclePhase = cyclePhase;
            return this;
        }

        public Builder referencePopulation(String referencePopulation) {
            this.referencePopulation = referencePopulation;
            return this;
        }

        public Builder modifiers(List<String> modifiers) {
            this.modifiers = modifiers;
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

        public LabReportRangeContext build() {
            return new LabReportRangeContext(
                    sex,
                    ageLower,
                    ageUpper,
                    pregnancyStatus,
                    gestationalWeekLower,
                    gestationalWeekUpper,
                    cyclePhase,
                    referencePopulation,
                    modifiers,
                    extra);
        }
    }
}
