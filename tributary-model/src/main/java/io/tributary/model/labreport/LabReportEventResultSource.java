// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code LabReportEventResultSource} object (wire shape of {@code schemas/core/LabReportEventResultSource.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportEventResultSource(
        @JsonProperty("name") String name,
        @JsonProperty("panel") String panel,
        @JsonProperty("value") String value,
        @JsonProperty("units") String units,
        @JsonProperty("flag") String flag,
        @JsonProperty("method") String method,
        @JsonProperty("notes") String notes,
        @JsonProperty("reference_text") String referenceText,
        @JsonProperty("collection_date") String collectionDate,
        @JsonProperty("collection_time") String collectionTime,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportEventResultSource {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.panel = panel;
        b.value = value;
        b.units = units;
        b.flag = flag;
        b.method = method;
        b.notes = notes;
        b.referenceText = referenceText;
        b.collectionDate = collectionDate;
        b.collectionTime = collectionTime;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportEventResultSource}. */
    public static final class Builder {
        private String name;
        private String panel;
        private String value;
        private String units;
        private String flag;
        private String method;
        private String notes;
        private String referenceText;
        private String collectionDate;
        private String collectionTime;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder panel(String panel) {
            this.panel = panel;
            return this;
        }

        public Builder value(String value) {
            this.value = value;
            return this;
        }

        public Builder units(String units) {
            this.units = units;
            return this;
        }

        public Builder flag(String flag) {
            this.flag = flag;
            return this;
        }

        public Builder method(String method) {
            this.method = method;
            return this;
        }

        public Builder notes(String notes) {
            this.notes = notes;
            return this;
        }

        public Builder referenceText(String referenceText) {
            this.referenceText = referenceText;
            return this;
        }

        public Builder collectionDate(String collectionDate) {
            this.collectionDate = collectionDate;
            return this;
        }

        public Builder collectionTime(String collectionTime) {
            this.collectionTime = collectionTime;
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

        public LabReportEventResultSource build() {
            return new LabReportEventResultSource(
                    name,
                    panel,
                    value,
                    units,
                    flag,
                    method,
                    notes,
                    referenceText,
                    collectionDate,
                    collectionTime,
                    extra);
        }
    }
}
