package io.tributary.connectors.sdk;

/** Samsung Health, read on the device by the mobile SDK (provider `SAMSUNG`). */
public final class SamsungHealthConnector extends SdkSourceConnector {
    public SamsungHealthConnector() {
        super("SAMSUNG", "Samsung Health");
    }
}
