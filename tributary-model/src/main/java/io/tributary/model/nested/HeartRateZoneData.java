// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.HeartRateZone;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.Map;
import java.util.Optional;

/**
 * Terra {@code HeartRateZoneData} object (wire shape of {@code schemas/core/HeartRateZoneData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code zone}: {@link HeartRateZone}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HeartRateZoneData(
        @JsonProperty("zone") @EnumType(HeartRateZone.class) Integer zone,
        @JsonProperty("start_percentage") Double startPercentage,
        @JsonProperty("end_percentage") Double endPercentage,
        @JsonProperty("name") String name,
        @JsonProperty("duration_seconds") Double durationSeconds,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public HeartRateZoneData {
        extra = Extra.copy(extra);
    }

    /** {@code zone} as {@link HeartRateZone}; empty when absent or not a known value. */
    public Optional<HeartRateZone> zoneAsEnum() {
        return HeartRateZone.of(zone);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.zone = zone;
        b.startPercentage = startPercentage;
        b.endPercentage = endPercentage;
        b.name = name;
        b.durationSeconds = durationSeconds;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link HeartRateZoneData}. */
    public static final class Builder {
        private Integer zone;
        private Double startPercentage;
        private Double endPercentage;
        private String name;
        private Double durationSeconds;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder zone(Integer zone) {
            this.zone = zone;
            return this;
        }

        public Builder zone(HeartRateZone zone) {
            this.zone = zone == null ? null : zone.value();
            return this;
        }

        public Builder startPercentage(Double startPercentage) {
            this.startPercentage = startPercentage;
            return this;
        }

        public Builder endPercentage(Double endPercentage) {
            this.endPercentage = endPercentage;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder durationSeconds(Double durationSeconds) {
            this.durationSeconds = durationSeconds;
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

        public HeartRateZoneData build() {
            return new HeartRateZoneData(zone, startPercentage, endPercentage, name, durationSeconds, extra);
        }
    }
}
