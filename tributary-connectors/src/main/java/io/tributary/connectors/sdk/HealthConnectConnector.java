package io.tributary.connectors.sdk;

/** Health Connect, read on the device by the mobile SDK (provider `HEALTH_CONNECT`). */
public final class HealthConnectConnector extends SdkSourceConnector {
    public HealthConnectConnector() {
        super("HEALTH_CONNECT", "Health Connect");
    }
}
