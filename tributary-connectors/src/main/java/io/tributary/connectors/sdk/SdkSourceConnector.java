package io.tributary.connectors.sdk;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.model.DataType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An on-device health store (no web API): users connect it from the mobile app with a token from {@code POST
 * /v2/auth/generateAuthToken}, and the app pushes records to {@code POST /v2/sdk/records} (see docs/sdk.md). The
 * descriptor makes these sources appear as {@code sdk_providers} in {@code GET /v2/integrations}; there is nothing to
 * pull, so {@link #fetch} stays unsupported.
 */
abstract class SdkSourceConnector implements Connector {
    private static final Set<DataType> TYPES = EnumSet.of(
            DataType.ACTIVITY,
            DataType.SLEEP,
            DataType.BODY,
            DataType.DAILY,
            DataType.NUTRITION,
            DataType.MENSTRUATION);

    private final ConnectorDescriptor descriptor;

    SdkSourceConnector(String provider, String name) {
        this.descriptor = new ConnectorDescriptor(
                provider,
                name,
                "generic.svg",
                "SDK",
                AuthKind.SDK,
                null,
                null,
                List.of(),
                TYPES,
                Set.of(),
                false,
                false);
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }
}
