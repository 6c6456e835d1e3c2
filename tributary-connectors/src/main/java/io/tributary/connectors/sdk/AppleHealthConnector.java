package io.tributary.connectors.sdk;

/** Apple Health, read on the device by the mobile SDK (provider `APPLE`). */
public final class AppleHealthConnector extends SdkSourceConnector {
    public AppleHealthConnector() {
        super("APPLE", "Apple Health");
    }
}
