package io.tributary.server.connection;

import io.tributary.server.storage.SandboxOAuthStore;
import io.tributary.server.storage.SandboxOAuthStore.Code;
import io.tributary.server.storage.SandboxOAuthStore.Token;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The SANDBOX provider's OAuth 2.0 authorization server (RFC 6749 authorization code grant with RFC 7636 PKCE,
 * refresh-token rotation, RFC 7009 revocation), served by Tributary so that sandbox users go through exactly
 * the same engine as real providers. Codes live 60 s and work once; access tokens live {@code
 * TRIBUTARY_SANDBOX_TOKEN_TTL} (1 h); every refresh rotates the refresh token. Nothing is stored in clear.
 */
@Service
public class SandboxAuthServer {
    private static final Duration CODE_TTL = Duration.ofSeconds(60);
    private final SandboxOAuthStore store;
    private final Clock clock;
    private final Duration tokenTtl;

    public SandboxAuthServer(
            SandboxOAuthStore store, Clock clock, @Value("${tributary.sandbox.token-ttl:1h}") Duration tokenTtl) {
        this.store = store;
        this.clock = clock;
        this.tokenTtl = tokenTtl;
    }

    /** A response of the token or revoke endpoint. */
    public record Reply(int status, Map<String, Object> body) {
        static Reply error(int status, String error, String description) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("error", error);
            m.put("error_description", description);
            return new Reply(status, m);
        }
    }

    /** Null when the authorize request is acceptable, else what is wrong (shown to the user, no redirect). */
    public String checkAuthorizeRequest(Map<String, String> p) {
        if (!"code".equals(p.get("response_type"))) return "response_type must be 'code'";
        if (blank(p.get("client_id"))) return "client_id is missing";
        String redirect = p.get("redirect_uri");
        if (blank(redirect)) return "redirect_uri is missing";
        try {
            if (!URI.create(redirect).isAbsolute()) return "redirect_uri must be absolute";
        } catch (IllegalArgumentException e) {
            return "redirect_uri is not a valid URL";
        }
        if (!blank(p.get("code_challenge")) && !"S256".equals(p.get("code_challenge_method")))
            return "code_challenge_method must be S256";
        return null;
    }

    /** The user approved: a single-use code bound to client, redirect URI, PKCE challenge and account. */
    public String approve(Map<String, String> p, String accountId) {
        String code = OAuthCrypto.randomUrlSafe(32);
        store.insertCode(
                OAuthCrypto.hash(code),
                new Code(
                        p.get("client_id"),
                        p.get("redirect_uri"),
                        blank(p.get("code_challenge")) ? null : p.get("code_challenge"),
                        p.get("scope"),
                        accountId,
                        clock.instant().plus(CODE_TTL)));
        Map<String, String> q = new LinkedHashMap<>();
        q.put("code", code);
        if (p.get("state") != null) q.put("state", p.get("state"));
        return OAuthCrypto.withQuery(p.get("redirect_uri"), q);
    }

    public String deny(Map<String, String> p) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("error", "access_denied");
        q.put("error_description", "The user denied the request");
        if (p.get("state") != null) q.put("state", p.get("state"));
        return OAuthCrypto.withQuery(p.get("redirect_uri"), q);
    }

    /** {@code POST /sandbox/oauth/token}. */
    public Reply token(Map<String, String> form, String authorization) {
        String[] client = clientCredentials(form, authorization);
        if (client == null)
            return Reply.error(
                    401, "invalid_client", "client authentication required (HTTP Basic or client_id/client_secret)");
        String clientId = client[0];
        String grant = form.get("grant_type");
        if ("authorization_code".equals(grant)) {
            String code = form.get("code");
            if (blank(code)) return Reply.error(400, "invalid_request", "code is missing");
            Optional<Code> c = store.useCode(OAuthCrypto.hash(code));
            if (c.isEmpty()) return Reply.error(400, "invalid_grant", "the code is unknown or was already used");
            Code k = c.get();
            if (!clock.instant().isBefore(k.expiresAt())) return Reply.error(400, "invalid_grant", "the code expired");
            if (!k.clientId().equals(clientId))
                return Reply.error(400, "invalid_grant", "the code belongs to another client");
            if (!k.redirectUri().equals(form.get("redirect_uri")))
                return Reply.error(400, "invalid_grant", "redirect_uri does not match the authorization request");
            if (k.codeChallenge() != null) {
                String verifier = form.get("code_verifier");
                if (blank(verifier) || !constantTimeEquals(OAuthCrypto.pkceChallenge(verifier), k.codeChallenge()))
                    return Reply.error(400, "invalid_grant", "PKCE verification failed");
            }
            return new Reply(200, issue(clientId, k.accountId(), k.scope(), OAuthCrypto.randomUrlSafe(16)));
        }
        if ("refresh_token".equals(grant)) {
            String rt = form.get("refresh_token");
            if (blank(rt)) return Reply.error(400, "invalid_request", "refresh_token is missing");
            String h = OAuthCrypto.hash(rt);
            Optional<Token> t = store.findToken(h).filter(x -> "refresh".equals(x.kind()));
            if (t.isEmpty()) return Reply.error(400, "invalid_grant", "unknown refresh token");
            if (!t.get().clientId().equals(clientId))
                return Reply.error(400, "invalid_grant", "token belongs to another client");
            if (t.get().revokedAt() != null && store.revokedByUser(t.get().grantId()))
                return Reply.error(400, "invalid_grant", "access was revoked by the user");
            if (t.get().revokedAt() != null || !store.retireToken(h))
                return Reply.error(400, "invalid_grant", "the refresh token is no longer valid");
            return new Reply(
                    200,
                    issue(
                            clientId,
                            t.get().accountId(),
                            t.get().scope(),
                            t.get().grantId()));
        }
        return Reply.error(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token");
    }

    /** {@code POST /sandbox/oauth/revoke}: revokes the whole grant of the token (RFC 7009: always 200). */
    public Reply revoke(Map<String, String> form, String authorization) {
        if (clientCredentials(form, authorization) == null)
            return Reply.error(401, "invalid_client", "client authentication required");
        String token = form.get("token");
        if (!blank(token)) store.findToken(OAuthCrypto.hash(token)).ifPresent(t -> store.revokeGrant(t.grantId()));
        return new Reply(200, Map.of());
    }

    /** The account holder disconnects every app from the sandbox account; returns how many tokens died. */
    public int revokeAccount(String accountId) {
        return blank(accountId) ? 0 : store.revokeAccount(accountId.trim());
    }

    /** Why a bearer token is refused: null when it is valid. */
    public String bearerProblem(String authorization) {
        if (verifyBearer(authorization).isPresent()) return null;
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return "missing token";
        return store.findToken(OAuthCrypto.hash(authorization.substring(7).trim()))
                .filter(t -> "user".equals(t.revokedBy()))
                .map(t -> "access revoked by the user")
                .orElse("invalid or expired token");
    }

    /** The sandbox account behind a bearer token ({@code GET /sandbox/api/v1/me}). */
    public record Me(String accountId, String scope) {}

    public Optional<Me> me(String authorization) {
        return verifyBearer(authorization).map(t -> new Me(t.accountId(), t.scope()));
    }

    /** The account behind a bearer access token, when valid. */
    public Optional<Token> verifyBearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return Optional.empty();
        String token = authorization.substring(7).trim();
        Instant now = clock.instant();
        return store.findToken(OAuthCrypto.hash(token))
                .filter(t -> "access".equals(t.kind()))
                .filter(t -> t.revokedAt() == null)
                .filter(t -> t.expiresAt() == null || now.isBefore(t.expiresAt()));
    }

    private Map<String, Object> issue(String clientId, String accountId, String scope, String grantId) {
        String access = "sbx_at_" + OAuthCrypto.randomUrlSafe(32);
        String refresh = "sbx_rt_" + OAuthCrypto.randomUrlSafe(32);
        Instant now = clock.instant();
        store.insertToken(
                OAuthCrypto.hash(access),
                new Token("access", clientId, accountId, scope, grantId, now.plus(tokenTtl), null, null));
        store.insertToken(
                OAuthCrypto.hash(refresh), new Token("refresh", clientId, accountId, scope, grantId, null, null, null));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("access_token", access);
        m.put("token_type", "Bearer");
        m.put("expires_in", tokenTtl.toSeconds());
        m.put("refresh_token", refresh);
        if (scope != null) m.put("scope", scope);
        m.put("user_id", accountId);
        return m;
    }

    private static String[] clientCredentials(Map<String, String> form, String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String dec = new String(
                        Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                int i = dec.indexOf(':');
                if (i <= 0) return null;
                String id = java.net.URLDecoder.decode(dec.substring(0, i), StandardCharsets.UTF_8);
                String secret = java.net.URLDecoder.decode(dec.substring(i + 1), StandardCharsets.UTF_8);
                return secret.isBlank() ? null : new String[] {id, secret};
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        if (!blank(form.get("client_id")) && !blank(form.get("client_secret")))
            return new String[] {form.get("client_id"), form.get("client_secret")};
        return null;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
