package io.tributary.connectors.oura;

import io.tributary.connectors.AppContext;
import io.tributary.connectors.AuthKind;
import io.tributary.connectors.BackfillWindow;
import io.tributary.connectors.ConnectionContext;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.FetchRequest;
import io.tributary.connectors.FetchResult;
import io.tributary.connectors.HistoryDelivery;
import io.tributary.connectors.HistoryPolicy;
import io.tributary.connectors.Identity;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderHttp;
import io.tributary.connectors.ProviderLimits;
import io.tributary.connectors.ProviderLimits.RateLimit;
import io.tributary.connectors.ProviderResponses;
import io.tributary.connectors.PushReceiver;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.DataType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Oura API v2: OAuth 2.0 authorization code, data pulled from {@code /v2/usercollection/*} (pages of {@code
 * {data, next_token}}) and announced by app-wide webhooks (see {@link OuraPushReceiver}, {@link OuraWebhooks}). The
 * token response has no user id: {@link #identify} reads {@code personal_info}. See README.md in this package.
 */
public final class OuraConnector implements Connector {
    public static final String PROVIDER = "OURA";
    static final String COLLECTION = "/v2/usercollection/";
    static final String PERSONAL_INFO = COLLECTION + "personal_info";
    /** Oura answers heart rate for at most 30 days per request; the others are cut the same way. */
    static final Duration MAX_WINDOW = Duration.ofDays(30);

    static final String RATE_LIMIT_SOURCE = "https://cloud.ouraring.com/v2/docs#section/Oura-HTTP-Response-Codes";

    private static final Set<DataType> TYPES =
            EnumSet.of(DataType.DAILY, DataType.SLEEP, DataType.ACTIVITY, DataType.BODY, DataType.ATHLETE);

    private static final ConnectorDescriptor DESCRIPTOR = new ConnectorDescriptor(
            PROVIDER,
            "Oura",
            "oura.svg",
            "CUSTOM_CREDENTIALS",
            AuthKind.OAUTH2,
            new ConnectorDescriptor.OAuth2Spec(
                    "https://cloud.ouraring.com/oauth/authorize",
                    "https://api.ouraring.com/oauth/token",
                    null, // Oura's revoke is GET ?access_token=, not RFC 7009
                    List.of("email", "personal", "daily", "heartrate", "workout", "tag", "session", "spo2Daily"),
                    " ",
                    false,
                    ConnectorDescriptor.ClientAuth.BODY),
            null,
            List.of(),
            TYPES,
            Set.of(),
            true,
            false,
            "https://api.ouraring.com",
            new ProviderLimits(
                    4,
                    List.of(
                            RateLimit.requests(ProviderLimits.Scope.APP, 5000, Duration.ofDays(1), RATE_LIMIT_SOURCE),
                            RateLimit.requests(
                                    ProviderLimits.Scope.APP, 300, Duration.ofMinutes(1), RATE_LIMIT_SOURCE))),
            new HistoryPolicy(Duration.ofDays(30), available(), MAX_WINDOW, HistoryDelivery.PULL));

    private static final OuraPushReceiver RECEIVER = new OuraPushReceiver();
    private static final RecordMapper PERSONAL_INFO_MAPPER = new OuraPersonalInfoMapper();

    private static Map<DataType, Duration> available() {
        Map<DataType, Duration> m = new EnumMap<>(DataType.class);
        // Oura keeps a member's whole history
        for (DataType t : TYPES) m.put(t, Duration.ofDays(3650));
        return m;
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Identity identify(ConnectionContext c) throws ConnectorException {
        JsonNode info = ProviderResponses.json(c.http().get(c.api(PERSONAL_INFO), Map.of()), "Oura personal_info");
        String id = info.path("id").asString(null);
        if (id == null || id.isBlank()) throw ConnectorException.malformed("Oura personal_info without id");
        return new Identity(id, null);
    }

    @Override
    public FetchResult fetch(FetchRequest request) throws ConnectorException {
        if (!TYPES.contains(request.type())) return FetchResult.unsupported();
        ConnectionContext c = request.requireConnection();
        if (request.type() == DataType.ATHLETE) {
            JsonNode info = ProviderResponses.json(c.http().get(c.api(PERSONAL_INFO), Map.of()), "Oura personal_info");
            return FetchResult.mapped(PERSONAL_INFO_MAPPER.map(info));
        }
        String hinted = request.hints().get(OuraPushReceiver.HINT_ENDPOINT);
        if (hinted != null) return fetchOne(c, request, hinted);
        List<MappedRecord> out = new ArrayList<>();
        for (OuraEndpoint e : OuraEndpoint.of(request.type()))
            out.addAll(fetchAll(c, e, request.start(), request.end()));
        return FetchResult.mapped(out);
    }

    /**
     * A webhook's document: {@code GET /v2/usercollection/<type>/<object_id>}. When Oura answers 404 for the single
     * document, the collection is read over the event's window (the local days the receiver derived from {@code
     * event_time}) and only the announced document is kept: nothing when it is gone (deleted since the event).
     */
    private static FetchResult fetchOne(ConnectionContext c, FetchRequest request, String path)
            throws ConnectorException {
        OuraEndpoint e = OuraEndpoint.byPath(path)
                .filter(x -> x.type == request.type())
                .orElseThrow(() -> ConnectorException.malformed("no Oura collection " + path));
        String id = request.hints().get(OuraPushReceiver.HINT_OBJECT_ID);
        if (id == null || id.isBlank()) throw ConnectorException.malformed("Oura fetch without object_id");
        String url = c.api(COLLECTION + e.path + "/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        ProviderHttp.Response r = c.http().get(url, Map.of());
        if (r.status() != 404) return FetchResult.mapped(e.mapper.map(ProviderResponses.json(r, "Oura " + e.path)));
        String key = e.path + ":" + id;
        List<MappedRecord> announced = new ArrayList<>();
        for (MappedRecord m : fetchAll(c, e, request.start(), request.end(), offset(request)))
            if (key.equals(m.providerKey())) announced.add(m);
        return FetchResult.mapped(announced);
    }

    /** The member's offset a push announced (its local days), UTC for pulls. */
    private static ZoneOffset offset(FetchRequest request) {
        String o = request.hints().get(OuraPushReceiver.HINT_OFFSET);
        try {
            return o == null ? ZoneOffset.UTC : ZoneOffset.of(o);
        } catch (java.time.DateTimeException bad) {
            return ZoneOffset.UTC;
        }
    }

    /** Every page of one collection over {@code [start, end)}, following {@code next_token} until it is null. */
    static List<MappedRecord> fetchAll(ConnectionContext c, OuraEndpoint e, Instant start, Instant end)
            throws ConnectorException {
        return fetchAll(c, e, start, end, ZoneOffset.UTC);
    }

    static List<MappedRecord> fetchAll(
            ConnectionContext c, OuraEndpoint e, Instant start, Instant end, ZoneOffset offset)
            throws ConnectorException {
        Map<String, String> query = window(e, start, end, offset);
        List<MappedRecord> out = new ArrayList<>();
        String url = c.api(COLLECTION + e.path);
        for (int page = 0; page < 10_000; page++) {
            JsonNode body = ProviderResponses.json(c.http().get(url, query), "Oura " + e.path);
            JsonNode data = body.path("data");
            if (!data.isArray()) throw ConnectorException.malformed("Oura " + e.path + ": no data array");
            out.addAll(e.mapper.mapAll(data));
            String next = body.path("next_token").asString(null);
            if (next == null || next.isBlank()) return out;
            query = new LinkedHashMap<>(window(e, start, end, offset));
            query.put("next_token", next);
        }
        throw ConnectorException.malformed("Oura " + e.path + ": next_token never ends");
    }

    /**
     * Day collections take local days {@code start_date}/{@code end_date} (both inclusive, so the day of {@code end}
     * is asked too: over-asking is harmless, a re-pull replaces); heart rate takes {@code start_datetime}/{@code
     * end_datetime}.
     */
    static Map<String, String> window(OuraEndpoint e, Instant start, Instant end) {
        return window(e, start, end, ZoneOffset.UTC);
    }

    /** As above, the local days taken at {@code offset}. */
    static Map<String, String> window(OuraEndpoint e, Instant start, Instant end, ZoneOffset offset) {
        Map<String, String> q = new LinkedHashMap<>();
        if (e.datetimeWindow) {
            q.put("start_datetime", DateTimeFormatter.ISO_INSTANT.format(start));
            q.put("end_datetime", DateTimeFormatter.ISO_INSTANT.format(end));
        } else {
            q.put("start_date", LocalDate.ofInstant(start, offset).toString());
            q.put("end_date", LocalDate.ofInstant(end, offset).toString());
        }
        return q;
    }

    @Override
    public List<BackfillWindow> planBackfill(DataType type, Instant from, Instant to) {
        if (!TYPES.contains(type) || !to.isAfter(from)) return List.of();
        if (type == DataType.ATHLETE) // a profile, not history: one request
        return List.of(new BackfillWindow(type, null, from, to, HistoryDelivery.PULL));
        return BackfillWindow.split(DESCRIPTOR.history(), type, null, from, to);
    }

    /** Creates the app's missing webhook subscriptions and renews those about to expire. */
    @Override
    public void maintainApp(AppContext app) throws ConnectorException {
        OuraWebhooks.maintain(app);
    }

    @Override
    public Optional<PushReceiver> pushReceiver() {
        return Optional.of(RECEIVER);
    }

    @Override
    public List<RecordMapper> mappers() {
        return Stream.concat(Stream.of(OuraEndpoint.values()).map(e -> e.mapper), Stream.of(PERSONAL_INFO_MAPPER))
                .toList();
    }
}
