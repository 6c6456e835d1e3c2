// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.Nutrition;
import io.tributary.model.TerraUser;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;

/**
 * Terra {@code NutritionEvent} object (wire shape of {@code schemas/core/NutritionEvent.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code type}, {@code data}, {@code user}, {@code version}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NutritionEvent(
        @JsonProperty("type") String type,
        @JsonProperty("data") List<Nutrition> data,
        @JsonProperty("user") TerraUser user,
        @JsonProperty("version") String version,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements DataEvent<Nutrition> {

    public NutritionEvent {
        if (type == null) {
            type = "nutrition";
        }
        extra = Extra.copy(extra);
    }

    /** The constant {@code type} of this event. */
    public static final String TYPE = "nutrition";

    /** A webhook data event for {@code user} carrying {@code data}, with version {@value DataEvent#VERSION}. */
    public static NutritionEvent of(TerraUser user, List<Nutrition> data) {
        return builder().user(user).data(data).version(DataEvent.VERSION).build();
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    public NutritionEvent withoutSamples() {
        return new NutritionEvent(
                type,
                data == null
                        ? null
                        : data.stream()
                                .map(e -> e == null ? null : e.withoutSamples())
                                .toList(),
                user,
                version,
                extra);
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

    /** Fluent builder for {@link NutritionEvent}. */
    public static final class Builder {
        private String type;
        private List<Nutrition> data;
        private TerraUser user;
        private String version;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder data(List<Nutrition> data) {
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

        public NutritionEvent build() {
            return new NutritionEvent(type, data, user, version, extra);
        }
    }
}
