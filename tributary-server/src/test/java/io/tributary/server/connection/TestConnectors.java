package io.tributary.server.connection;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.model.DataType;
import java.util.List;
import java.util.Set;

/**
 * Test-only connectors whose authorization servers are WireMock instances: the base URL is read from a system
 * property on every {@link #descriptor()} call, so a test can point them at its own WireMock port.
 */
public final class TestConnectors {
    public static final String OAUTH2 = "ZZTEST_OAUTH2";
    public static final String OAUTH1 = "ZZTEST_OAUTH1";
    public static final String CREDENTIALS = "ZZTEST_CREDS";
    public static final String BASE_PROPERTY = "tributary.test.oauth.base";

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
                    false);
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

    public static final class Credentials implements Connector {
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
