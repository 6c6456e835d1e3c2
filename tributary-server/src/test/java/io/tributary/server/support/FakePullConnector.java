package io.tributary.server.support;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.FetchRequest;
import io.tributary.connectors.FetchResult;
import io.tributary.model.Athlete;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.json.JsonMapper;

/**
 * A test-only connector (registered through META-INF/services in the test class path) for the pull path of
 * data reads: provider {@code TESTPULL}; for daily it returns one Daily per UTC day overlapping the requested
 * range (steps = day of month), and an athlete; it records every call.
 */
public class FakePullConnector implements Connector {
    public static final String PROVIDER = "TESTPULL";
    public static final List<FetchRequest> CALLS = new CopyOnWriteArrayList<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public ConnectorDescriptor descriptor() {
        return new ConnectorDescriptor(
                PROVIDER,
                "Test Pull",
                "testpull.svg",
                "API_KEYS_MANAGED",
                AuthKind.NONE,
                null,
                null,
                List.of(),
                Set.of(DataType.DAILY, DataType.ATHLETE),
                Set.of(),
                false,
                false);
    }

    @Override
    public FetchResult fetch(FetchRequest r) {
        CALLS.add(r);
        if (r.type() == DataType.ATHLETE)
            return FetchResult.of(List.of(JSON.readValue(
                    "{\"first_name\":\"Ada\",\"last_name\":\"Pull\",\"provider_user_id\":\"p-" + r.userId() + "\"}",
                    Athlete.class)));
        if (r.type() != DataType.DAILY) return FetchResult.unsupported();
        List<Daily> out = new ArrayList<>();
        LocalDate d = LocalDate.ofInstant(r.start(), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(r.end().minusNanos(1), ZoneOffset.UTC);
        for (; !d.isAfter(last); d = d.plusDays(1)) out.add(daily(d, d.getDayOfMonth()));
        return FetchResult.of(out);
    }

    public static Daily daily(LocalDate d, int steps) {
        String json = "{\"metadata\":{\"start_time\":\"" + d + "T00:00:00.000000+00:00\",\"end_time\":\""
                + d.plusDays(1) + "T00:00:00.000000+00:00\",\"upload_type\":1,\"timestamp_localization\":0},"
                + "\"distance_data\":{\"steps\":" + steps + "}}";
        return JSON.readValue(json, Daily.class);
    }

    public static Map<String, String> none() {
        return Map.of();
    }
}
