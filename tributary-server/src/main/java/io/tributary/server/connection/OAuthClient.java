package io.tributary.server.connection;

import io.tributary.connectors.AppContext;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorDescriptor.OAuth2Spec;
import io.tributary.connectors.ConnectorException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Server-to-server OAuth calls: code exchange, refresh, revocation (2.0) and the 1.0a token dance. */
@Component
public class OAuthClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final ProviderUrls urls;
    private final JsonMapper json;
    private final Clock clock;

    public OAuthClient(ProviderUrls urls, JsonMapper json, Clock clock) {
        this.urls = urls;
        this.json = json;
        this.clock = clock;
    }

    /** What a token endpoint returned. */
    public record Tokens(
            String accessToken,
            String refreshToken,
            String tokenSecret,
            Instant expiresAt,
            String scope,
            String providerUserId) {}

    /** The provider refused (4xx with an OAuth error) or could not be reached (transient). */
    public static class OAuthError extends Exception {
        private final int status;
        private final String error;

        private final boolean revokedGrant;

        public OAuthError(int status, String error, String description) {
            this(status, error, description, false);
        }

        public OAuthError(int status, String error, String description, boolean revokedGrant) {
            super((error == null ? "http " + status : error) + (description == null ? "" : ": " + description));
            this.status = status;
            this.error = error;
            this.revokedGrant = revokedGrant;
        }

        /** What a connector's {@link Connector#tokenRequestParameters} or {@link Connector#tokenResponse} threw. */
        static OAuthError of(ConnectorException e) {
            return switch (e.kind()) {
                case RATE_LIMITED -> new OAuthError(429, "rate_limited", e.getMessage());
                case TRANSIENT -> new OAuthError(503, "temporarily_unavailable", e.getMessage());
                case ACCESS_REVOKED -> new OAuthError(400, "invalid_grant", e.getMessage(), true);
                case AUTH_FAILED, BAD_RESPONSE -> new OAuthError(400, "refused", e.getMessage());
            };
        }

        public int status() {
            return status;
        }

        public String error() {
            return error;
        }

        /** The provider says the grant was revoked by the user (not merely expired or malformed). */
        public boolean revoked() {
            String m = getMessage().toLowerCase(java.util.Locale.ROOT);
            return revokedGrant || m.contains("revoked");
        }

        public boolean transientFailure() {
            return status == 0 || status >= 500 || status == 429;
        }
    }

    // ---------------------------------------------------------------- OAuth 2.0

    /**
     * Exchanges an authorization code. The connector adds its {@link Connector#tokenRequestParameters} (with {@code
     * app}) and unwraps the answer ({@link Connector#tokenResponse}).
     */
    public Tokens exchangeCode(
            Connector connector,
            AppContext app,
            ProviderSettings.Client c,
            String code,
            String redirectUri,
            String verifier)
            throws OAuthError {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        if (verifier != null) form.put("code_verifier", verifier);
        return tokenRequest(connector, app, c, form, null);
    }

    /** Refreshes an access token; a new refresh token in the answer replaces the old one (rotation). */
    public Tokens refresh(Connector connector, AppContext app, ProviderSettings.Client c, String refreshToken)
            throws OAuthError {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return tokenRequest(connector, app, c, form, refreshToken);
    }

    /** RFC 7009 revocation; best effort (the caller logs failures). */
    public void revoke(ConnectorDescriptor d, ProviderSettings.Client c, String token, String hint) throws OAuthError {
        OAuth2Spec s = d.oauth2();
        if (s == null || s.revokeUrl() == null) return;
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", token);
        if (hint != null) form.put("token_type_hint", hint);
        HttpResponse<String> r = post(urls.forServer(s.revokeUrl()), s, c, form);
        if (r.statusCode() >= 300) throw error(r);
    }

    private Tokens tokenRequest(
            Connector connector, AppContext app, ProviderSettings.Client c, Map<String, String> form, String oldRefresh)
            throws OAuthError {
        OAuth2Spec s = connector.descriptor().oauth2();
        String grant = form.get("grant_type");
        try {
            form.putAll(connector.tokenRequestParameters(app, grant));
        } catch (ConnectorException e) {
            throw OAuthError.of(e);
        }
        HttpResponse<String> r = post(urls.forServer(s.tokenUrl()), s, c, form);
        if (r.statusCode() >= 300) throw error(r);
        Map<String, String> body;
        try {
            JsonNode answer = readJson(r);
            JsonNode standard = connector.tokenResponse(grant, answer);
            body = standard == null ? parse(r) : flatten(standard);
        } catch (ConnectorException e) {
            throw OAuthError.of(e);
        }
        String access = body.get("access_token");
        if (access == null || access.isBlank())
            throw new OAuthError(r.statusCode(), "invalid_response", "no access_token in the token response");
        Instant expiresAt = null;
        if (body.get("expires_in") != null) {
            try {
                expiresAt = clock.instant().plusSeconds((long) Double.parseDouble(body.get("expires_in")));
            } catch (NumberFormatException ignored) {
                // leave unknown
            }
        } else if (body.get("expires_at") != null) {
            try {
                expiresAt = Instant.ofEpochSecond(Long.parseLong(body.get("expires_at")));
            } catch (NumberFormatException ignored) {
                // leave unknown
            }
        }
        String refresh = body.get("refresh_token");
        return new Tokens(
                access,
                refresh != null && !refresh.isBlank() ? refresh : oldRefresh,
                null,
                expiresAt,
                body.get("scope"),
                providerUserId(body));
    }

    private HttpResponse<String> post(String url, OAuth2Spec s, ProviderSettings.Client c, Map<String, String> form)
            throws OAuthError {
        Map<String, String> f = new LinkedHashMap<>(form);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        if (s.clientAuth() == ConnectorDescriptor.ClientAuth.CONNECTOR) {
            // the connector's tokenRequestParameters carry the client's proof
        } else if (s.clientAuth() == ConnectorDescriptor.ClientAuth.BASIC && c.clientSecret() != null) {
            String creds = OAuthCrypto.enc(c.clientId()) + ":" + OAuthCrypto.enc(c.clientSecret());
            b.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(creds.getBytes(StandardCharsets.UTF_8)));
        } else {
            if (c.clientId() != null) f.put("client_id", c.clientId());
            if (c.clientSecret() != null) f.put("client_secret", c.clientSecret());
        }
        b.POST(HttpRequest.BodyPublishers.ofString(OAuthCrypto.form(f)));
        return send(b.build());
    }

    private HttpResponse<String> send(HttpRequest req) throws OAuthError {
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new OAuthError(0, "unreachable", e.getClass().getSimpleName() + " " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OAuthError(0, "interrupted", null);
        }
    }

    private OAuthError error(HttpResponse<String> r) {
        Map<String, String> body = parse(r);
        return new OAuthError(
                r.statusCode(),
                body.getOrDefault("error", "http_" + r.statusCode()),
                body.getOrDefault("error_description", body.get("message")));
    }

    /** JSON or form-encoded bodies, flattened to strings (nested objects ignored except a few user ids). */
    Map<String, String> parse(HttpResponse<String> r) {
        String text = r.body() == null ? "" : r.body().trim();
        if (text.startsWith("{")) {
            JsonNode n = readJson(r);
            return n == null ? new LinkedHashMap<>() : flatten(n);
        }
        return OAuthCrypto.parseForm(text);
    }

    /** The body as a JSON object, or null when it is not one. */
    private JsonNode readJson(HttpResponse<String> r) {
        String text = r.body() == null ? "" : r.body().trim();
        if (!text.startsWith("{")) return null;
        try {
            JsonNode n = json.readTree(text);
            return n.isObject() ? n : null;
        } catch (RuntimeException e) {
            return null; // not JSON after all
        }
    }

    private static Map<String, String> flatten(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            JsonNode v = e.getValue();
            if (v.isValueNode() && !v.isNull()) out.put(e.getKey(), v.asString());
            else if (v.isObject() && v.has("id") && v.get("id").isValueNode())
                out.put(e.getKey() + ".id", v.get("id").asString());
        }
        return out;
    }

    static String providerUserId(Map<String, String> body) {
        for (String k :
                new String[] {"user_id", "x_user_id", "userid", "account_id", "athlete.id", "user.id", "owner_id"})
            if (body.get(k) != null && !body.get(k).isBlank()) return body.get(k);
        return null;
    }

    // ---------------------------------------------------------------- OAuth 1.0a

    public record RequestToken(String token, String secret) {}

    public RequestToken requestToken(ConnectorDescriptor d, ProviderSettings.Client c, String callback)
            throws OAuthError {
        String url = urls.forServer(d.oauth1().requestTokenUrl());
        Map<String, String> body = oauth1Post(url, c, null, null, Map.of("oauth_callback", callback));
        if (body.get("oauth_token") == null)
            throw new OAuthError(200, "invalid_response", "no oauth_token in the request-token response");
        return new RequestToken(body.get("oauth_token"), body.get("oauth_token_secret"));
    }

    public Tokens accessToken(
            ConnectorDescriptor d, ProviderSettings.Client c, String token, String tokenSecret, String verifier)
            throws OAuthError {
        String url = urls.forServer(d.oauth1().accessTokenUrl());
        Map<String, String> body = oauth1Post(url, c, token, tokenSecret, Map.of("oauth_verifier", verifier));
        if (body.get("oauth_token") == null)
            throw new OAuthError(200, "invalid_response", "no oauth_token in the access-token response");
        return new Tokens(
                body.get("oauth_token"), null, body.get("oauth_token_secret"), null, null, providerUserId(body));
    }

    private Map<String, String> oauth1Post(
            String url, ProviderSettings.Client c, String token, String tokenSecret, Map<String, String> extra)
            throws OAuthError {
        URI uri = URI.create(url);
        String header = OAuth1Signer.authorizationHeader(
                "POST",
                uri,
                Map.of(),
                c.clientId(),
                c.clientSecret(),
                token,
                tokenSecret,
                extra,
                OAuthCrypto.randomUrlSafe(16).replace("-", "a").replace("_", "b"),
                clock.instant().getEpochSecond());
        HttpRequest req = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Authorization", header)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> r = send(req);
        if (r.statusCode() >= 300) throw error(r);
        return parse(r);
    }
}
