// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code LabReportBiomarker} object (wire shape of {@code schemas/core/LabReportBiomarker.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code key}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportBiomarker(
        @JsonProperty("key") String key,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("loinc_code") String loincCode,
        @JsonProperty("panel_id") Integer panelId,
        @JsonProperty("panel_key") String panelKey,
        @JsonProperty("specimen") String specimen,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportBiomarker {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.key = key;
        b.displayName = displayName;
        b.loincCode = loincCode;
        b.panelId = panelId;
        b.panelKey = panelKey;
        b.specimen = specimen;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportBiomarker}. */
    public static final class Builder {
        private String key;
        private String displayName;
        private String loincCode;
        private Integer panelId;
        private String panelKey;
        private String specimen;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder key(String key) {
            this.key = key;
            return this;
        }

        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        public Builder loincCode(String loincCode) {
            this.loincCode = loincCode;
            return this;
        }

        public Builder panelId(Integer panelId) {
            this.panelId = panelId;
            return this;
        }

        public Builder panelKey(String panelKey) {
            this.panelKey = panelKey;
            return this;
        }

        public Builder specimen(String specimen) {
            this.specimen = specimen;
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

        public LabReportBiomarker build() {
            return new LabReportBiomarker(key, displayName, loincCode, panelId, panelKey, specimen, extra);
        }
    }
}
