package io.tributary.server.connection;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorDescriptor.CredentialField;
import io.tributary.server.account.UserService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.Ids;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.AuthFlowStore;
import io.tributary.server.storage.AuthFlowStore.AuthFlow;
import io.tributary.server.storage.SettingsStore;
import io.tributary.server.storage.User;
import io.tributary.server.storage.WidgetSessionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Connection flows, the parts every auth kind shares: {@link #start} checks the provider is offered and the user cap
 * has room, creates the provisional user and the single-use expiring {@code state} (stored hashed, with the
 * redirect URLs and language), and sends the browser where the kind's {@link AuthFlowHandler} says; {@link
 * #callback} finds and consumes the flow, turns provider errors into reasons, lets the handler exchange the grant
 * and hands the tokens to {@link AuthCompletion}. The outcomes (events, redirects) are those of
 * docs/connections.md, "Outcomes".
 */
@Service
public class AuthEngine {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuthEngine.class);

    public static final String REASON_CANCELLED = "auth_cancelled";
    public static final String REASON_EXPIRED = "auth_expired";
    public static final String REASON_TOKEN_EXCHANGE = "token_exchange_failed";

    private final ProviderSettings providers;
    private final ProviderUrls urls;
    private final UserService users;
    private final AuthFlowStore flows;
    private final WidgetSessionStore widgetSessions;
    private final AccountStore accounts;
    private final SettingsStore settings;
    private final SecretBox secrets;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Map<AuthKind, AuthFlowHandler> handlers = new EnumMap<>(AuthKind.class);
    private final CredentialsFlow credentials;
    private final AuthCompletion completion;
    private final ConnectionHooks hooks;
    private final Duration flowTtl;

    AuthEngine(
            ProviderSettings providers,
            ProviderUrls urls,
            UserService users,
            AuthFlowStore flows,
            WidgetSessionStore widgetSessions,
            AccountStore accounts,
            SettingsStore settings,
            SecretBox secrets,
            TransactionTemplate tx,
            Clock clock,
            List<AuthFlowHandler> handlers,
            CredentialsFlow credentials,
            AuthCompletion completion,
            ConnectionHooks hooks,
            @Value("${tributary.auth-flow-ttl:30m}") Duration flowTtl) {
        this.providers = providers;
        this.urls = urls;
        this.users = users;
        this.flows = flows;
        this.widgetSessions = widgetSessions;
        this.accounts = accounts;
        this.settings = settings;
        this.secrets = secrets;
        this.tx = tx;
        this.clock = clock;
        for (AuthFlowHandler h : handlers)
            if (this.handlers.put(h.kind(), h) != null) throw new IllegalStateException("two handlers for " + h.kind());
        this.credentials = credentials;
        this.completion = completion;
        this.hooks = hooks;
        this.flowTtl = flowTtl;
    }

    /** What the caller asked for (authenticateUser or the widget). */
    public record StartOptions(
            String language, String referenceId, String successUrl, String failureUrl, UUID widgetSessionId) {}

    public record Started(User user, String authUrl) {
        /** The new user's id (what the API answers with; the controller does not see storage records). */
        public UUID userId() {
            return user.id();
        }
    }

    /** Where the browser goes after a callback. */
    public sealed interface Outcome {
        /** A 302/303 to this URL. */
        record Redirect(String url) implements Outcome {}

        /** An HTML page with this status; {@code key} names the message (see the widget message bundle). */
        record Page(int status, String key, String language) implements Outcome {}
    }

    private AuthFlowHandler handler(ConnectorDescriptor d) {
        AuthFlowHandler h = handlers.get(d.authKind());
        if (h == null)
            throw ApiException.badRequest(
                    "provider " + d.provider() + " has no user account to connect (its data arrives as file uploads)");
        return h;
    }

    // ---------------------------------------------------------------- start

    public Started start(EnvironmentRecord env, String provider, StartOptions o) {
        ConnectorDescriptor d = providers.require(provider).descriptor();
        AuthFlowHandler handler = handler(d);
        if (d.authKind() == AuthKind.SDK) handler.begin(d, null, null, null); // refuses, saying how SDK sources connect
        String reason = providers.unavailableReason(env, d);
        if (reason != null) throw ApiException.badRequest(reason);
        ProviderSettings.Client client = providers.client(env, d);
        if (d.authKind() != AuthKind.CREDENTIALS && (client.clientId() == null || client.clientSecret() == null))
            throw ApiException.badRequest("provider " + d.provider() + " has no OAuth client: set client_id and"
                    + " client_secret with PATCH /v2/dashboard/providerKeys");
        users.ensureCanStartFlow(env);

        var envSettings = settings.get(env.id());
        String success = RedirectUrls.validate("auth_success_redirect_url", o.successUrl());
        String failure = RedirectUrls.validate("auth_failure_redirect_url", o.failureUrl());
        if (success == null) success = envSettings.authSuccessRedirectUrl();
        if (failure == null) failure = envSettings.authFailureRedirectUrl();
        String language =
                o.language() != null && !o.language().isBlank() ? o.language() : envSettings.defaultLanguage();

        String state = OAuthCrypto.randomUrlSafe(32);
        String redirectUri = client.redirectUrl() != null ? client.redirectUrl() : urls.callback(d.provider());
        AuthFlowHandler.Begun begun = handler.begin(d, client, state, redirectUri);
        final String successUrl = success, failureUrl = failure;
        User user = tx.execute(s -> {
            User u = users.createPending(env, d.provider(), blankToNull(o.referenceId()));
            flows.insert(new AuthFlow(
                    Ids.newId("flow", clock.millis()),
                    env.id(),
                    u.id(),
                    d.provider(),
                    OAuthCrypto.hash(state),
                    o.widgetSessionId(),
                    blankToNull(o.referenceId()),
                    language,
                    successUrl,
                    failureUrl,
                    redirectUri,
                    secrets.encrypt(begun.pkceVerifier()),
                    begun.requestToken() == null ? null : begun.requestToken().token(),
                    begun.requestToken() == null
                            ? null
                            : secrets.encrypt(begun.requestToken().secret()),
                    clock.instant().plus(flowTtl),
                    null));
            return u;
        });
        return new Started(user, handler.authorizationUrl(d, client, begun, state, redirectUri));
    }

    // ---------------------------------------------------------------- callback

    public Outcome callback(String provider, Map<String, String> params) {
        String state = params.get("state");
        String oauthToken = params.get("oauth_token");
        Optional<AuthFlow> found = state != null && !state.isBlank()
                ? flows.findByStateHash(OAuthCrypto.hash(state))
                : oauthToken != null ? flows.findByRequestToken(oauthToken) : Optional.empty();
        if (found.isEmpty() || !found.get().provider().equalsIgnoreCase(provider))
            return new Outcome.Page(400, "invalid_state", null);
        AuthFlow flow = found.get();
        ConnectorDescriptor d = providers.require(flow.provider()).descriptor();
        if (d.authKind() == AuthKind.OAUTH1 && OAuth1Flow.tokenMismatch(flow, params))
            return new Outcome.Page(400, "invalid_state", flow.language());
        Optional<AuthFlow> consumed = flows.consume(flow.id());
        if (consumed.isEmpty()) return new Outcome.Page(400, "state_used", flow.language());
        EnvironmentRecord env = accounts.findEnvironment(flow.environmentId()).orElseThrow();
        if (flow.expired(clock.instant())) return completion.fail(env, flow, REASON_EXPIRED);
        String error = params.get("error");
        if (error != null && !error.isBlank())
            return completion.fail(env, flow, "access_denied".equals(error) ? REASON_CANCELLED : truncate(error));
        ProviderSettings.Client client = providers.client(env, d);
        AuthFlowHandler.Exchanged x = handler(d).exchange(d, client, flow, params);
        if (x instanceof AuthFlowHandler.Exchanged.Failed f) return completion.fail(env, flow, f.reason());
        if (!(x instanceof AuthFlowHandler.Exchanged.Tokens t))
            return new Outcome.Page(400, "invalid_state", flow.language());
        OAuthClient.Tokens tokens = t.tokens();
        String scopes = tokens.scope() != null
                ? String.join(",", ProviderSettings.splitScopes(tokens.scope()))
                : String.join(",", client.scopes());
        String providerUserId = tokens.providerUserId();
        if (d.authKind() == AuthKind.OAUTH2) {
            // the connector's identify: the provider's user id (and grants) where the token response lacks them
            try {
                var id = hooks.identify(
                        env, providers.require(flow.provider()), tokens.accessToken(), flow.userId(), providerUserId);
                if (id.providerUserId() != null) providerUserId = id.providerUserId();
                if (id.scopes() != null) scopes = String.join(",", id.scopes());
            } catch (io.tributary.connectors.ConnectorException e) {
                log.warn("identifying the {} account failed for flow {}: {}", d.provider(), flow.id(), e.getMessage());
                return completion.fail(env, flow, REASON_TOKEN_EXCHANGE);
            }
        }
        return completion.complete(env, flow, d, tokens, null, scopes, providerUserId);
    }

    // ---------------------------------------------------------------- credentials providers

    /** The pending flow behind a credentials form, if it can still be used. */
    public Optional<AuthFlow> credentialsFlow(String provider, String state) {
        return credentials.pending(provider, state);
    }

    public List<CredentialField> credentialFields(String provider) {
        return credentials.fields(provider);
    }

    /** Submits the form. Returns empty when a required field is missing (re-show the form). */
    public Optional<Outcome> submitCredentials(
            String provider, String state, Map<String, String> form, boolean cancel) {
        return credentials.submit(provider, state, form, cancel);
    }

    /** Flows abandoned at the provider: after they expire their provisional users are deleted. */
    @Scheduled(fixedDelayString = "${tributary.auth-flow-sweep:5m}", initialDelayString = "1m")
    public void sweepExpiredFlows() {
        Instant now = clock.instant();
        for (AuthFlow f : flows.expiredUnconsumed(now, 200)) {
            if (flows.consume(f.id()).isEmpty()) continue;
            accounts.findEnvironment(f.environmentId()).ifPresent(env -> completion.fail(env, f, REASON_EXPIRED));
        }
        // A flow consumed long ago whose user is still pending: the callback's process died mid-way.
        for (AuthFlow f : flows.consumedWithPendingUserBefore(now.minus(flowTtl), 200))
            accounts.findEnvironment(f.environmentId()).ifPresent(env -> completion.fail(env, f, REASON_EXPIRED));
        flows.deleteConsumedBefore(now.minus(Duration.ofDays(1)));
        widgetSessions.deleteExpiredBefore(now.minus(Duration.ofDays(1)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String truncate(String s) {
        String clean = s.replaceAll("[^A-Za-z0-9_.:-]", "_");
        return clean.length() > 64 ? clean.substring(0, 64) : clean;
    }
}
