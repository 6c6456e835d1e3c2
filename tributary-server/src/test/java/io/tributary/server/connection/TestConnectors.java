package io.tributary.server.connection;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test-only connectors whose authorization servers are WireMock instances: the base URL is read from a system
 * property on every {@link #descriptor()} call, so a test can point them at its own WireMock port.
 */
public final class TestConnectors {
    public static final String OAUTH2 = "ZZTEST_OAUTH2";
    public static final String OAUTH1 = "ZZTEST_OAUTH1";
    public static final String CREDENTIALS = "ZZTEST_CREDS";
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
}
