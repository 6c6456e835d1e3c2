package io.tributary.connectors.example;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.HistoryDelivery;
import io.tributary.connectors.HistoryPolicy;
import io.tributary.connectors.ProviderLimits;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.DataType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A minimal conformant connector (test only, not registered) that {@code ConnectorConformanceCheckTest} breaks in
 * one way at a time to show the conformance check catches each.
 */
public class ExampleConnector implements Connector {
    private final ConnectorDescriptor descriptor;
    private final List<RecordMapper> mappers;

    public ExampleConnector() {
        this(descriptor("https://example.test"), List.of(new ExampleStepsMapper()));
    }

    public ExampleConnector(ConnectorDescriptor descriptor, List<RecordMapper> mappers) {
        this.descriptor = descriptor;
        this.mappers = mappers;
    }

    public static ConnectorDescriptor descriptor(String host) {
        return new ConnectorDescriptor(
                "EXAMPLE",
                "Example",
                "example.svg",
                "CUSTOM_CREDENTIALS",
                AuthKind.OAUTH2,
                new ConnectorDescriptor.OAuth2Spec(
                        host + "/authorize",
                        host + "/token",
                        null,
                        List.of("daily"),
                        " ",
                        true,
                        ConnectorDescriptor.ClientAuth.BODY),
                null,
                List.of(),
                Set.of(DataType.DAILY),
                Set.of(),
                true,
                false,
                host + "/api",
                new ProviderLimits(
                        2,
                        List.of(ProviderLimits.RateLimit.requests(
                                ProviderLimits.Scope.APP, 100, Duration.ofMinutes(1), host + "/docs/limits"))),
                new HistoryPolicy(
                        Duration.ofDays(30),
                        Map.of(DataType.DAILY, Duration.ofDays(365)),
                        Duration.ofDays(30),
                        HistoryDelivery.PULL));
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<RecordMapper> mappers() {
        return mappers;
    }
}
