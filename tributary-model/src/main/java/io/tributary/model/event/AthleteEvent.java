// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.Athlete;
import io.tributary.model.TerraUser;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code AthleteEvent} object (wire shape of {@code schemas/core/AthleteEvent.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code type}, {@code athlete}, {@code user}, {@code version}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AthleteEvent(
        @JsonProperty("type") String type,
        @JsonProperty("athlete") Athlete athlete,
        @JsonProperty("user") TerraUser user,
        @JsonProperty("version") String version,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements WebhookEvent {

    public AthleteEvent {
        if (type == null) {
            type = "athlete";
        }
        extra = Extra.copy(extra);
    }

    /** The constant {@code type} of this event. */
    public static final String TYPE = "athlete";

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.athlete = athlete;
        b.user = user;
        b.version = version;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link AthleteEvent}. */
    public static final class Builder {
        private String type;
        private Athlete athlete;
        private TerraUser user;
        private String version;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder athlete(Athlete athlete) {
            this.athlete = athlete;
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

        public AthleteEvent build() {
            return new AthleteEvent(type, athlete, user, version, extra);
        }
    }
}
