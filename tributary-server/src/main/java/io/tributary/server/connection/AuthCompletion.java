package io.tributary.server.connection;

import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.model.TerraUser;
import io.tributary.server.account.TerraUsers;
import io.tributary.server.account.UserLimitReachedException;
import io.tributary.server.account.UserService;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.storage.AuthFlowStore.AuthFlow;
import io.tributary.server.storage.ConnectionStore;
import io.tributary.server.storage.ConnectionStore.ConnectionRecord;
import io.tributary.server.storage.User;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The last step of every flow, whatever its auth kind: the user becomes connected (taking a slot of the user cap),
 * an earlier user of the same provider account is replaced ({@code user_reauth}), the connection is stored and the
 * {@code auth} event emitted, all in one transaction; or the flow fails: {@code auth} error event, provisional user
 * deleted, redirect to the failure URL (docs/connections.md, Outcomes).
 */
@Component
public class AuthCompletion {
    private final UserService users;
    private final ConnectionStore connections;
    private final ProviderUrls urls;
    private final SecretBox secrets;
    private final TransactionTemplate tx;
    private final TokenRevoker revoker;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ProviderSettings providers;
    private final ConnectionHooks hooks;

    AuthCompletion(
            UserService users,
            ConnectionStore connections,
            ProviderUrls urls,
            SecretBox secrets,
            TransactionTemplate tx,
            TokenRevoker revoker,
            ApplicationEventPublisher events,
            Clock clock,
            ProviderSettings providers,
            ConnectionHooks hooks) {
        this.users = users;
        this.connections = connections;
        this.urls = urls;
        this.secrets = secrets;
        this.tx = tx;
        this.revoker = revoker;
        this.events = events;
        this.clock = clock;
        this.providers = providers;
        this.hooks = hooks;
    }

    /**
     * In the caller's transaction: removes an earlier user of {@code account} at {@code provider} (other than the one
     * being connected), connects the new one ({@code authenticate}, which may throw {@link
     * UserLimitReachedException}), stores its connection and emits {@code user_reauth} (when one was replaced) and
     * {@code auth}.
     *
     * @param keepsOldGrant true for web flows: the old connection row is dropped without revoking its tokens
     *     (revoking could kill the new grant of the same account)
     */
    User connect(
            EnvironmentRecord env,
            String provider,
            String account,
            UUID connecting,
            boolean keepsOldGrant,
            Supplier<User> authenticate,
            Consumer<User> storeConnection,
            String referenceId,
            String widgetSessionId) {
        Optional<User> old = account == null
                ? Optional.empty()
                : users.byProviderAccount(env, provider, account).filter(x -> !x.id().equals(connecting));
        TerraUser oldUser = old.map(TerraUsers::of).orElse(null);
        old.ifPresent(o -> {
            if (keepsOldGrant) connections.delete(o.id());
            users.remove(env, o.id());
        });
        User nu = authenticate.get();
        storeConnection.accept(nu);
        if (oldUser != null) users.appendReauth(env, nu, oldUser);
        users.appendAuthSuccess(env, nu, referenceId, widgetSessionId);
        return nu;
    }

    /** A web flow (OAuth 2.0, OAuth 1.0a, credentials form) succeeded: connect, then redirect to the success URL. */
    AuthEngine.Outcome complete(
            EnvironmentRecord env,
            AuthFlow flow,
            ConnectorDescriptor d,
            OAuthClient.Tokens tokens,
            String credentialsEnc,
            String scopes,
            String providerUserId) {
        User user;
        try {
            user = tx.execute(s -> connect(
                    env,
                    d.provider(),
                    providerUserId,
                    flow.userId(),
                    true,
                    () -> users.completeAuthentication(env, flow.userId(), scopes, providerUserId),
                    nu -> connections.insert(new ConnectionRecord(
                            nu.id(),
                            env.id(),
                            d.provider(),
                            providerUserId,
                            secrets.encrypt(tokens.accessToken()),
                            secrets.encrypt(tokens.refreshToken()),
                            secrets.encrypt(tokens.tokenSecret()),
                            credentialsEnc,
                            tokens.expiresAt(),
                            scopes,
                            ConnectionRecord.ACTIVE,
                            null,
                            null,
                            clock.instant())),
                    flow.referenceId(),
                    flow.widgetSessionId() == null
                            ? null
                            : flow.widgetSessionId().toString()));
        } catch (UserLimitReachedException e) {
            if (tokens.accessToken() != null) revoker.revokeLater(env, d, tokens.accessToken(), tokens.refreshToken());
            return fail(env, flow, UserLimitReachedException.REASON);
        }
        events.publishEvent(new ConnectionEstablished(user.id(), d.provider()));
        final User connected = user;
        providers.connector(d.provider()).ifPresent(c -> hooks.connected(env, connected, c));
        String target = flow.successUrl() != null ? flow.successUrl() : urls.base() + "/v2/auth/success";
        Map<String, String> q = new LinkedHashMap<>();
        q.put("user_id", user.id().toString());
        q.put("resource", d.provider());
        if (flow.referenceId() != null) q.put("reference_id", flow.referenceId());
        return new AuthEngine.Outcome.Redirect(OAuthCrypto.withQuery(target, q));
    }

    /** Failure or cancel: {@code auth} error event, provisional user deleted, redirect to the failure URL. */
    public AuthEngine.Outcome fail(EnvironmentRecord env, AuthFlow flow, String reason) {
        tx.executeWithoutResult(s -> {
            users.find(env, flow.userId())
                    .filter(u -> User.PENDING.equals(u.state()))
                    .ifPresent(u -> {
                        users.appendAuthFailure(
                                env,
                                u,
                                flow.provider(),
                                reason,
                                flow.referenceId(),
                                flow.widgetSessionId() == null
                                        ? null
                                        : flow.widgetSessionId().toString());
                        users.deletePending(env, u.id());
                    });
        });
        String target = flow.failureUrl() != null ? flow.failureUrl() : urls.base() + "/v2/auth/failure";
        Map<String, String> q = new LinkedHashMap<>();
        q.put("user_id", flow.userId().toString());
        q.put("resource", flow.provider());
        if (flow.referenceId() != null) q.put("reference_id", flow.referenceId());
        q.put("reason", reason);
        return new AuthEngine.Outcome.Redirect(OAuthCrypto.withQuery(target, q));
    }
}
