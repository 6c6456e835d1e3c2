package io.tributary.server.support;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.FetchRequest;
import io.tributary.connectors.FetchResult;
import io.tributary.connectors.ProviderHttp;
import io.tributary.model.DataType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test-only connector (META-INF/services) whose daily pulls go over real HTTP through the connection's {@link
 * ProviderHttp} to {@link #baseUrl} (a WireMock server), so a 429 with Retry-After reaches the server exactly as
 * from a real provider. On 200 it returns one Daily per UTC day of the range.
 */
public class RateLimitedConnector implements Connector {
    public static final String PROVIDER = "TESTRATE";
    public static volatile String baseUrl;

    @Override
    public ConnectorDescriptor descriptor() {
        return new ConnectorDescriptor(
                PROVIDER,
                "Test Rate",
                "testrate.svg",
                "API_KEYS_MANAGED",
                AuthKind.NONE,
                null,
                null,
                List.of(),
                Set.of(DataType.DAILY),
                Set.of(),
                false,
                false);
    }

    @Override
    public FetchResult fetch(FetchRequest r) throws ConnectorException {
        if (r.type() != DataType.DAILY) return FetchResult.unsupported();
        ProviderHttp.Response resp = r.http()
                .get(
                        baseUrl + "/daily",
                        Map.of("start", r.start().toString(), "end", r.end().toString()));
        if (resp.status() != 200)
            throw new ConnectorException(ConnectorException.Kind.TRANSIENT, "HTTP " + resp.status(), 30, null);
        List<io.tributary.model.Daily> out = new ArrayList<>();
        LocalDate d = LocalDate.ofInstant(r.start(), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(r.end().minusNanos(1), ZoneOffset.UTC);
        for (; !d.isAfter(last); d = d.plusDays(1)) out.add(FakePullConnector.daily(d, 100 + d.getDayOfMonth()));
        return FetchResult.of(out);
    }
}
