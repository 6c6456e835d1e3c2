package io.tributary.server.support;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.FetchRequest;
import io.tributary.connectors.FetchResult;
import io.tributary.connectors.HistoryDelivery;
import io.tributary.connectors.HistoryPolicy;
import io.tributary.connectors.ProviderLimits;
import io.tributary.connectors.ProviderResponses;
import io.tributary.model.DataType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test-only connector (META-INF/services) that declares a quota of {@link #REQUESTS_PER_DAY} requests per day per
 * app and 90 days of history pulled in 30-day windows, pulling over real HTTP from {@link #baseUrl} (WireMock). One
 * Daily per UTC day of each window.
 */
public class QuotaConnector implements Connector {
    public static final String PROVIDER = "TESTQUOTA";
    public static final int REQUESTS_PER_DAY = 2;
    public static volatile String baseUrl = "http://127.0.0.1:9";

    @Override
    public ConnectorDescriptor descriptor() {
        return new ConnectorDescriptor(
                PROVIDER,
                "Test Quota",
                "testquota.svg",
                "API_KEYS_MANAGED",
                AuthKind.NONE,
                null,
                null,
                List.of(),
                Set.of(DataType.DAILY),
                Set.of(),
                false,
                false,
                null,
                new ProviderLimits(
                        2,
                        List.of(ProviderLimits.RateLimit.requests(
                                ProviderLimits.Scope.APP, REQUESTS_PER_DAY, Duration.ofDays(1), "test"))),
                new HistoryPolicy(
                        Duration.ofDays(90),
                        Map.of(DataType.DAILY, Duration.ofDays(3650)),
                        Duration.ofDays(30),
                        HistoryDelivery.PULL));
    }

    @Override
    public FetchResult fetch(FetchRequest r) throws ConnectorException {
        if (r.type() != DataType.DAILY) return FetchResult.unsupported();
        ProviderResponses.require(
                r.requireConnection()
                        .http()
                        .get(
                                baseUrl + "/quota/daily",
                                Map.of(
                                        "start",
                                        r.start().toString(),
                                        "end",
                                        r.end().toString())),
                "test quota daily");
        List<io.tributary.model.Daily> out = new ArrayList<>();
        LocalDate d = LocalDate.ofInstant(r.start(), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(r.end().minusNanos(1), ZoneOffset.UTC);
        for (; !d.isAfter(last); d = d.plusDays(1)) out.add(FakePullConnector.daily(d, 100 + d.getDayOfMonth()));
        return FetchResult.of(out);
    }
}
