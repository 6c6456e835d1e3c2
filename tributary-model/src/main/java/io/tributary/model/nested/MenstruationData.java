// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.MenstruationInterval;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code MenstruationData} object (wire shape of {@code schemas/core/MenstruationData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code current_phase}: {@link MenstruationInterval}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MenstruationData(
        @JsonProperty("period_length_days") Integer periodLengthDays,

        @JsonProperty("current_phase") @EnumType(MenstruationInterval.class)
        Integer currentPhase,

        @JsonProperty("length_of_current_phase_days") Integer lengthOfCurrentPhaseDays,
        @JsonProperty("days_until_next_phase") Integer daysUntilNextPhase,
        @JsonProperty("period_start_date") String periodStartDate,
        @JsonProperty("predicted_cycle_length_days") Integer predictedCycleLengthDays,
        @JsonProperty("day_in_cycle") Integer dayInCycle,
        @JsonProperty("last_updated_time") String lastUpdatedTime,
        @JsonProperty("cycle_length_days") Integer cycleLengthDays,
        @JsonProperty("is_predicted_cycle") Boolean isPredictedCycle,
        @JsonProperty("menstruation_flow") List<MenstruationFlowSample> menstruationFlow,
        @JsonProperty("intervals") List<MenstruationIntervalSample> intervals,
        @JsonProperty("fertility_window_start") String fertilityWindowStart,
        @JsonProperty("fertility_window_end") String fertilityWindowEnd,
        @JsonProperty("ovulation_day") String ovulationDay,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public MenstruationData {
        extra = Extra.copy(extra);
    }

    /** {@code current_phase} as {@link MenstruationInterval}; empty when absent or not a known value. */
    public Optional<MenstruationInterval> currentPhaseAsEnum() {
        return MenstruationInterval.of(currentPhase);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public MenstruationData withoutSamples() {
        return new MenstruationData(
                periodLengthDays,
                currentPhase,
                lengthOfCurrentPhaseDays,
                daysUntilNextPhase,
                periodStartDate,
                predictedCycleLengthDays,
                dayInCycle,
                lastUpdatedTime,
                cycleLengthDays,
                isPredictedCycle,
                null,
                intervals,
                fertilityWindowStart,
                fertilityWindowEnd,
                ovulationDay,
                extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.periodLengthDays = periodLengthDays;
        b.currentPhase = currentPhase;
        b.lengthOfCurrentPhaseDays = lengthOfCurrentPhaseDays;
        b.daysUntilNextPhase = daysUntilNextPhase;
        b.periodStartDate = periodStartDate;
        b.predictedCycleLengthDays = predictedCycleLengthDays;
        b.dayInCycle = dayInCycle;
        b.lastUpdatedTime = lastUpdatedTime;
        b.cycleLengthDays = cycleLengthDays;
        b.isPredictedCycle = isPredictedCycle;
        b.menstruationFlow = menstruationFlow;
        b.intervals = intervals;
        b.fertilityWindowStart = fertilityWindowStart;
        b.fertilityWindowEnd = fertilityWindowEnd;
        b.ovulationDay = ovulationDay;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link MenstruationData}. */
    public static final class Builder {
        private Integer periodLengthDays;
        private Integer currentPhase;
        private Integer lengthOfCurrentPhaseDays;
        private Integer daysUntilNextPhase;
        private String periodStartDate;
        private Integer predictedCycleLengthDays;
        private Integer dayInCycle;
        private String lastUpdatedTime;
        private Integer cycleLengthDays;
        private Boolean isPredictedCycle;
        private List<MenstruationFlowSample> menstruationFlow;
        private List<MenstruationIntervalSample> intervals;
        private String fertilityWindowStart;
        private String fertilityWindowEnd;
        private String ovulationDay;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder periodLengthDays(Integer periodLengthDays) {
            this.periodLengthDays = periodLengthDays;
            return this;
        }

        public Builder currentPhase(Integer currentPhase) {
            this.currentPhase = currentPhase;
            return this;
        }

        public Builder currentPhase(MenstruationInterval currentPhase) {
            this.currentPhase = currentPhase == null ? null : currentPhase.value();
            return this;
        }

        public Builder lengthOfCurrentPhaseDays(Integer lengthOfCurrentPhaseDays) {
            this.lengthOfCurrentPhaseDays = lengthOfCurrentPhaseDays;
            return this;
        }

        public Builder daysUntilNextPhase(Integer daysUntilNextPhase) {
            this.daysUntilNextPhase = daysUntilNextPhase;
            return this;
        }

        public Builder periodStartDate(String periodStartDate) {
            this.periodStartDate = periodStartDate;
            return this;
        }

        public Builder predictedCycleLengthDays(Integer predictedCycleLengthDays) {
            this.predictedCycleLengthDays = predictedCycleLengthDays;
            return this;
        }

        public Builder dayInCycle(Integer dayInCycle) {
            this.dayInCycle = dayInCycle;
            return this;
        }

        public Builder lastUpdatedTime(String lastUpdatedTime) {
            this.lastUpdatedTime = lastUpdatedTime;
            return this;
        }

        public Builder cycleLengthDays(Integer cycleLengthDays) {
            this.cycleLengthDays = cycleLengthDays;
            return this;
        }

        public Builder isPredictedCycle(Boolean isPredictedCycle) {
            this.isPredictedCycle = isPredictedCycle;
            return this;
        }

        public Builder menstruationFlow(List<MenstruationFlowSample> menstruationFlow) {
            this.menstruationFlow = menstruationFlow;
            return this;
        }

        public Builder intervals(List<MenstruationIntervalSample> intervals) {
            this.intervals = intervals;
            return this;
        }

        public Builder fertilityWindowStart(String fertilityWindowStart) {
            this.fertilityWindowStart = fertilityWindowStart;
            return this;
        }

        public Builder fertilityWindowEnd(String fertilityWindowEnd) {
            this.fertilityWindowEnd = fertilityWindowEnd;
            return this;
        }

        public Builder ovulationDay(String ovulationDay) {
            this.ovulationDay = ovulationDay;
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

        public MenstruationData build() {
            return new MenstruationData(
                    periodLengthDays,
                    currentPhase,
                    lengthOfCurrentPhaseDays,
                    daysUntilNextPhase,
                    periodStartDate,
                    predictedCycleLengthDays,
                    dayInCycle,
                    lastUpdatedTime,
                    cycleLengthDays,
                    isPredictedCycle,
                    menstruationFlow,
                    intervals,
                    fertilityWindowStart,
                    fertilityWindowEnd,
                    ovulationDay,
                    extra);
        }
    }
}
