package io.tributary.server.connection;

import io.tributary.connectors.ConnectionContext;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.Identity;
import io.tributary.connectors.ProviderHttp;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.ConnectorStateStore;
import io.tributary.server.storage.User;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Calls the connector around a connection's life: {@link Connector#identify} right after the token exchange (with
 * the fresh access token, before the connection is stored), {@link Connector#afterConnect} once it is stored, and
 * {@link Connector#beforeDeauth} before its tokens are deleted. Registration hooks never block the user's flow: their
 * failures are logged with the connection.
 */
@Component
public class ConnectionHooks {
    private static final Logger log = LoggerFactory.getLogger(ConnectionHooks.class);
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final ConnectionContexts contexts;
    private final ProviderApps apps;
    private final ProviderUrls urls;
    private final ConnectorStateStore state;
    private final ProviderRateLimiter limiter;
    private final Clock clock;
    private final java.util.concurrent.ExecutorService background =
            java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "connection-hooks");
                t.setDaemon(true);
                return t;
            });

    public ConnectionHooks(
            ConnectionContexts contexts,
            ProviderApps apps,
            ProviderUrls urls,
            ConnectorStateStore state,
            ProviderRateLimiter limiter,
            Clock clock) {
        this.contexts = contexts;
        this.apps = apps;
        this.urls = urls;
        this.state = state;
        this.limiter = limiter;
        this.clock = clock;
    }

    /** Who the account is, asked with the access token just received ({@code userId}: the pending user). */
    public Identity identify(EnvironmentRecord env, Connector c, String accessToken, UUID userId, String knownId)
            throws ConnectorException {
        var d = c.descriptor();
        var app = apps.of(env, d);
        ConnectionContext ctx = new ConnectionContexts.Context(
                userId.toString(),
                knownId,
                new BearerHttp(accessToken, urls, limiter, d, app.ref(), userId, clock),
                state.forConnection(userId),
                clock,
                d.urls(),
                app,
                Set.of(),
                urls.base() + "/v2/hooks/" + d.provider().toLowerCase(java.util.Locale.ROOT));
        return c.identify(ctx);
    }

    /**
     * A connection is stored: off the user's request, the connector's {@link Connector#afterConnect}. Its history
     * (pulled, or asked of the provider to push) is the scheduled pulls' first sync, which the same event starts.
     */
    public void connected(EnvironmentRecord env, User user, Connector c) {
        background.execute(() -> {
            ConnectionContext ctx = contexts.of(env, user, c);
            try {
                c.afterConnect(ctx);
            } catch (ConnectorException | RuntimeException e) {
                log.warn(
                        "{} registration after connecting user {} failed: {}",
                        c.descriptor().provider(),
                        user.id(),
                        e.toString());
            }
        });
    }

    public void beforeDeauth(EnvironmentRecord env, User user, Connector c) {
        try {
            c.beforeDeauth(contexts.of(env, user, c));
        } catch (ConnectorException | RuntimeException e) {
            log.warn(
                    "{} deregistration of user {} failed (deauthentication goes ahead): {}",
                    c.descriptor().provider(),
                    user.id(),
                    e.toString());
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /**
     * HTTP with a token not stored yet (identify runs before the connection row exists), rate-limited like every
     * other call to the provider.
     */
    private record BearerHttp(
            String token,
            ProviderUrls urls,
            ProviderRateLimiter limiter,
            io.tributary.connectors.ConnectorDescriptor descriptor,
            String appRef,
            UUID userId,
            Clock clock)
            implements ProviderHttp {
        @Override
        public Response get(String url, Map<String, String> query) throws ConnectorException {
            String full = query == null || query.isEmpty() ? url : OAuthCrypto.withQuery(url, query);
            return send(new Request("GET", full, Map.of(), null, null));
        }

        @Override
        public Response post(String url, String contentType, byte[] body) throws ConnectorException {
            return send(new Request("POST", url, Map.of(), contentType, body));
        }

        @Override
        public Response delete(String url) throws ConnectorException {
            return send(new Request("DELETE", url, Map.of(), null, null));
        }

        @Override
        public Response send(Request r) throws ConnectorException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(urls.forServer(r.url())))
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token);
            r.headers().forEach(b::header);
            if (r.contentType() != null) b.header("Content-Type", r.contentType());
            b.method(
                    r.method(),
                    r.body() == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(r.body()));
            limiter.acquireRequest(descriptor, appRef, userId);
            try {
                HttpResponse<byte[]> resp = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                Map<String, String> headers = new LinkedHashMap<>();
                resp.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(), String.join(", ", v)));
                if (resp.statusCode() == 429) {
                    Duration wait = io.tributary.connectors.ProviderResponses.retryAfter(
                            headers.get("retry-after"), clock.instant());
                    limiter.pause(descriptor, appRef, wait);
                    throw new ConnectorException(
                            ConnectorException.Kind.RATE_LIMITED, "provider rate limit (429)", wait.toSeconds(), null);
                }
                return new Response(resp.statusCode(), headers, resp.body());
            } catch (IOException e) {
                throw ConnectorException.retryLater("provider unreachable: " + e, Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ConnectorException.retryLater("interrupted", Duration.ofSeconds(30));
            }
        }
    }
}
