package io.tributary.connectors.withings;

import io.tributary.connectors.AppContext;
import io.tributary.connectors.AuthKind;
import io.tributary.connectors.ConnectionContext;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.FetchRequest;
import io.tributary.connectors.FetchResult;
import io.tributary.connectors.HistoryDelivery;
import io.tributary.connectors.HistoryPolicy;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderHttp;
import io.tributary.connectors.ProviderLimits;
import io.tributary.connectors.ProviderLimits.RateLimit;
import io.tributary.connectors.PushReceiver;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.DataType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Withings Public Health Data API: OAuth 2.0 authorization code with a signed token endpoint ({@code POST
 * /v2/oauth2 action=requesttoken} with a nonce and an HMAC signature instead of the client secret) and rotating
 * refresh tokens; answers wrapped in {@code {status, body}} with errors as non-zero {@code status} in HTTP 200;
 * data pulled from {@code /measure}, {@code /v2/measure} and {@code /v2/sleep} ({@link WithingsPulls}); per-user
 * notification subscriptions ({@code /notify}) created after connect and revoked before deauth, then the user's
 * access revoked at Withings ({@code action=revoke}). See README.md in this package.
 */
public final class WithingsConnector implements Connector {
    public static final String PROVIDER = "WITHINGS";
    static final String RATE_LIMIT_SOURCE =
            "https://developer.withings.com/developer-guide/v3/withings-solutions/withings-api-plans/";
    /** Sleep v2 - Get answers at most 7 days per call; the other endpoints are cut the same way. */
    static final Duration MAX_WINDOW = Duration.ofDays(7);

    private static final Set<DataType> TYPES =
            EnumSet.of(DataType.BODY, DataType.DAILY, DataType.ACTIVITY, DataType.SLEEP);

    private static final ConnectorDescriptor DESCRIPTOR = new ConnectorDescriptor(
            PROVIDER,
            "Withings",
            "withings.svg",
            "CUSTOM_CREDENTIALS",
            AuthKind.OAUTH2,
            new ConnectorDescriptor.OAuth2Spec(
                    "https://account.withings.com/oauth2_user/authorize2",
                    "https://wbsapi.withings.net/v2/oauth2",
                    null, // revocation is Withings' signed action=revoke, done in beforeDeauth
                    List.of("user.info", "user.metrics", "user.activity"),
                    ",",
                    false,
                    ConnectorDescriptor.ClientAuth.CONNECTOR),
            null,
            List.of(),
            TYPES,
            Set.of(),
            true,
            false,
            "https://wbsapi.withings.net",
            new ProviderLimits(
                    4,
                    List.of(RateLimit.requests(
                            ProviderLimits.Scope.APP, 120, Duration.ofMinutes(1), RATE_LIMIT_SOURCE))),
            new HistoryPolicy(Duration.ofDays(30), available(), MAX_WINDOW, HistoryDelivery.PULL));

    static final WithingsMeasuresMapper MEASURES = new WithingsMeasuresMapper();
    static final WithingsActivityMapper ACTIVITY = new WithingsActivityMapper();
    static final WithingsIntradayMapper INTRADAY = new WithingsIntradayMapper();
    static final WithingsWorkoutsMapper WORKOUTS = new WithingsWorkoutsMapper();
    static final WithingsSleepSummaryMapper SLEEP_SUMMARY = new WithingsSleepSummaryMapper();
    static final WithingsSleepSeriesMapper SLEEP_SERIES = new WithingsSleepSeriesMapper();
    private static final WithingsPushReceiver RECEIVER = new WithingsPushReceiver();

