// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.PlannedWorkout;
import io.tributary.model.TerraUser;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;

/**
 * Terra {@code PlannedWorkoutEvent} object (wire shape of {@code schemas/core/PlannedWorkoutEvent.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code type}, {@code data}, {@code user}, {@code version}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlannedWorkoutEvent(
        @JsonProperty("type") String type,
        @JsonProperty("data") List<PlannedWorkout> data,
        @JsonProperty("user") TerraUser user,
        @JsonProperty("version") String version,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements DataEvent<PlannedWorkout> {

    public PlannedWorkoutEvent {
        if (type == null) {
            type = "planned_workout";
        }
        extra = Extra.copy(extra);
    }

    /** The constant {@code type} of this event. */
    public static final String TYPE = "planned_workout";

    /** A webhook data event for {@code user} carrying {@code data}, with version {@value DataEvent#VERSION}. */
    public static PlannedWorkoutEvent of(TerraUser user, List<PlannedWorkout> data) {
        return builder().user(user).data(data).version(DataEvent.VERSION).build();
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.data = data;
        b.user = user;
        b.version = version;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link PlannedWorkoutEvent}. */
    public static final class Builder {
        private String type;
        private List<PlannedWorkout> data;
        private TerraUser user;
        private String version;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder data(List<PlannedWorkout> data) {
            this.data = data;
            return this;
        }

        public Builder user(TerraUser user) {
            this.user = user;
            return this;
        }

        public Builder version(String version) {
            this.version = version;
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

        public PlannedWorkoutEvent build() {
            return new PlannedWorkoutEvent(type, data, user, version, extra);
        }
    }
}
