// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.labreport;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;

/**
 * Terra {@code LabReportEventData} object (wire shape of {@code schemas/core/LabReportEventData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code session_id}, {@code results_count}, {@code results}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportEventData(
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("reference_id") String referenceId,
        @JsonProperty("report_date") String reportDate,
        @JsonProperty("report_time") String reportTime,
        @JsonProperty("report_locale") String reportLocale,
        @JsonProperty("results_count") Integer resultsCount,
        @JsonProperty("results") List<LabReportEventResult> results,
        @JsonProperty("panels") List<LabReportPanel> panels,
        @JsonProperty("report_notes") String reportNotes,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportEventData {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.sessionId = sessionId;
        b.referenceId = referenceId;
        b.reportDate = reportDate;
        b.reportTime = reportTime;
        b.reportLocale = reportLocale;
        b.resultsCount = resultsCount;
        b.results = results;
        b.panels = panels;
        b.reportNotes = reportNotes;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportEventData}. */
    public static final class Builder {
        private String sessionId;
        private String referenceId;
        private String reportDate;
        private String reportTime;
        private String reportLocale;
        private Integer resultsCount;
        private List<LabReportEventResult> results;
        private List<LabReportPanel> panels;
        private String reportNotes;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder referenceId(String referenceId) {
            this.referenceId = referenceId;
            return this;
        }

        public Builder reportDate(String reportDate) {
            this.reportDate = reportDate;
            return this;
        }

        public Builder reportTime(String reportTime) {
            this.reportTime = reportTime;
            return this;
        }

        public Builder reportLocale(String reportLocale) {
            this.reportLocale = reportLocale;
            return this;
        }

        public Builder resultsCount(Integer resultsCount) {
            this.resultsCount = resultsCount;
            return this;
        }

        public Builder results(List<LabReportEventResult> results) {
            this.results = results;
            return this;
        }

        public Builder panels(List<LabReportPanel> panels) {
            this.panels = panels;
            return this;
        }

        public Builder reportNotes(String reportNotes) {
            this.reportNotes = reportNotes;
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

        public LabReportEventData build() {
            return new LabReportEventData(
                    sessionId,
                    referenceId,
                    reportDate,
                    reportTime,
                    reportLocale,
                    resultsCount,
                    results,
                    panels,
                    reportNotes,
                    extra);
        }
    }
}
