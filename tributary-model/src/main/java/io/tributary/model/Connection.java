// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;

/**
 * Terra {@code Connection} object (wire shape of {@code schemas/core/Connection.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code id}, {@code created_at}, {@code provider}, {@code scopes}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Connection(
        @JsonProperty("id") Integer id,
        @JsonProperty("reference_id") String referenceId,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("provider") String provider,
        @JsonProperty("last_polled_at") String lastPolledAt,
        @JsonProperty("last_updated_at") String lastUpdatedAt,
        @JsonProperty("most_recent_data_at") String mostRecentDataAt,
        @JsonProperty("scopes") List<String> scopes,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public Connection {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.referenceId = referenceId;
        b.createdAt = createdAt;
        b.provider = provider;
        b.lastPolledAt = lastPolledAt;
        b.lastUpdatedAt = lastUpdatedAt;
        b.mostRecentDataAt = mostRecentDataAt;
        b.scopes = scopes;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link Connection}. */
    public static final class Builder {
        private Integer id;
        private String referenceId;
        private String createdAt;
        private String provider;
        private String lastPolledAt;
        private String lastUpdatedAt;
        private String mostRecentDataAt;
        private List<String> scopes;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder id(Integer id) {
            this.id = id;
            return this;
        }

        public Builder referenceId(String referenceId) {
            this.referenceId = referenceId;
            return this;
        }

        public Builder createdAt(String createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public Builder provider(String provider) {
            this.provider = provider;
            return this;
        }

        public Builder lastPolledAt(String lastPolledAt) {
            this.lastPolledAt = lastPolledAt;
            return this;
        }

        public Builder lastUpdatedAt(String lastUpdatedAt) {
            this.lastUpdatedAt = lastUpdatedAt;
            return this;
        }

        public Builder mostRecentDataAt(String mostRecentDataAt) {
            this.mostRecentDataAt = mostRecentDataAt;
            return this;
        }

        public Builder scopes(List<String> scopes) {
            this.scopes = scopes;
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

        public Connection build() {
            return new Connection(
                    id, referenceId, createdAt, provider, lastPolledAt, lastUpdatedAt, mostRecentDataAt, scopes, extra);
        }
    }
}
