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
 * Terra {@code DeviceData} object (wire shape of {@code schemas/core/DeviceData.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 * Enum-valued properties are kept as their raw wire values so that unknown values survive:
 * <ul>
 *   <li>{@code data_provided}: {@link DeviceDataType}</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviceData(
        @JsonProperty("activation_timestamp") String activationTimestamp,

        @JsonProperty("data_provided") @EnumType(DeviceDataType.class)
        List<String> dataProvided,

        @JsonProperty("hardware_version") String hardwareVersion,
        @JsonProperty("last_upload_date") String lastUploadDate,
        @JsonProperty("manufacturer") String manufacturer,
        @JsonProperty("name") String name,
        @JsonProperty("other_devices") List<OtherDeviceData> otherDevices,
        @JsonProperty("serial_number") String serialNumber,
        @JsonProperty("software_version") String softwareVersion,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public DeviceData {
        extra = Extra.copy(extra);
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.activationTimestamp = activationTimestamp;
        b.dataProvided = dataProvided;
        b.hardwareVersion = hardwareVersion;
        b.lastUploadDate = lastUploadDate;
        b.manufacturer = manufacturer;
        b.name = name;
        b.otherDevices = otherDevices;
        b.serialNumber = serialNumber;
        b.softwareVersion = softwareVersion;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link DeviceData}. */
    public static final class Builder {
        private String activationTimestamp;
        private List<String> dataProvided;
        private String hardwareVersion;
        private String lastUploadDate;
        private String manufacturer;
        private String name;
        private List<OtherDeviceData> otherDevices;
        private String serialNumber;
        private String softwareVersion;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder activationTimestamp(String activationTimestamp) {
            this.activationTimestamp = activationTimestamp;
            return this;
        }

        public Builder dataProvided(List<String> dataProvided) {
            this.dataProvided = dataProvided;
            return this;
        }

        public Builder hardwareVersion(String hardwareVersion) {
            this.hardwareVersion = hardwareVersion;
            return this;
        }

        public Builder lastUploadDate(String lastUploadDate) {
            this.lastUploadDate = lastUploadDate;
            return this;
        }

        public Builder manufacturer(String manufacturer) {
            this.manufacturer = manufacturer;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder otherDevices(List<OtherDeviceData> otherDevices) {
            this.otherDevices = otherDevices;
            return this;
        }

        public Builder serialNumber(String serialNumber) {
            this.serialNumber = serialNumber;
            return this;
        }

        public Builder softwareVersion(String softwareVersion) {
            this.softwareVersion = softwareVersion;
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

        public DeviceData build() {
            return new DeviceData(
                    activationTimestamp,
                    dataProvided,
                    hardwareVersion,
                    lastUploadDate,
                    manufacturer,
                    name,
                    otherDevices,
                    serialNumber,
                    softwareVersion,
                    extra);
        }
    }
}
