// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code LabReportDelivery} object (wire shape of {@code schemas/core/LabReportDelivery.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code destination_id}, {@code status}, {@code attempt_count}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportDelivery(
        @JsonProperty("destination_id") String destinationId,
        @JsonProperty("destination_type") String destinationType,
        @JsonProperty("status") String status,
        @JsonProperty("attempt_count") Integer attemptCount,
        @JsonProperty("last_error") String lastError,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportDelivery {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.destinationId = destinationId;
        b.destinationType = destinationType;
        b.status = status;
        b.attemptCount = attemptCount;
        b.lastError = lastError;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportDelivery}. */
    public static final class Builder {
        private String destinationId;
        private String destinationType;
        private String status;
        private Integer attemptCount;
        private String lastError;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder destinationId(String destinationId) {
            this.destinationId = destinationId;
            return this;
        }

        public Builder destinationType(String destinationType) {
            this.destinationType = destinationType;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder attemptCount(Integer attemptCount) {
            this.attemptCount = attemptCount;
            return this;
        }

        public Builder lastError(String lastError) {
            this.lastError = lastError;
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

        public LabReportDelivery build() {
            return new LabReportDelivery(destinationId, destinationType, status, attemptCount, lastError, extra);
        }
    }
}
