package io.tributary.connectors;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A connection whose provider HTTP answers from a table of canned responses (the first whose {@code "METHOD
 * /path"} prefix matches; 404 otherwise) and records every request as {@code "METHOD url"}, for connectors' unit
 * tests. The server's real ProviderHttp against WireMock stand-ins is exercised by the server's end-to-end ITs.
 */
public final class FakeConnection implements ConnectionContext {
    public final List<String> requests = new ArrayList<>();
    public final Map<String, ProviderHttp.Response> answers = new LinkedHashMap<>();
    private final TreeMap<String, String> kv = new TreeMap<>();
    private final String api;
    private final String provider;
    private final String providerUserId;

    /**
     * @param api the API base the connector reads from {@code url(API_URL)}
     * @param provider lower-case provider name (the app's client id and the hook URL are derived from it)
     */
    public FakeConnection(String api, String provider) {
        this(api, provider, "4aacafe82427c251df9c9592d0c06768");
    }

    /** @param providerUserId the provider's id of the connected user, as {@code providerUserId()} answers it */
    public FakeConnection(String api, String provider, String providerUserId) {
        this.api = api;
        this.provider = provider;
        this.providerUserId = providerUserId;
    }

    public FakeConnection answer(String methodAndPathPrefix, int status, String body) {
        answers.put(
                methodAndPathPrefix,
                new ProviderHttp.Response(status, Map.of(), body.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    private ProviderHttp.Response respond(String method, String url) {
        requests.add(method + " " + url);
        String path = url.startsWith(api) ? url.substring(api.length()) : url;
        for (var e : answers.entrySet()) if ((method + " " + path).startsWith(e.getKey())) return e.getValue();
        return new ProviderHttp.Response(404, Map.of(), new byte[0]);
    }

    @Override
    public ProviderHttp http() {
        return new ProviderHttp() {
            @Override
            public Response send(Request r) {
                return respond(r.method(), r.url());
            }

            /** Query parameters are recorded sorted, so answers and assertions match on them. */
            @Override
            public Response get(String url, Map<String, String> query) {
                StringBuilder u = new StringBuilder(url);
                if (query != null && !query.isEmpty()) {
                    u.append('?');
                    new TreeMap<>(query)
                            .forEach((k, v) -> u.append(k).append('=').append(v).append('&'));
                    u.setLength(u.length() - 1);
                }
                return respond("GET", u.toString());
            }

            @Override
            public Response post(String url, String contentType, byte[] body) {
                return respond("POST", url);
            }

            @Override
            public Response delete(String url) {
                return respond("DELETE", url);
            }
        };
    }

    @Override
    public String userId() {
        return "0b9a3c2e-0000-4000-8000-000000000001";
    }

    @Override
    public String providerUserId() {
        return providerUserId;
    }

    @Override
    public KeyValueStore store() {
        return new KeyValueStore() {
            @Override
            public Optional<String> get(String key) {
                return Optional.ofNullable(kv.get(key));
            }

            @Override
            public void put(String key, String value) {
                kv.put(key, value);
            }

            @Override
            public void delete(String key) {
                kv.remove(key);
            }

            @Override
            public Map<String, String> list(String prefix) {
                return new TreeMap<>(kv.subMap(prefix, prefix + Character.MAX_VALUE));
            }
        };
    }

    @Override
    public Clock clock() {
        return Clock.fixed(Instant.parse("2020-02-07T00:00:00Z"), ZoneOffset.UTC);
    }

    @Override
    public String url(String key) {
        return ConnectorDescriptor.API_URL.equals(key) ? api : null;
    }

    @Override
    public AppCredentials app() {
        return new AppCredentials("env", provider + "-client-1", "secret");
    }

    @Override
    public Set<String> scopes() {
        return Set.of();
    }

    @Override
    public String hookUrl() {
        return "https://tributary.test/v2/hooks/" + provider;
    }
}
