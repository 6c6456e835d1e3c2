package io.tributary.server.connection;

import io.tributary.connectors.AuthKind;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.ProviderHttp;
import io.tributary.connectors.ProviderResponses;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * {@link ProviderHttp} for one connection: adds the bearer token (or signs with OAuth 1.0a), refreshes once on
 * 401 and retries, and turns a 401/403 that survives the refresh into {@code connection_error} plus {@link
 * ConnectorException.Kind#AUTH_FAILED}. The status acted on is the connector's {@link
 * Connector#effectiveStatus} of each answer (providers that report errors inside an HTTP 200), and the response
 * handed back carries it. Without a user ({@code userId} null: an app's own calls, {@link AppContexts}) no
 * credentials are added. Every request first takes its share of the app's declared rate
 * limits ({@link ProviderRateLimiter}; a 429 pauses the app there until its {@code Retry-After}) and holds one of the
 * provider's slots in {@link ProviderConcurrency} while it is on the wire. A credentials connection gets its decrypted form values from {@link
 * #credentials()}. Relative URLs resolve against Tributary itself (the sandbox API). Made by {@link
 * ConnectionHttpFactory}.
 */
public class ConnectionHttp implements ProviderHttp {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final UUID userId;
    private final UUID environmentId;
    private final Connector connector;
    private final ConnectorDescriptor descriptor;
    private final ProviderSettings.Client client;
    private final TokenService tokens;
    private final ProviderUrls urls;
    private final ProviderConcurrency concurrency;
    private final ProviderRateLimiter limiter;
    private final String appRef;
    private final Clock clock;

    ConnectionHttp(
            UUID userId,
            UUID environmentId,
            Connector connector,
            ProviderSettings.Client client,
            TokenService tokens,
            ProviderUrls urls,
            ProviderConcurrency concurrency,
            ProviderRateLimiter limiter,
            String appRef,
            Clock clock) {
        this.userId = userId;
        this.environmentId = environmentId;
        this.connector = connector;
        this.descriptor = connector.descriptor();
        this.client = client;
        this.tokens = tokens;
        this.urls = urls;
        this.concurrency = concurrency;
        this.limiter = limiter;
        this.appRef = appRef;
        this.clock = clock;
    }

    @Override
    public Map<String, String> credentials() throws ConnectorException {
        return userId != null && descriptor.authKind() == AuthKind.CREDENTIALS ? tokens.credentials(userId) : Map.of();
    }

    @Override
    public Response send(Request request) throws ConnectorException {
        URI uri = URI.create(urls.forServer(request.url()));
        String method = request.method();
        String contentType = request.contentType();
        byte[] body = request.body();
        Map<String, String> headers = request.headers();
        if (userId == null) return once(method, uri, headers, contentType, body, null);
        if (descriptor.authKind() == AuthKind.OAUTH1) {
            Response r = once(method, uri, headers, contentType, body, oauth1Header(method, uri, contentType, body));
            if (r.status() == 401 || r.status() == 403) throw tokens.markFailed(userId, false, "HTTP " + r.status());
            return r;
        }
        if (descriptor.authKind() != AuthKind.OAUTH2) return once(method, uri, headers, contentType, body, null);
        String token = tokens.accessToken(userId);
        Response r = once(method, uri, headers, contentType, body, "Bearer " + token);
        if (r.status() == 401) {
            String fresh = tokens.refresh(userId, token);
            r = once(method, uri, headers, contentType, body, "Bearer " + fresh);
        }
        if (r.status() == 401 || r.status() == 403) {
            String challenge = r.headers().getOrDefault("www-authenticate", "");
            throw tokens.markFailed(userId, challenge.toLowerCase().contains("revoked"), "HTTP " + r.status());
        }
        return r;
    }

    private String oauth1Header(String method, URI uri, String contentType, byte[] body) throws ConnectorException {
        TokenService.OAuth1Token t = tokens.oauth1Token(userId);
        Map<String, String> form = "application/x-www-form-urlencoded".equals(contentType) && body != null
                ? OAuthCrypto.parseForm(new String(body, java.nio.charset.StandardCharsets.UTF_8))
                : Map.of();
        return OAuth1Signer.authorizationHeader(
                method,
                uri,
                form,
                client.clientId(),
                client.clientSecret(),
                t.token(),
                t.secret(),
                null,
                OAuthCrypto.randomUrlSafe(16).replace("-", "a").replace("_", "b"),
                clock.instant().getEpochSecond());
    }

    private Response once(
            String method, URI uri, Map<String, String> headers, String contentType, byte[] body, String authorization)
            throws ConnectorException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json");
        headers.forEach((k, v) -> {
            if (authorization == null || !k.equalsIgnoreCase("Authorization")) b.setHeader(k, v);
        });
        if (authorization != null) b.setHeader("Authorization", authorization);
        if (contentType != null) b.header("Content-Type", contentType);
        b.method(
                method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        limiter.acquireRequest(descriptor, appRef, userId);
        try (ProviderConcurrency.Slot slot = concurrency.acquire(descriptor, environmentId)) {
            HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> answered = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> answered.put(k.toLowerCase(), String.join(", ", v)));
            int status = connector.effectiveStatus(new Response(r.statusCode(), answered, r.body()));
            if (status == 429) {
                Duration wait = ProviderResponses.retryAfter(answered.get("retry-after"), clock.instant());
                limiter.pause(descriptor, appRef, wait);
                throw new ConnectorException(
                        ConnectorException.Kind.RATE_LIMITED, "provider rate limit (429)", wait.toSeconds(), null);
            }
            return new Response(status, answered, r.body());
        } catch (IOException e) {
            throw new ConnectorException(ConnectorException.Kind.TRANSIENT, "provider unreachable: " + e, 30, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(ConnectorException.Kind.TRANSIENT, "interrupted", 30, e);
        }
    }
}
