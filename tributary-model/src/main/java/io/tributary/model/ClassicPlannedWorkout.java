// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.nested.PlannedWorkoutDetailsMetadata;
import io.tributary.model.nested.PlannedWorkoutDetailsStep;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;

/**
 * Terra {@code ClassicPlannedWorkout} object (no schema file; shape from the Tributary spec).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code metadata}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClassicPlannedWorkout(
        @JsonProperty("steps") List<PlannedWorkoutDetailsStep> steps,
        @JsonProperty("metadata") PlannedWorkoutDetailsMetadata metadata,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements TerraDataModel {

    public ClassicPlannedWorkout {
        extra = Extra.copy(extra);
    }

    @Override
    public DataType dataType() {
        return DataType.PLANNED_WORKOUT;
    }

    @Override
    public String identityKey() {
        return IdentityKeys.classicPlannedWorkout(this);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    @Override
    public ClassicPlannedWorkout withoutSamples() {
        return this;
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.steps = steps;
        b.metadata = metadata;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link ClassicPlannedWorkout}. */
    public static final class Builder {
        private List<PlannedWorkoutDetailsStep> steps;
        private PlannedWorkoutDetailsMetadata metadata;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder steps(List<PlannedWorkoutDetailsStep> steps) {
            this.steps = steps;
            return this;
        }

        public Builder metadata(PlannedWorkoutDetailsMetadata metadata) {
            this.metadata = metadata;
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

        public ClassicPlannedWorkout build() {
            return new ClassicPlannedWorkout(steps, metadata, extra);
        }
    }
}
