// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.HealthObservationCategory;
import io.tributary.model.enums.ObservationSeverity;
import io.tributary.model.enums.ObservationStatus;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code HealthObservationData} object (wire shape of {@code schemas/core/HealthObservationData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code category}: {@link HealthObservationCategory}</li>
 *   <li>{@code severity}: {@link ObservationSeverity}</li>
 *   <li>{@code status}: {@link ObservationStatus}</li>
 * </ul>
 * Required by the schema: {@code observation_type}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HealthObservationData(
        @JsonProperty("category") @EnumType(HealthObservationCategory.class)
        Integer category,

        @JsonProperty("observation_type") String observationType,
        @JsonProperty("codes") List<ObservationCode> codes,
        @JsonProperty("value") ObservationValue value,

        @JsonProperty("severity") @EnumType(ObservationSeverity.class)
        Integer severity,

        @JsonProperty("components") List<ObservationComponent> components,

        @JsonProperty("status") @EnumType(ObservationStatus.class)
        Integer status,

        @JsonProperty("notes") String notes,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public HealthObservationData {
        extra = Extra.copy(extra);
    }

    /** {@code category} as {@link HealthObservationCategory}; empty when absent or not a known value. */
    public Optional<HealthObservationCategory> categoryAsEnum() {
        return HealthObservationCategory.of(category);
    }

    /** {@code severity} as {@link ObservationSeverity}; empty when absent or not a known value. */
    public Optional<ObservationSeverity> severityAsEnum() {
        return ObservationSeverity.of(severity);
    }

    /** {@code status} as {@link ObservationStatus}; empty when absent or not a known value. */
    public Optional<ObservationStatus> statusAsEnum() {
        return ObservationStatus.of(status);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.category = category;
        b.observationType = observationType;
        b.codes = codes;
        b.value = value;
        b.severity = severity;
        b.components = components;
        b.status = status;
        b.notes = notes;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link HealthObservationData}. */
    public static final class Builder {
        private Integer category;
        private String observationType;
        private List<ObservationCode> codes;
        private ObservationValue value;
        private Integer severity;
        private List<ObservationComponent> components;
        private Integer status;
        private String notes;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder category(Integer category) {
            this.category = category;
            return this;
        }

        public Builder category(HealthObservationCategory category) {
            this.category = category == null ? null : category.value();
            return this;
        }

        public Builder observationType(String observationType) {
            this.observationType = observationType;
            return this;
        }

        public Builder codes(List<ObservationCode> codes) {
            this.codes = codes;
            return this;
        }

        public Builder value(ObservationValue value) {
            this.value = value;
            return this;
        }

        public Builder severity(Integer severity) {
            this.severity = severity;
            return this;
        }

        public Builder severity(ObservationSeverity severity) {
            this.severity = severity == null ? null : severity.value();
            return this;
        }

        public Builder components(List<ObservationComponent> components) {
            this.components = components;
            return this;
        }

        public Builder status(Integer status) {
            this.status = status;
            return this;
        }

        public Builder status(ObservationStatus status) {
            this.status = status == null ? null : status.value();
            return this;
        }

        public Builder notes(String notes) {
            this.notes = notes;
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

        public HealthObservationData build() {
            return new HealthObservationData(
                    category, observationType, codes, value, severity, components, status, notes, extra);
        }
    }
}
