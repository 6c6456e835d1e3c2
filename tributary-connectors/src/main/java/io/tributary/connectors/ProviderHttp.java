package io.tributary.connectors;

import java.util.Map;

/**
 * HTTP to a provider on behalf of one connection. The server's implementation adds the access token,
 * refreshes it before expiry and once on 401, and bounds concurrency per provider.
 */
public interface ProviderHttp {
    Response get(String url, Map<String, String> query) throws ConnectorException;

    Response post(String url, String contentType, byte[] body) throws ConnectorException;

    Response delete(String url) throws ConnectorException;

    record Response(int status, Map<String, String> headers, byte[] body) {
        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
