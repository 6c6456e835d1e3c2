// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code NutritionMetadata} object (wire shape of {@code schemas/core/NutritionMetadata.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code timestamp_localization}: {@link TimestampLocalization}</li>
 * </ul>
 * Required by the schema: {@code end_time}, {@code start_time}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NutritionMetadata(
        @JsonProperty("end_time") String endTime,
        @JsonProperty("start_time") String startTime,

        @JsonProperty("timestamp_localization") @EnumType(TimestampLocalization.class)
        Integer timestampLocalization,

        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public NutritionMetadata {
        extra = Extra.copy(extra);
    }

    /** {@code timestamp_localization} as {@link TimestampLocalization}; empty when absent or not a known value. */
    public Optional<TimestampLocalization> timestampLocalizationAsEnum() {
        return TimestampLocalization.of(timestampLocalization);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.endTime = endTime;
        b.startTime = startTime;
        b.timestampLocalization = timestampLocalization;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link NutritionMetadata}. */
    public static final class Builder {
        private String endTime;
        private String startTime;
        private Integer timestampLocalization;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder endTime(String endTime) {
            this.endTime = endTime;
            return this;
        }

        public Builder startTime(String startTime) {
            this.startTime = startTime;
            return this;
        }

        public Builder timestampLocalization(Integer timestampLocalization) {
            this.timestampLocalization = timestampLocalization;
            return this;
        }

        public Builder timestampLocalization(TimestampLocalization timestampLocalization) {
            this.timestampLocalization = timestampLocalization == null ? null : timestampLocalization.value();
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

        public NutritionMetadata build() {
            return new NutritionMetadata(endTime, startTime, timestampLocalization, extra);
        }
    }
}
