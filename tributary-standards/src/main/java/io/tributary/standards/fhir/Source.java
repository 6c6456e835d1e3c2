package io.tributary.standards.fhir;

import io.tributary.model.DataType;
import io.tributary.model.nested.DeviceData;

/**
 * Where a stored object came from, carried onto every resource made of it: the user (the subject), the provider,
 * the device, the Terra data type and our id of the object ({@code summary_id}, or the day for a daily or body
 * object).
 */
public record Source(Subject subject, DataType type, String summaryId, DeviceData device) {

    /** The FHIR id of the Device resource this object's Observations reference. */
    public String deviceId() {
        return Ids.of("Device", subject.userId(), deviceKey());
    }

    String deviceKey() {
        if (device == null) return subject.provider();
        return subject.provider() + "|" + nz(device.manufacturer()) + "|" + nz(device.name()) + "|"
                + nz(device.serialNumber());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
