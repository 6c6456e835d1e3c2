package io.tributary.connectors.whoop;

import io.tributary.model.nested.DeviceData;

/**
 * What WHOOP's API says about the device: nothing beyond being WHOOP's (no model, firmware or serial number in any
 * v2 record), so device data names the manufacturer only.
 */
final class WhoopDevice {
    static final DeviceData DATA =
            DeviceData.builder().manufacturer("WHOOP").name("WHOOP").build();

    private WhoopDevice() {}
}
