// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model.nested;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.enums.DeviceDataType;
import io.tributary.model.support.EnumType;
import io.tributary.model.support.Extra;
import java.util.List;
import java.util.Map;

/**
 * Terra {@code OtherDeviceData} object (wire shape of {@code schemas/core/OtherDeviceData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code data_provided}: {@link DeviceDataType}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OtherDeviceData(
        @JsonProperty("manufacturer") String manufacturer,
        @JsonProperty("hardware_version") String hardwareVersion,
        @JsonProperty("serial_number") String serialNumber,
        @JsonProperty("name") String name,
        @JsonProperty("software_version") String softwareVersion,

        @JsonProperty("data_provided") @EnumType(DeviceDataType.class)
        List<String> dataProvided,

        @JsonProperty("last_upload_date") String lastUploadDate,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public OtherDeviceData {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.manufacturer = manufacturer;
        b.hardwareVersion = hardwareVersion;
        b.serialNumber = serialNumber;
        b.name = name;
        b.softwareVersion = softwareVersion;
        b.dataProvided = dataProvided;
        b.lastUploadDate = lastUploadDate;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link OtherDeviceData}. */
    public static final class Builder {
        private String manufacturer;
        private String hardwareVersion;
        private String serialNumber;
        private String name;
        private String softwareVersion;
        private List<String> dataProvided;
        private String lastUploadDate;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder manufacturer(String manufacturer) {
            this.manufacturer = manufacturer;
            return this;
        }

        public Builder hardwareVersion(String hardwareVersion) {
            this.hardwareVersion = hardwareVersion;
            return this;
        }

        public Builder serialNumber(String serialNumber) {
            this.serialNumber = serialNumber;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder softwareVersion(String softwareVersion) {
            this.softwareVersion = softwareVersion;
            return this;
        }

        public Builder dataProvided(List<String> dataProvided) {
            this.dataProvided = dataProvided;
            return this;
        }

        public Builder lastUploadDate(String lastUploadDate) {
            this.lastUploadDate = lastUploadDate;
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

        public OtherDeviceData build() {
            return new OtherDeviceData(
                    manufacturer,
                    hardwareVersion,
                    serialNumber,
                    name,
                    softwareVersion,
                    dataProvided,
                    lastUploadDate,
                    extra);
        }
    }
}
