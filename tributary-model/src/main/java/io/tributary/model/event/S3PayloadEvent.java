// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.event;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code S3PayloadEvent} object (wire shape of {@code schemas/core/S3PayloadEvent.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code type}, {@code status}, {@code url}, {@code expires_in}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record S3PayloadEvent(
        @JsonProperty("type") String type,
        @JsonProperty("status") String status,
        @JsonProperty("url") String url,
        @JsonProperty("expires_in") Integer expiresIn,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements WebhookEvent {

    public S3PayloadEvent {
        if (type == null) {
            type = "s3_payload";
        }
        if (status == null) {
            status = "success";
        }
        extra = Extra.copy(extra);
    }

    /** The constant {@code type} of this event. */
    public static final String TYPE = "s3_payload";

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.type = type;
        b.status = status;
        b.url = url;
        b.expiresIn = expiresIn;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link S3PayloadEvent}. */
    public static final class Builder {
        private String type;
        private String status;
        private String url;
        private Integer expiresIn;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder status(String status) {
            this.status = status;
            return this;
        }

        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder expiresIn(Integer expiresIn) {
            this.expiresIn = expiresIn;
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

        public S3PayloadEvent build() {
            return new S3PayloadEvent(type, status, url, expiresIn, extra);
        }
    }
}
