package io.tributary.connectors;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP to a provider on behalf of one connection (or, from {@link AppContext#http()}, of the developer's app). The
 * server's implementation adds the access token, refreshes it before expiry and once on 401, bounds concurrency
 * per provider and applies the descriptor's rate limits; a 429 comes back as {@link
 * ConnectorException.Kind#RATE_LIMITED} with its {@code Retry-After}. Check other statuses with {@link
 * ProviderResponses#require}.
 */
public interface ProviderHttp {
    Response get(String url, Map<String, String> query) throws ConnectorException;

    Response post(String url, String contentType, byte[] body) throws ConnectorException;

    Response delete(String url) throws ConnectorException;

    /**
     * Any method with extra headers (e.g. Oura's {@code x-client-id}). Implementations that predate it handle the
     * header-less GET/POST/DELETE and refuse the rest.
     */
    default Response send(Request request) throws ConnectorException {
        if (request.headers().isEmpty()) {
            switch (request.method()) {
                case "GET":
                    return get(request.url(), Map.of());
                case "POST":
                    return post(request.url(), request.contentType(), request.body());
                case "DELETE":
                    return delete(request.url());
                default:
                    break;
            }
        }
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot send " + request.method()
                + (request.headers().isEmpty()
                        ? ""
                        : " with headers " + request.headers().keySet()));
    }

    /**
     * @param url absolute, query included
     * @param headers extra request headers (the server adds Authorization and Accept)
     */
    record Request(String method, String url, Map<String, String> headers, String contentType, byte[] body) {
        public Request {
            method = method.toUpperCase(Locale.ROOT);
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }

        public static Request json(String method, String url, Map<String, String> headers, String json) {
            return new Request(
                    method,
                    url,
                    headers,
                    json == null ? null : "application/json",
                    json == null ? null : json.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** @param headers lower-case names */
    record Response(int status, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
