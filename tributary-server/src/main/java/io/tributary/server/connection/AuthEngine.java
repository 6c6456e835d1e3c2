package io.tributary.server.connection;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorDescriptor.CredentialField;
import io.tributary.model.TerraUser;
import io.tributary.server.account.TerraUsers;
import io.tributary.server.account.UserLimitReachedException;
import io.tributary.server.account.UserService;
import io.tributary.server.shared.ApiException;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.Ids;
import io.tributary.server.shared.SecretBox;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.AuthFlowStore;
import io.tributary.server.storage.AuthFlowStore.AuthFlow;
import io.tributary.server.storage.ConnectionStore;
import io.tributary.server.storage.ConnectionStore.ConnectionRecord;
import io.tributary.server.storage.SettingsStore;
import io.tributary.server.storage.User;
import io.tributary.server.storage.WidgetSessionStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generic auth engine: starts a provider's flow for a new provisional user (OAuth 2.0 authorization code
 * with PKCE and a single-use expiring {@code state}, OAuth 1.0a three-legged, or a credentials form), handles
 * the callback, stores the tokens encrypted and produces the outcome events and redirects (spec decision 11).
 */
@Service
public class AuthEngine {
    private static final Logger log = LoggerFactory.getLogger(AuthEngine.class);
    public static final String REASON_CANCELLED = "auth_cancelled";
    public static final String REASON_EXPIRED = "auth_expired";
    public static final String REASON_TOKEN_EXCHANGE = "token_exchange_failed";

    private final ProviderSettings providers;
    private final ProviderUrls urls;
    private final OAuthClient oauth;
    private final UserService users;
    private final AuthFlowStore flows;
    private final WidgetSessionStore widgetSessions;
    private final ConnectionStore connections;
    private final AccountStore accounts;
    private final SettingsStore settings;
    private final SecretBox secrets;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final Clock clock;
    private final ConnectionSync sync;
    private final TokenRevoker revoker;
    private final ConnectionHooks hooks;
    private final Duration flowTtl;

