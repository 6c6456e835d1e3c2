// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;

/**
 * Terra {@code StepBlock} object (wire shape of {@code schemas/core/StepBlock.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code completion_condition}, {@code steps}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StepBlock(
        @JsonProperty("completion_condition") CompletionCondition completionCondition,
        @JsonProperty("steps") List<WorkoutStep> steps,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public StepBlock {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.completionCondition = completionCondition;
        b.steps = steps;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link StepBlock}. */
    public static final class Builder {
        private CompletionCondition completionCondition;
        private List<WorkoutStep> steps;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder completionCondition(CompletionCondition completionCondition) {
            this.completionCondition = completionCondition;
            return this;
        }

        public Builder steps(List<WorkoutStep> steps) {
            this.steps = steps;
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

        public StepBlock build() {
            return new StepBlock(completionCondition, steps, extra);
        }
    }
}
