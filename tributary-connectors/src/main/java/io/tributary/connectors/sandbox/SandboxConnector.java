package io.tributary.connectors.sandbox;

import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.AuthKind;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.FetchRequest;
import io.tributary.connectors.FetchResult;
import io.tributary.connectors.HistoryPolicy;
import io.tributary.connectors.ProviderHttp;
import io.tributary.connectors.ProviderLimits;
import io.tributary.model.DataType;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code SANDBOX} provider: a stand-in wearable whose OAuth 2.0 authorization server and API are served by
 * Tributary itself ({@code /sandbox/oauth/*}, {@code /sandbox/api/*}). Every pull first proves the access token
 * against the sandbox API (so expiry, refresh and revocation behave as with a real provider), then produces the
 * person's deterministic synthetic data with {@link SandboxGenerator} seeded by the Tributary user id.
 */
public final class SandboxConnector implements Connector {
    public static final String PROVIDER = "SANDBOX";
    /** The sandbox API path the connector calls with the bearer token (relative to Tributary's public URL). */
    public static final String ME_PATH = "/sandbox/api/v1/me";

    private static final Set<DataType> TYPES = EnumSet.of(
            DataType.ACTIVITY,
            DataType.SLEEP,
            DataType.BODY,
            DataType.DAILY,
            DataType.NUTRITION,
            DataType.MENSTRUATION,
            DataType.ATHLETE);

    private static final ConnectorDescriptor DESCRIPTOR = new ConnectorDescriptor(
            PROVIDER,
            "Sandbox",
            "sandbox.svg",
            "API_KEYS_MANAGED",
            AuthKind.OAUTH2,
            new ConnectorDescriptor.OAuth2Spec(
                    "/sandbox/oauth/authorize",
                    "/sandbox/oauth/token",
                    "/sandbox/oauth/revoke",
                    List.of("activity", "sleep", "body", "daily", "nutrition", "menstruation", "athlete"),
                    " ",
                    true,
                    ConnectorDescriptor.ClientAuth.BASIC),
            null,
            List.of(),
            TYPES,
            Set.of(),
            false,
            true,
            "/sandbox/api",
            ProviderLimits.UNLIMITED,
            // synthetic history exists as far back as asked; the server's TRIBUTARY_SANDBOX_HISTORY_DAYS sets how
            // much a new user gets
            HistoryPolicy.pull(TYPES, Duration.ofDays(31)));

    /** The sandbox's authorization server is Tributary's own: every deployment uses the same client. */
    private static final AppCredentials BUILT_IN_CLIENT =
            new AppCredentials("built-in", "tributary-sandbox", "tributary-sandbox-secret");

    @Override
    public java.util.Optional<AppCredentials> builtInClient() {
        return java.util.Optional.of(BUILT_IN_CLIENT);
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public FetchResult fetch(FetchRequest request) throws ConnectorException {
        if (!TYPES.contains(request.type())) return FetchResult.unsupported();
        if (request.http() == null) throw new ConnectorException(ConnectorException.Kind.AUTH_FAILED, "no connection");
        ProviderHttp.Response me = request.http().get(ME_PATH, Map.of());
        if (me.status() == 401 || me.status() == 403)
            throw new ConnectorException(ConnectorException.Kind.AUTH_FAILED, "sandbox API refused the token");
        if (!me.ok())
            throw new ConnectorException(
                    me.status() >= 500 ? ConnectorException.Kind.TRANSIENT : ConnectorException.Kind.BAD_RESPONSE,
                    "sandbox API answered " + me.status());
        Instant now = request.now();
        SandboxGenerator g = new SandboxGenerator(request.userId());
        if (request.type() == DataType.ATHLETE)
            return FetchResult.of(List.of(g.athlete(request.providerUserId(), now)));
        return FetchResult.of(g.generate(request.type(), request.start(), request.end(), now));
    }
}