    public AuthEngine(
            ProviderSettings providers,
            ProviderUrls urls,
            OAuthClient oauth,
            UserService users,
            AuthFlowStore flows,
            WidgetSessionStore widgetSessions,
            ConnectionStore connections,
            AccountStore accounts,
            SettingsStore settings,
            SecretBox secrets,
            TransactionTemplate tx,
            JsonMapper json,
            Clock clock,
            ConnectionSync sync,
            TokenRevoker revoker,
            ConnectionHooks hooks,
            @Value("${tributary.auth-flow-ttl:30m}") Duration flowTtl) {
        this.providers = providers;
        this.urls = urls;
        this.oauth = oauth;
        this.users = users;
        this.flows = flows;
        this.widgetSessions = widgetSessions;
        this.connections = connections;
        this.accounts = accounts;
        this.settings = settings;
        this.secrets = secrets;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
        this.sync = sync;
        this.revoker = revoker;
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

    // ---------------------------------------------------------------- start

    public Started start(EnvironmentRecord env, String provider, StartOptions o) {
        ConnectorDescriptor d = providers.require(provider).descriptor();
        if (d.authKind() == AuthKind.SDK)
            throw ApiException.badRequest("provider " + d.provider() + " connects through the mobile SDK, not a web"
                    + " flow: create a token with POST /v2/auth/generateAuthToken and call initConnection in the app");
        if (!ProviderSettings.webConnectable(d))
            throw ApiException.badRequest(
                    "provider " + d.provider() + " has no user account to connect (its data arrives as file uploads)");
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
        String verifier = d.authKind() == AuthKind.OAUTH2 && d.oauth2().pkce() ? OAuthCrypto.pkceVerifier() : null;
        OAuthClient.RequestToken requestToken = null;
        if (d.authKind() == AuthKind.OAUTH1) {
            try {
                requestToken =
                        oauth.requestToken(d, client, OAuthCrypto.withQuery(redirectUri, Map.of("state", state)));
            } catch (OAuthClient.OAuthError e) {
                log.warn("OAuth 1.0a request token from {} failed: {}", d.provider(), e.getMessage());
                throw new ApiException(
                        org.springframework.http.HttpStatus.BAD_GATEWAY,
                        "provider " + d.provider() + " did not issue a request token (" + e.getMessage() + ")");
            }
        }
        final String successUrl = success, failureUrl = failure;
        final OAuthClient.RequestToken rt = requestToken;
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
                    secrets.encrypt(verifier),
                    rt == null ? null : rt.token(),
                    rt == null ? null : secrets.encrypt(rt.secret()),
                    clock.instant().plus(flowTtl),
                    null));
            return u;
        });
        String authUrl = switch (d.authKind()) {
            case OAUTH2 -> {
                Map<String, String> q = new LinkedHashMap<>();
                q.put("response_type", "code");
                q.put("client_id", client.clientId());
                q.put("redirect_uri", redirectUri);
                if (!client.scopes().isEmpty())
                    q.put("scope", String.join(d.oauth2().scopeSeparator(), client.scopes()));
                q.put("state", state);
                if (verifier != null) {
                    q.put("code_challenge", OAuthCrypto.pkceChallenge(verifier));
                    q.put("code_challenge_method", "S256");
                }
                yield OAuthCrypto.withQuery(urls.forBrowser(d.oauth2().authorizeUrl()), q);
            }
            case OAUTH1 ->
                OAuthCrypto.withQuery(urls.forBrowser(d.oauth1().authorizeUrl()), Map.of("oauth_token", rt.token()));
            default ->
                OAuthCrypto.withQuery(
                        urls.base() + "/v2/auth/credentials/" + d.provider().toLowerCase(java.util.Locale.ROOT),
                        Map.of("state", state));
        };
        return new Started(user, authUrl);
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
        if (d.authKind() == AuthKind.OAUTH1 && oauthToken != null && !oauthToken.equals(flow.requestToken()))
            return new Outcome.Page(400, "invalid_state", flow.language());
        Optional<AuthFlow> consumed = flows.consume(flow.id());
        if (consumed.isEmpty()) return new Outcome.Page(400, "state_used", flow.language());
        EnvironmentRecord env = accounts.findEnvironment(flow.environmentId()).orElseThrow();
        if (flow.expired(clock.instant())) return fail(env, flow, REASON_EXPIRED);
        String error = params.get("error");
        if (error != null && !error.isBlank())
            return fail(env, flow, "access_denied".equals(error) ? REASON_CANCELLED : truncate(error));
        if (d.authKind() == AuthKind.OAUTH1 && "true".equals(params.get("denied")))
            return fail(env, flow, REASON_CANCELLED);
        ProviderSettings.Client client = providers.client(env, d);
        OAuthClient.Tokens tokens;
        try {
            if (d.authKind() == AuthKind.OAUTH2) {
                String code = params.get("code");
                if (code == null || code.isBlank()) return fail(env, flow, "invalid_callback");
                tokens = oauth.exchangeCode(
                        d, client, code, flow.redirectUri(), secrets.decrypt(flow.pkceVerifierEnc()));
            } else if (d.authKind() == AuthKind.OAUTH1) {
                String verifier = params.get("oauth_verifier");
                if (verifier == null || verifier.isBlank()) return fail(env, flow, "invalid_callback");
                tokens = oauth.accessToken(
                        d, client, flow.requestToken(), secrets.decrypt(flow.requestTokenSecretEnc()), verifier);
            } else {
                return new Outcome.Page(400, "invalid_state", flow.language());
            }
        } catch (OAuthClient.OAuthError e) {
            log.warn("token exchange with {} failed for flow {}: {}", d.provider(), flow.id(), e.getMessage());
            return fail(env, flow, REASON_TOKEN_EXCHANGE);
        }
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
                return fail(env, flow, REASON_TOKEN_EXCHANGE);
            }
        }
        return complete(env, flow, d, tokens, null, scopes, providerUserId);
    }

    // ---------------------------------------------------------------- credentials providers

    /** The pending flow behind a credentials form, if it can still be used. */
    public Optional<AuthFlow> credentialsFlow(String provider, String state) {
        if (state == null || state.isBlank()) return Optional.empty();
        return flows.findByStateHash(OAuthCrypto.hash(state))
                .filter(f -> f.provider().equalsIgnoreCase(provider))
                .filter(f -> f.consumedAt() == null && !f.expired(clock.instant()));
    }

    public List<CredentialField> credentialFields(String provider) {
        return providers.require(provider).descriptor().credentialFields();
    }

    /** Submits the form. Returns empty when a required field is missing (re-show the form). */
    public Optional<Outcome> submitCredentials(
            String provider, String state, Map<String, String> form, boolean cancel) {
        Optional<AuthFlow> f = credentialsFlow(provider, state);
        if (f.isEmpty()) return Optional.of(new Outcome.Page(400, "state_used", null));
        AuthFlow flow = f.get();
        ConnectorDescriptor d = providers.require(flow.provider()).descriptor();
        Map<String, String> values = new LinkedHashMap<>();
        String account = null;
        if (!cancel) {
            for (CredentialField field : d.credentialFields()) {
                String v = form.get(field.name());
                if (v == null || v.isBlank()) return Optional.empty();
                values.put(field.name(), v);
                if (account == null && !field.secret()) account = v.trim();
            }
        }
        if (flows.consume(flow.id()).isEmpty())
            return Optional.of(new Outcome.Page(400, "state_used", flow.language()));
        EnvironmentRecord env = accounts.findEnvironment(flow.environmentId()).orElseThrow();
        if (cancel) return Optional.of(fail(env, flow, REASON_CANCELLED));
        OAuthClient.Tokens none = new OAuthClient.Tokens(null, null, null, null, null, account);
        return Optional.of(complete(env, flow, d, none, secrets.encrypt(json.writeValueAsString(values)), "", account));
    }

    // ---------------------------------------------------------------- outcomes

    private Outcome complete(
            EnvironmentRecord env,
            AuthFlow flow,
            ConnectorDescriptor d,
            OAuthClient.Tokens tokens,
            String credentialsEnc,
            String scopes,
            String providerUserId) {
        User user;
        try {
            user = tx.execute(s -> {
                Optional<User> old = providerUserId == null
                        ? Optional.empty()
                        : users.byProviderAccount(env, d.provider(), providerUserId)
                                .filter(x -> !x.id().equals(flow.userId()));
                TerraUser oldUser = old.map(TerraUsers::of).orElse(null);
                old.ifPresent(o -> {
                    // The same provider account connected again: the new grant replaces the old one, so the
                    // old tokens are dropped here without revoking them (revoking could kill the new grant).
                    connections.delete(o.id());
                    users.remove(env, o.id());
                });
                User nu = users.completeAuthentication(env, flow.userId(), scopes, providerUserId);
                connections.insert(new ConnectionRecord(
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
                        clock.instant()));
                if (oldUser != null) users.appendReauth(env, nu, oldUser);
                users.appendAuthSuccess(
                        env,
                        nu,
                        flow.referenceId(),
                        flow.widgetSessionId() == null
                                ? null
                                : flow.widgetSessionId().toString());
                return nu;
            });
        } catch (UserLimitReachedException e) {
            if (tokens.accessToken() != null) revoker.revokeLater(env, d, tokens.accessToken(), tokens.refreshToken());
            return fail(env, flow, UserLimitReachedException.REASON);
        }
        sync.kick();
        final User connected = user;
        providers.connector(d.provider()).ifPresent(c -> hooks.connected(env, connected, c));
        String target = flow.successUrl() != null ? flow.successUrl() : urls.base() + "/v2/auth/success";
        Map<String, String> q = new LinkedHashMap<>();
        q.put("user_id", user.id().toString());
        q.put("resource", d.provider());
        if (flow.referenceId() != null) q.put("reference_id", flow.referenceId());
        return new Outcome.Redirect(OAuthCrypto.withQuery(target, q));
    }

    /** Failure or cancel: {@code auth} error event, provisional user deleted, redirect to the failure URL. */
    public Outcome fail(EnvironmentRecord env, AuthFlow flow, String reason) {
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
        return new Outcome.Redirect(OAuthCrypto.withQuery(target, q));
    }

    /** Flows abandoned at the provider: after they expire their provisional users are deleted. */
    @Scheduled(fixedDelayString = "${tributary.auth-flow-sweep:5m}", initialDelayString = "1m")
    public void sweepExpiredFlows() {
        Instant now = clock.instant();
        for (AuthFlow f : flows.expiredUnconsumed(now, 200)) {
            if (flows.consume(f.id()).isEmpty()) continue;
            accounts.findEnvironment(f.environmentId()).ifPresent(env -> fail(env, f, REASON_EXPIRED));
        }
        // A flow consumed long ago whose user is still pending: the callback's process died mid-way.
        for (AuthFlow f : flows.consumedWithPendingUserBefore(now.minus(flowTtl), 200))
            accounts.findEnvironment(f.environmentId()).ifPresent(env -> fail(env, f, REASON_EXPIRED));
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
