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
 * Terra {@code LabReportSession} object (wire shape of {@code schemas/core/LabReportSession.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Required by the schema: {@code session_id}, {@code report_type}, {@code current_status}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabReportSession(
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("upload_id") String uploadId,
        @JsonProperty("reference_id") String referenceId,
        @JsonProperty("report_type") String reportType,
        @JsonProperty("current_status") String currentStatus,
        @JsonProperty("uploaded_at") String uploadedAt,
        @JsonProperty("updated_at") String updatedAt,
        @JsonProperty("report_date") String reportDate,
        @JsonProperty("report_time") String reportTime,
        @JsonProperty("collection_date") String collectionDate,
        @JsonProperty("collection_time") String collectionTime,
        @JsonProperty("report_locale") String reportLocale,
        @JsonProperty("lab_name") String labName,
        @JsonProperty("patient_age_at_collection") Integer patientAgeAtCollection,
        @JsonProperty("patient_sex") String patientSex,
        @JsonProperty("input_bytes") Long inputBytes,
        @JsonProperty("results_count") Integer resultsCount,
        @JsonProperty("output_bytes") Long outputBytes,
        @JsonProperty("file_count") Integer fileCount,
        @JsonProperty("status_history") List<LabReportStatusEntry> statusHistory,
        @JsonProperty("results") List<LabReportResult> results,
        @JsonProperty("panels") List<LabReportPanel> panels,
        @JsonProperty("report_notes") String reportNotes,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public LabReportSession {
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
        b.uploadId = uploadId;
        b.referenceId = referenceId;
        b.reportType = reportType;
        b.currentStatus = currentStatus;
        b.uploadedAt = uploadedAt;
        b.updatedAt = updatedAt;
        b.reportDate = reportDate;
        b.reportTime = reportTime;
        b.collectionDate = collectionDate;
        b.collectionTime = collectionTime;
        b.reportLocale = reportLocale;
        b.labName = labName;
        b.patientAgeAtCollection = patientAgeAtCollection;
        b.patientSex = patientSex;
        b.inputBytes = inputBytes;
        b.resultsCount = resultsCount;
        b.outputBytes = outputBytes;
        b.fileCount = fileCount;
        b.statusHistory = statusHistory;
        b.results = results;
        b.panels = panels;
        b.reportNotes = reportNotes;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link LabReportSession}. */
    public static final class Builder {
        private String sessionId;
        private String uploadId;
        private String referenceId;
        private String reportType;
        private String currentStatus;
        private String uploadedAt;
        private String updatedAt;
        private String reportDate;
        private String reportTime;
        private String collectionDate;
        private String collectionTime;
        private String reportLocale;
        private String labName;
        private Integer patientAgeAtCollection;
        private String patientSex;
        private Long inputBytes;
        private Integer resultsCount;
        private Long outputBytes;
        private Integer fileCount;
        private List<LabReportStatusEntry> statusHistory;
        private List<LabReportResult> results;
        private List<LabReportPanel> panels;
        private String reportNotes;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder uploadId(String uploadId) {
            this.uploadId = uploadId;
            return this;
        }

        public Builder referenceId(String referenceId) {
            this.referenceId = referenceId;
            return this;
        }

        public Builder reportType(String reportType) {
            this.reportType = reportType;
            return this;
        }

        public Builder currentStatus(String currentStatus) {
            this.currentStatus = currentStatus;
            return this;
        }

        public Builder uploadedAt(String uploadedAt) {
            this.uploadedAt = uploadedAt;
            return this;
        }

        public Builder updatedAt(String updatedAt) {
            this.updatedAt = updatedAt;
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

        public Builder collectionDate(String collectionDate) {
            this.collectionDate = collectionDate;
            return this;
        }

        public Builder collectionTime(String collectionTime) {
            this.collectionTime = collectionTime;
            return this;
        }

        public Builder reportLocale(String reportLocale) {
            this.reportLocale = reportLocale;
            return this;
        }

        public Builder labName(String labName) {
            this.labName = labName;
            return this;
        }

        public Builder patientAgeAtCollection(Integer patientAgeAtCollection) {
            this.patientAgeAtCollection = patientAgeAtCollection;
            return this;
        }

        public Builder patientSex(String patientSex) {
            this.patientSex = patientSex;
            return this;
        }

        public Builder inputBytes(Long inputBytes) {
            this.inputBytes = inputBytes;
            return this;
        }

        public Builder resultsCount(Integer resultsCount) {
            this.resultsCount = resultsCount;
            return this;
        }

        public Builder outputBytes(Long outputBytes) {
            this.outputBytes = outputBytes;
            return this;
        }

        public Builder fileCount(Integer fileCount) {
            this.fileCount = fileCount;
            return this;
        }

        public Builder statusHistory(List<LabReportStatusEntry> statusHistory) {
            this.statusHistory = statusHistory;
            return this;
        }

        public Builder results(List<LabReportResult> results) {
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

        public LabReportSession build() {
            return new LabReportSession(
                    sessionId,
                    uploadId,
                    referenceId,
                    reportType,
                    currentStatus,
                    uploadedAt,
                    updatedAt,
                    reportDate,
                    reportTime,
                    collectionDate,
                    collectionTime,
                    reportLocale,
                    labName,
                    patientAgeAtCollection,
                    patientSex,
                    inputBytes,
                    resultsCount,
                    outputBytes,
                    fileCount,
                    statusHistory,
                    results,
                    panels,
                    reportNotes,
                    extra);
        }
    }
}
