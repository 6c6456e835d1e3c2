package io.tributary.server.connection;

import io.tributary.connectors.AppContext;
import io.tributary.connectors.AuthKind;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.FetchRequest;
import io.tributary.connectors.FetchResult;
import io.tributary.connectors.ProviderHttp;
import io.tributary.connectors.ProviderLimits;
import io.tributary.model.DataType;
import io.tributary.server.support.FakePullConnector;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test-only connectors whose authorization servers are WireMock instances: the base URL is read from a system
 * property on every {@link #descriptor()} call, so a test can point them at its own WireMock port.
 */
public final class TestConnectors {
    public static final String OAUTH2 = "ZZTEST_OAUTH2";
    public static final String OAUTH1 = "ZZTEST_OAUTH1";
    public static final String CREDENTIALS = "ZZTEST_CREDS";
    public static final String ENVELOPE = "ZZTEST_ENVELOPE";
    public static final String BASE_PROPERTY = "tributary.test.oauth.base";
    /** The OAuth2 connector's declared limit of requests in flight per environment. */
    public static final int OAUTH2_MAX_CONCURRENT_REQUESTS = 2;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TestConnectors() {}

    static String base() {
        return System.getProperty(BASE_PROPERTY, "http://127.0.0.1:9");
    }

    public static final class OAuth2 implements Connector {
        @Override
        public ConnectorDescriptor descriptor() {
            String b = base();
            return new ConnectorDescriptor(
                    OAUTH2,
                    "Test OAuth2",
                    "zztest.svg",
                    "CUSTOM_CREDENTIALS",
                    AuthKind.OAUTH2,
                    new ConnectorDescriptor.OAuth2Spec(
                            b + "/oauth2/authorize",
                            b + "/oauth2/token",
                            b + "/oauth2/revoke",
                            List.of("read", "activity"),
                            " ",
                            true,
                            ConnectorDescriptor.ClientAuth.BASIC),
                    null,
                    List.of(),
                    Set.of(DataType.DAILY),
                    Set.of(),
                    true,
                    false,
                    null,
                    new ProviderLimits(OAUTH2_MAX_CONCURRENT_REQUESTS, List.of()),
                    null);
        }
    }

    public static final class OAuth1 implements Connector {
        @Override
        public ConnectorDescriptor descriptor() {
            String b = base();
            return new ConnectorDescriptor(
                    OAUTH1,
                    "Test OAuth1",
                    "zztest.svg",
                    "CUSTOM_CREDENTIALS",
                    AuthKind.OAUTH1,
                    null,
                    new ConnectorDescriptor.OAuth1Spec(
                            b + "/oauth1/request_token", b + "/oauth1/authorize", b + "/oauth1/access_token"),
                    List.of(),
                    Set.of(DataType.DAILY),
                    Set.of(),
                    true,
                    false);
        }
    }

    /**
     * A credentials-form provider whose API (at {@link #base()}) takes HTTP Basic auth from the user's username and
     * password: its daily pull proves the stored credentials reach the connector's HTTP. {@code GET /creds/daily}
     * answers {@code {"steps":N}}, mapped to one Daily for the last day of the range.
     */
    public static final class Credentials implements Connector {
        @Override
        public FetchResult fetch(FetchRequest r) throws ConnectorException {
            if (r.type() != DataType.DAILY) return FetchResult.unsupported();
            Map<String, String> creds = r.http().credentials();
            String basic = Base64.getEncoder()
                    .encodeToString(
                            (creds.get("username") + ":" + creds.get("password")).getBytes(StandardCharsets.UTF_8));
            ProviderHttp.Response resp = r.http()
                    .send(new ProviderHttp.Request(
                            "GET", base() + "/creds/daily", Map.of("Authorization", "Basic " + basic), null, null));
            if (resp.status() == 401)
                throw new ConnectorException(ConnectorException.Kind.AUTH_FAILED, "credentials refused");
            if (!resp.ok()) throw new ConnectorException(ConnectorException.Kind.TRANSIENT, "HTTP " + resp.status());
            int steps = JSON.readTree(resp.body()).get("steps").asInt();
            LocalDate day = LocalDate.ofInstant(r.end().minusNanos(1), ZoneOffset.UTC);
            return FetchResult.of(List.of(FakePullConnector.daily(day, steps)));
        }

        @Override
        public ConnectorDescriptor descriptor() {
            return new ConnectorDescriptor(
                    CREDENTIALS,
                    "Test Credentials",
                    "zztest.svg",
                    "API_KEYS_MANAGED",
                    AuthKind.CREDENTIALS,
                    null,
                    null,
                    List.of(
                            new ConnectorDescriptor.CredentialField("username", "Username", false),
                            new ConnectorDescriptor.CredentialField("password", "Password", true)),
                    Set.of(DataType.DAILY),
                    Set.of(),
                    false,
                    true);
        }
    }

    /**
     * A provider with a Withings-like token endpoint: the client proves itself with a nonce from {@code POST
     * /envelope/nonce} and an HMAC over {@code grant_type,nonce} with its secret (no client_secret on the wire),
     * and every answer is {@code {"status": N, "body": {...}}} with HTTP 200 (0 = success, 100 = the grant is gone,
     * 401 = bad access token, 601 = rate limited).
     */
    public static final class Envelope implements Connector {
        @Override
        public ConnectorDescriptor descriptor() {
            String b = base();
            return new ConnectorDescriptor(
                    ENVELOPE,
                    "Test Envelope",
                    "zztest.svg",
                    "CUSTOM_CREDENTIALS",
                    AuthKind.OAUTH2,
                    new ConnectorDescriptor.OAuth2Spec(
                            b + "/envelope/authorize",
                            b + "/envelope/token",
                            null,
                            List.of("a", "b"),
                            ",",
                            false,
                            ConnectorDescriptor.ClientAuth.CONNECTOR),
                    null,
                    List.of(),
                    Set.of(DataType.DAILY),
                    Set.of(),
                    true,
                    false);
        }

        @Override
        public Map<String, String> tokenRequestParameters(AppContext app, String grantType) throws ConnectorException {
            ProviderHttp.Response r = app.http()
                    .post(
                            base() + "/envelope/nonce",
                            "application/x-www-form-urlencoded",
                            ("client_id=" + app.app().clientId()).getBytes(StandardCharsets.UTF_8));
            String nonce = JSON.readTree(r.body()).path("body").path("nonce").asString();
            return Map.of(
                    "action",
                    "requesttoken",
                    "client_id",
                    app.app().clientId(),
                    "nonce",
                    nonce,
                    "signature",
                    signature(app.app().clientSecret(), grantType + "," + nonce));
        }

        public static String signature(String secret, String text) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public JsonNode tokenResponse(String grantType, JsonNode answer) throws ConnectorException {
            int status = answer == null ? -1 : answer.path("status").asInt(-1);
            if (status == 0) return answer.path("body");
            if (status == 601) throw ConnectorException.rateLimited("status 601", java.time.Duration.ofSeconds(60));
            if (status == 100 && "refresh_token".equals(grantType))
                throw ConnectorException.revoked("status 100: invalid refresh token");
            throw ConnectorException.unauthorized("status " + status);
        }

        @Override
        public int effectiveStatus(ProviderHttp.Response response) {
            if (response.status() != 200 || response.body() == null || response.body().length == 0)
                return response.status();
            int status = JSON.readTree(response.body()).path("status").asInt(0);
            return status == 401 ? 401 : status == 601 ? 429 : 200;
        }
    }
}
