package io.tributary.server.connection;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import io.tributary.model.TerraUser;
import io.tributary.model.event.AccessRevokedEvent;
import io.tributary.model.event.ConnectionErrorEvent;
import io.tributary.server.account.TerraUsers;
import io.tributary.server.account.UserService;
import io.tributary.server.outbox.EventWriter;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.ConnectionStore;
import io.tributary.server.storage.ConnectionStore.ConnectionRecord;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens of connections: decrypts them, refreshes them shortly before expiry and after a 401, with at
 * most one refresh in flight per connection across all nodes (the refresh runs while holding the connection
 * row's {@code SELECT … FOR UPDATE} lock; whoever waited then sees the new token and does not refresh again).
 * A refresh the provider refuses degrades the connection and emits {@code connection_error} (or {@code
 * access_revoked} when the provider says the grant was revoked) once.
 */
@Service
public class TokenService {
    private static final Logger log = LoggerFactory.getLogger(TokenService.class);
    /** Refresh this long before the recorded expiry. */
    static final Duration SKEW = Duration.ofSeconds(60);

    private final ConnectionStore connections;
    private final AccountStore accounts;
    private final UserService users;
    private final EventWriter events;
    private final ProviderSettings providers;
    private final OAuthClient oauth;
    private final SecretBox secrets;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final JsonMapper json;
    private final AppContexts apps;

    public TokenService(
            ConnectionStore connections,
            AccountStore accounts,
            UserService users,
            EventWriter events,
            ProviderSettings providers,
            OAuthClient oauth,
            SecretBox secrets,
            TransactionTemplate tx,
            Clock clock,
            JsonMapper json,
            AppContexts apps) {
        this.connections = connections;
        this.accounts = accounts;
        this.users = users;
        this.events = events;
        this.providers = providers;
        this.oauth = oauth;
        this.secrets = secrets;
        this.tx = tx;
        this.clock = clock;
        this.json = json;
        this.apps = apps;
    }

    /** Decrypted OAuth 1.0a token and secret of a connection. */
    public record OAuth1Token(String token, String secret) {}

    /** A valid access token, refreshed first when it expires within a minute. */
    public String accessToken(UUID userId) throws ConnectorException {
        ConnectionRecord c = require(userId);
        if (ConnectionRecord.REVOKED.equals(c.status()))
            throw new ConnectorException(ConnectorException.Kind.ACCESS_REVOKED, "the user revoked access");
        if (c.expiresAt() != null
                && c.refreshTokenEnc() != null
                && clock.instant().plus(SKEW).isAfter(c.expiresAt())) return refresh(userId, null);
        return secrets.decrypt(c.accessTokenEnc());
    }

    public OAuth1Token oauth1Token(UUID userId) throws ConnectorException {
        ConnectionRecord c = require(userId);
        return new OAuth1Token(secrets.decrypt(c.accessTokenEnc()), secrets.decrypt(c.tokenSecretEnc()));
    }

    /**
     * The values a user submitted in a credentials form ({@code AuthKind.CREDENTIALS}), decrypted; stored as one
     * encrypted JSON object by {@link CredentialsFlow}.
     */
    public Map<String, String> credentials(UUID userId) throws ConnectorException {
        ConnectionRecord c = require(userId);
        if (ConnectionRecord.REVOKED.equals(c.status()))
            throw new ConnectorException(ConnectorException.Kind.ACCESS_REVOKED, "the user revoked access");
        String plain = secrets.decrypt(c.credentialsEnc());
        if (plain == null) return Map.of();
        Map<String, String> out = new LinkedHashMap<>();
        json.readTree(plain)
                .properties()
                .forEach(e -> out.put(e.getKey(), e.getValue().asString()));
        return out;
    }

    private ConnectionRecord require(UUID userId) throws ConnectorException {
        return connections
                .find(userId)
                .orElseThrow(() -> new ConnectorException(ConnectorException.Kind.AUTH_FAILED, "no connection"));
    }

    private record Result(String token, ConnectorException failure) {}

    /**
     * Refreshes the access token.
     *
     * @param rejectedToken the token a provider just answered 401 to; null for a refresh before expiry. When the
     *     stored token already differs (another request or node refreshed meanwhile), that one is returned.
     */
    public String refresh(UUID userId, String rejectedToken) throws ConnectorException {
        Result r = tx.execute(s -> {
            ConnectionRecord c = connections.findForUpdate(userId).orElse(null);
            if (c == null)
                return new Result(null, new ConnectorException(ConnectorException.Kind.AUTH_FAILED, "no connection"));
            String current = secrets.decrypt(c.accessTokenEnc());
            if (rejectedToken != null && !Objects.equals(rejectedToken, current)) return new Result(current, null);
            if (rejectedToken == null
                    && (c.expiresAt() == null || clock.instant().plus(SKEW).isBefore(c.expiresAt())))
                return new Result(current, null);
            Connector connector = providers.require(c.provider());
            ConnectorDescriptor d = connector.descriptor();
            if (d.authKind() != AuthKind.OAUTH2 || c.refreshTokenEnc() == null)
                return new Result(null, degrade(c, false, "no refresh token"));
            EnvironmentRecord env = accounts.findEnvironment(c.environmentId()).orElseThrow();
            try {
                OAuthClient.Tokens t = oauth.refresh(
                        connector,
                        apps.of(env, connector),
                        providers.client(env, d),
                        secrets.decrypt(c.refreshTokenEnc()));
                connections.updateTokens(
                        userId, secrets.encrypt(t.accessToken()), secrets.encrypt(t.refreshToken()), t.expiresAt());
                return new Result(t.accessToken(), null);
            } catch (OAuthClient.OAuthError e) {
                if (e.transientFailure())
                    return new Result(
                            null,
                            new ConnectorException(
                                    ConnectorException.Kind.TRANSIENT,
                                    "token refresh failed: " + e.getMessage(),
                                    60,
                                    e));
                log.warn("token refresh for user {} at {} refused: {}", userId, c.provider(), e.getMessage());
                return new Result(null, degrade(c, e.revoked(), e.getMessage()));
            }
        });
        if (r.failure() != null) throw r.failure();
        return r.token();
    }

    /**
     * Marks a connection degraded (provider answered 401/403 we cannot fix) and emits {@code connection_error},
     * or {@code access_revoked} when the user revoked access; once per transition. Runs in its own transaction
     * unless one is active.
     */
    public ConnectorException markFailed(UUID userId, boolean revoked, String why) {
        return tx.execute(s -> connections
                .findForUpdate(userId)
                .map(c -> degrade(c, revoked, why))
                .orElse(new ConnectorException(ConnectorException.Kind.AUTH_FAILED, why)));
    }

    private ConnectorException degrade(ConnectionRecord c, boolean revoked, String why) {
        String status = revoked ? ConnectionRecord.REVOKED : ConnectionRecord.ERROR;
        if (connections.setStatus(c.userId(), status)) {
            accounts.findEnvironment(c.environmentId())
                    .flatMap(env -> users.find(env, c.userId()).map(u -> Map.entry(env, u)))
                    .ifPresent(e -> {
                        TerraUser u = TerraUsers.of(e.getValue());
                        events.append(
                                e.getKey(),
                                e.getValue().id(),
                                revoked ? AccessRevokedEvent.of(u) : ConnectionErrorEvent.of(u));
                    });
        }
        return new ConnectorException(
                revoked ? ConnectorException.Kind.ACCESS_REVOKED : ConnectorException.Kind.AUTH_FAILED,
                "provider refused the connection's credentials: " + why);
    }
}
