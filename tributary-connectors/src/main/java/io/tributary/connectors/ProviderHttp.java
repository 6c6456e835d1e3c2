package io.tributary.connectors;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * HTTP to a provider on behalf of one connection. The server's implementation adds the access token (OAuth 2.0
 * bearer, refreshed before expiry and once on 401) or the OAuth 1.0a signature, and holds every request to the
 * provider's {@link ConnectorDescriptor#maxConcurrentRequests()} per environment. A {@link AuthKind#CREDENTIALS}
 * connector reads the user's submitted form values from {@link #credentials()} and puts them where its provider
 * wants them (a header, a login call).
 */
public interface ProviderHttp {
    Response send(Request request) throws ConnectorException;

    /**
     * The values the user entered in the provider's credentials form ({@link ConnectorDescriptor#credentialFields()}
     * names as keys), decrypted; empty for OAuth connections.
     */
    Map<String, String> credentials() throws ConnectorException;

    default Response get(String url, Map<String, String> query) throws ConnectorException {
        return send(new Request("GET", url, query, Map.of(), null, null));
    }

    default Response get(String url, Map<String, String> query, Map<String, String> headers) throws ConnectorException {
        return send(new Request("GET", url, query, headers, null, null));
    }

    default Response post(String url, String contentType, byte[] body) throws ConnectorException {
        return send(new Request("POST", url, Map.of(), Map.of(), contentType, body));
    }

    default Response delete(String url) throws ConnectorException {
        return send(new Request("DELETE", url, Map.of(), Map.of(), null, null));
    }

    /**
     * @param url absolute, or starting with {@code /} for Tributary's own stand-in APIs (the sandbox)
     * @param query added to the URL, encoded
     * @param headers extra headers; the server's {@code Authorization} (token or signature) wins over one given here
     *     for OAuth connections
     */
    record Request(
            String method,
            String url,
            Map<String, String> query,
            Map<String, String> headers,
            String contentType,
            byte[] body) {
        public Request {
            query = query == null ? Map.of() : query;
            headers = headers == null ? Map.of() : headers;
        }
    }

    record Response(int status, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
