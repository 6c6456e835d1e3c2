package io.tributary.connectors;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP to a provider on behalf of one connection (or, from {@link AppContext#http()}, of the developer's app). The
 * server's implementation adds the access token, refreshes it before expiry and once on 401, holds requests to
 * {@link ProviderLimits#maxConcurrentRequests()} per provider and environment (one developer app); a 429 comes back as
 * {@link ConnectorException.Kind#RATE_LIMITED} with its {@code Retry-After}. Check other statuses with {@link
 * ProviderResponses#require}. A {@link AuthKind#CREDENTIALS} connector reads the user's submitted form values from
 * {@link #credentials()} and puts them where its provider wants them (a header, a login call).
 */
public interface ProviderHttp {
    /** Any method, with extra headers (e.g. Oura's {@code x-client-id}). */
    Response send(Request request) throws ConnectorException;

    /**
     * The values the user entered in the provider's credentials form ({@link ConnectorDescriptor#credentialFields()}
     * names as keys), decrypted; empty for OAuth connections.
     */
    default Map<String, String> credentials() throws ConnectorException {
        return Map.of();
    }

    default Response get(String url, Map<String, String> query) throws ConnectorException {
        return send(new Request("GET", withQuery(url, query), Map.of(), null, null));
    }

    default Response post(String url, String contentType, byte[] body) throws ConnectorException {
        return send(new Request("POST", url, Map.of(), contentType, body));
    }

    default Response delete(String url) throws ConnectorException {
        return send(new Request("DELETE", url, Map.of(), null, null));
    }

    /** {@code url} with {@code query} appended, form-encoded (UTF-8); null values are left out. */
    static String withQuery(String url, Map<String, String> query) {
        if (query == null || query.isEmpty()) return url;
        StringBuilder b = new StringBuilder(url).append(url.contains("?") ? '&' : '?');
        boolean first = true;
        for (Map.Entry<String, String> e : query.entrySet()) {
            if (e.getValue() == null) continue;
            if (!first) b.append('&');
            first = false;
            b.append(encode(e.getKey())).append('=').append(encode(e.getValue()));
        }
        return b.toString();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * @param url absolute (or starting with {@code /} for Tributary's own stand-in, the sandbox), query included
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
