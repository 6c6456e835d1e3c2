package io.tributary.connectors.garmin;

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
import io.tributary.connectors.ProviderHttp;
import io.tributary.connectors.ProviderLimits;
import io.tributary.connectors.ProviderLimits.RateLimit;
import io.tributary.connectors.ProviderResponses;
import io.tributary.connectors.PushReceiver;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.DataType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Garmin Connect Developer Program: Health API and Activity API, OAuth 2.0 with PKCE, data delivered by push (or
 * ping + fetch). History is never pulled: a backfill asks Garmin per summary type and window, and the summaries
 * arrive later at {@code /v2/hooks/garmin}. See README.md in this package for the quirks and reference pages.
 */
public final class GarminConnector implements Connector {
    public static final String PROVIDER = "GARMIN";
    static final String USER_ID_PATH = "/wellness-api/rest/user/id";
    static final String PERMISSIONS_PATH = "/wellness-api/rest/user/permissions";
    static final String REGISTRATION_PATH = "/wellness-api/rest/user/registration";
    static final String BACKFILL_PATH = "/wellness-api/rest/backfill/";
    /** Garmin refuses backfill requests longer than 90 days. */
    static final Duration MAX_WINDOW = Duration.ofDays(90);

    private static final Set<DataType> TYPES =
            EnumSet.of(DataType.DAILY, DataType.SLEEP, DataType.ACTIVITY, DataType.BODY, DataType.MENSTRUATION);

    private static final ConnectorDescriptor DESCRIPTOR = new ConnectorDescriptor(
            PROVIDER,
            "Garmin",
            "garmin.svg",
            "CUSTOM_CREDENTIALS",
            AuthKind.OAUTH2,
            new ConnectorDescriptor.OAuth2Spec(
                    "https://connect.garmin.com/oauth2Confirm",
                    "https://diauth.garmin.com/di-oauth2-service/oauth/token",
                    null,
                    List.of(), // Garmin has no scopes: the user picks permissions on the consent page
                    " ",
                    true,
                    ConnectorDescriptor.ClientAuth.BODY),
            null,
            List.of(),
            TYPES,
            Set.of(),
            true,
            false,
            "https://apis.garmin.com",
            new ProviderLimits(
                    4,
                    List.of(
                            new RateLimit(
                                    ProviderLimits.Scope.APP,
                                    10_000,
                                    Duration.ofMinutes(1),
                                    ProviderLimits.Unit.BACKFILL_DAYS,
                                    "https://github.com/the-momentum/open-wearables/blob/main/backend/app/services/providers/garmin/backfill.py"))),
            new HistoryPolicy(Duration.ofDays(30), available(), MAX_WINDOW, HistoryDelivery.PUSH));

    private static final GarminPushReceiver RECEIVER = new GarminPushReceiver();

    private static Map<DataType, Duration> available() {
        Map<DataType, Duration> m = new EnumMap<>(DataType.class);
        for (GarminSummaryType t : GarminSummaryType.values())
            m.merge(t.dataType(), Duration.ofDays(t.historyDays), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        return m;
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The token response has no user id: ask {@code /user/id}; permissions are read best-effort. */
    @Override
    public Identity identify(ConnectionContext c) throws ConnectorException {
        JsonNode id = ProviderResponses.json(c.http().get(c.api(USER_ID_PATH), Map.of()), "Garmin user id");
        String userId = id.path("userId").asString(null);
        if (userId == null || userId.isBlank()) throw ConnectorException.malformed("Garmin user id without userId");
        List<String> scopes = null;
        ProviderHttp.Response p = c.http().get(c.api(PERMISSIONS_PATH), Map.of());
        if (p.ok()) {
            scopes = new ArrayList<>();
            for (JsonNode s :
                    ProviderResponses.parse(p.body(), "Garmin permissions").path("permissions"))
                scopes.add(s.asString());
        }
        return new Identity(userId, scopes);
    }

    /** Deregisters the user, so Garmin stops pushing; a registration already gone is fine. */
    @Override
    public void beforeDeauth(ConnectionContext c) throws ConnectorException {
        ProviderHttp.Response r = c.http().delete(c.api(REGISTRATION_PATH));
        if (r.status() == 404) return;
        ProviderResponses.require(r, "Garmin deregistration");
    }

    /**
     * Only fetches a ping announced: GET its {@code callbackURL}. Garmin serves no pulls otherwise (history is
     * backfilled by push), so a scheduled pull is unsupported.
     */
    @Override
    public FetchResult fetch(FetchRequest request) throws ConnectorException {
        String callback = request.hints().get(GarminPushReceiver.HINT_CALLBACK);
        if (callback == null || !TYPES.contains(request.type())) return FetchResult.unsupported();
        ConnectionContext c = request.requireConnection();
        requireApiHost(callback, c.url(ConnectorDescriptor.API_URL));
        GarminSummaryType type = GarminSummaryType.byPushKey(request.hints().get(GarminPushReceiver.HINT_STREAM))
                .orElseThrow(() -> ConnectorException.malformed("ping of an unknown summary type"));
        JsonNode body = ProviderResponses.json(c.http().get(callback, Map.of()), "Garmin " + type.pushKey);
        return FetchResult.mapped(type.mapper.mapAll(body));
    }

    /**
     * A callbackURL comes from a notification whose only credential is a client id header; following it to any
     * other host would hand the user's access token to whoever sent it.
     */
    static void requireApiHost(String url, String apiBase) throws ConnectorException {
        URI u = URI.create(url);
        URI api = URI.create(apiBase);
        boolean same = api.getScheme().equalsIgnoreCase(String.valueOf(u.getScheme()))
                && api.getHost().equalsIgnoreCase(String.valueOf(u.getHost()))
                && api.getPort() == u.getPort();
        if (!same) throw ConnectorException.malformed("ping callbackURL is not on the Garmin API host: " + url);
    }

    /** One window list per Garmin summary type that feeds {@code type}, each capped at what Garmin keeps. */
    @Override
    public List<BackfillWindow> planBackfill(DataType type, Instant from, Instant to) {
        List<BackfillWindow> out = new ArrayList<>();
        for (GarminSummaryType t : GarminSummaryType.of(type)) {
            Instant oldest = to.minus(Duration.ofDays(t.historyDays));
            Instant start = from.isBefore(oldest) ? oldest : from;
            if (start.isBefore(to))
                out.addAll(BackfillWindow.split(DESCRIPTOR.history(), type, t.backfillName, start, to));
        }
        return out;
    }

    /** Asks Garmin to push a window (202 Accepted); a window it already has (409) counts as asked. */
    @Override
    public void requestBackfill(ConnectionContext c, BackfillWindow w) throws ConnectorException {
        if (w.stream() == null || GarminSummaryType.byBackfillName(w.stream()).isEmpty())
            throw ConnectorException.malformed("no Garmin backfill for stream " + w.stream());
        ProviderHttp.Response r = c.http()
                .get(
                        c.api(BACKFILL_PATH + w.stream()),
                        Map.of(
                                "summaryStartTimeInSeconds",
                                        Long.toString(w.start().getEpochSecond()),
                                "summaryEndTimeInSeconds", Long.toString(w.end().getEpochSecond())));
        if (r.status() == 409) return;
        ProviderResponses.require(r, "Garmin backfill " + w.stream());
    }

    @Override
    public Optional<PushReceiver> pushReceiver() {
        return Optional.of(RECEIVER);
    }

    @Override
    public List<RecordMapper> mappers() {
        return Arrays.stream(GarminSummaryType.values()).map(t -> t.mapper).toList();
    }
}