    private static Map<DataType, Duration> available() {
        Map<DataType, Duration> m = new EnumMap<>(DataType.class);
        // Withings keeps the account's whole history ("OAuth web flow": access to all historical data)
        for (DataType t : TYPES) m.put(t, Duration.ofDays(3650));
        return m;
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The signed variant of requesttoken: a fresh nonce, then {@code client_id}, {@code nonce}, {@code signature}. */
    @Override
    public Map<String, String> tokenRequestParameters(AppContext app, String grantType) throws ConnectorException {
        String nonce = WithingsSignature.nonce(
                app.http(),
                app.url(ConnectorDescriptor.API_URL),
                app.app(),
                app.clock().instant());
        return WithingsSignature.signed("requesttoken", app.app(), nonce);
    }

    /**
     * {@code {status: 0, body: {userid, access_token, refresh_token, expires_in, scope, token_type}}}; a refresh
     * Withings refuses as an authentication failure, or as an invalid refresh token, means the grant is gone
     * ({@code access_revoked}: the user must connect again); 601 and 522 are retried; anything else is refused.
     */
    @Override
    public JsonNode tokenResponse(String grantType, JsonNode answer) throws ConnectorException {
        if (answer == null || !answer.path("status").isIntegralNumber())
            throw ConnectorException.malformed("requesttoken: no Withings status");
        int status = answer.path("status").asInt();
        if (status == 0) return WithingsApi.body(answer, "requesttoken");
        String error = answer.path("error").asString("");
        ConnectorException e = WithingsApi.error(status, error, "requesttoken");
        boolean refresh = "refresh_token".equals(grantType);
        if (refresh
                && (WithingsApi.authFailed(status)
                        || error.toLowerCase(java.util.Locale.ROOT).contains("refresh_token")))
            throw ConnectorException.revoked(e.getMessage());
        if (e.kind() == ConnectorException.Kind.RATE_LIMITED || e.kind() == ConnectorException.Kind.TRANSIENT) throw e;
        throw ConnectorException.unauthorized(e.getMessage());
    }

    @Override
    public int effectiveStatus(ProviderHttp.Response response) {
        return WithingsApi.effectiveStatus(response);
    }

    /** Subscribes the hook URL (with the app's callback token) to every notification category. */
    @Override
    public void afterConnect(ConnectionContext c) throws ConnectorException {
        WithingsSignature.requireCredentials(c.app());
        String callback = WithingsPushReceiver.callbackUrl(c.hookUrl(), c.app());
        for (int appli : WithingsPushReceiver.APPLIS) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("action", "subscribe");
            form.put("callbackurl", callback);
            form.put("appli", Integer.toString(appli));
            form.put("comment", "Tributary");
            WithingsApi.body(
                    c.http().post(c.api("/notify"), WithingsForm.TYPE, WithingsForm.encode(form)),
                    "notify subscribe appli " + appli);
            c.store().put("notify:" + appli, callback);
        }
    }

    /**
     * Revokes the notification subscriptions, then the app's access to the user ({@code POST /v2/oauth2
     * action=revoke}, signed), which invalidates the tokens at Withings. The first failure is thrown after all
     * were tried (the server logs it; the deauthentication goes ahead).
     */
    @Override
    public void beforeDeauth(ConnectionContext c) throws ConnectorException {
        ConnectorException first = null;
        for (Map.Entry<String, String> s : c.store().list("notify:").entrySet()) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("action", "revoke");
            form.put("callbackurl", s.getValue());
            form.put("appli", s.getKey().substring("notify:".length()));
            try {
                WithingsApi.body(
                        c.http().post(c.api("/notify"), WithingsForm.TYPE, WithingsForm.encode(form)), "notify revoke");
                c.store().delete(s.getKey());
            } catch (ConnectorException e) {
                if (first == null) first = e;
            }
        }
        try {
            WithingsSignature.requireCredentials(c.app());
            if (c.providerUserId() != null) {
                String nonce = WithingsSignature.nonce(
                        c.http(),
                        c.url(ConnectorDescriptor.API_URL),
                        c.app(),
                        c.clock().instant());
                Map<String, String> form = WithingsSignature.signed("revoke", c.app(), nonce);
                form.put("userid", c.providerUserId());
                WithingsApi.body(
                        c.http()
                                .post(
                                        c.url(ConnectorDescriptor.TOKEN_URL),
                                        WithingsForm.TYPE,
                                        WithingsForm.encode(form)),
                        "oauth2 revoke");
            }
        } catch (ConnectorException e) {
            if (first == null) first = e;
        }
        if (first != null) throw first;
    }

    @Override
    public FetchResult fetch(FetchRequest request) throws ConnectorException {
        if (!TYPES.contains(request.type())) return FetchResult.unsupported();
        ConnectionContext c = request.requireConnection();
        List<MappedRecord> out = new WithingsPulls(c).pull(request.type(), request.start(), request.end());
        return FetchResult.mapped(out);
    }

    @Override
    public Optional<PushReceiver> pushReceiver() {
        return Optional.of(RECEIVER);
    }

    @Override
    public List<RecordMapper> mappers() {
        return List.of(MEASURES, ACTIVITY, INTRADAY, WORKOUTS, SLEEP_SUMMARY, SLEEP_SERIES);
    }
}
