package io.tributary.connectors.oura;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.connectors.AppContext;
import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.KeyValueStore;
import io.tributary.connectors.ProviderHttp;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OuraWebhooksTest {
    static final String API = "http://oura.test";
    static final String HOOK = "https://tributary.test/v2/hooks/oura";
    static final Instant NOW = Instant.parse("2026-01-10T00:00:00Z");
    final List<ProviderHttp.Request> sent = new ArrayList<>();
    final TreeMap<String, String> kv = new TreeMap<>();
    final AppCredentials creds = new AppCredentials("env", "oura-client-1", "s3cret");

    String existing = "[{\"id\":\"sub-sleep-create\",\"callback_url\":\"" + HOOK + "\",\"event_type\":\"create\","
            + "\"data_type\":\"sleep\",\"expiration_time\":\"2026-01-12T00:00:00.000000+00:00\"},"
            + "{\"id\":\"sub-workout-update\",\"callback_url\":\"" + HOOK + "\",\"event_type\":\"update\","
            + "\"data_type\":\"workout\",\"expiration_time\":\"2026-03-10T00:00:00+00:00\"},"
            + "{\"id\":\"elsewhere\",\"callback_url\":\"https://other.example/hook\",\"event_type\":\"update\","
            + "\"data_type\":\"sleep\",\"expiration_time\":\"2026-03-10T00:00:00+00:00\"}]";

    AppContext app() {
        return new AppContext() {
            public AppCredentials app() {
                return creds;
            }

            public ProviderHttp http() {
                return new ProviderHttp() {
                    public Response get(String url, Map<String, String> q) {
                        throw new AssertionError("subscription calls carry the client headers");
                    }

                    public Response post(String url, String ct, byte[] b) {
                        throw new AssertionError("subscription calls carry the client headers");
                    }

                    public Response delete(String url) {
                        throw new AssertionError("no deletes");
                    }

                    @Override
                    public Response send(Request r) {
                        sent.add(r);
                        String body = r.method().equals("GET")
                                ? existing
                                : r.method().equals("POST") ? "{\"id\":\"new-" + sent.size() + "\"}" : "{}";
                        return new Response(
                                r.method().equals("POST") ? 201 : 200, Map.of(), body.getBytes(StandardCharsets.UTF_8));
                    }
                };
            }

            public KeyValueStore store() {
                return new KeyValueStore() {
                    public Optional<String> get(String k) {
                        return Optional.ofNullable(kv.get(k));
                    }

                    public void put(String k, String v) {
                        kv.put(k, v);
                    }

                    public void delete(String k) {
                        kv.remove(k);
                    }

                    public Map<String, String> list(String p) {
                        return new TreeMap<>(kv.subMap(p, p + Character.MAX_VALUE));
                    }
                };
            }

            public Clock clock() {
                return Clock.fixed(NOW, ZoneOffset.UTC);
            }

            public String url(String key) {
                return ConnectorDescriptor.API_URL.equals(key) ? API : null;
            }

            public String hookUrl() {
                return HOOK;
            }
        };
    }

    @Test
    void createsMissingSubscriptionsAndRenewsThoseAboutToExpire() throws Exception {
        new OuraConnector().maintainApp(app());
        assertThat(sent.get(0).method()).isEqualTo("GET");
        assertThat(sent.get(0).url()).isEqualTo(API + "/v2/webhook/subscription");
        assertThat(sent)
                .allSatisfy(r -> assertThat(r.headers())
                        .containsEntry("x-client-id", "oura-client-1")
                        .containsEntry("x-client-secret", "s3cret"));
        List<ProviderHttp.Request> posts =
                sent.stream().filter(r -> r.method().equals("POST")).toList();
        List<ProviderHttp.Request> puts =
                sent.stream().filter(r -> r.method().equals("PUT")).toList();
        // 5 pushed collections x {create, update} = 10, of which workout/update is valid and sleep/create renewed
        assertThat(posts).hasSize(8);
        assertThat(puts)
                .extracting(ProviderHttp.Request::url)
                .containsExactly(API + "/v2/webhook/subscription/renew/sub-sleep-create");
        JsonNode first = OuraFixtures.JSON.readTree(posts.get(0).body());
        assertThat(first.path("callback_url").asString()).isEqualTo(HOOK);
        assertThat(first.path("verification_token").asString()).isEqualTo(OuraPushReceiver.verificationToken(creds));
        assertThat(posts.stream()
                        .map(p -> OuraFixtures.JSON.readTree(p.body()))
                        .filter(b -> b.path("data_type").asString().equals("sleep"))
                        .map(b -> b.path("event_type").asString()))
                .containsExactly("update"); // the one at another callback URL does not count
        assertThat(kv)
                .containsEntry("subscription:workout:update", "sub-workout-update")
                .containsEntry("subscription:sleep:create", "sub-sleep-create")
                .hasSize(10);
    }

    @Test
    void nothingToDoWhenEverySubscriptionIsValid() throws Exception {
        StringBuilder all = new StringBuilder("[");
        for (OuraEndpoint e : OuraEndpoint.values()) {
            if (!e.webhook) continue;
            for (String ev : OuraWebhooks.EVENTS)
                all.append("{\"id\":\"")
                        .append(e.path)
                        .append(ev)
                        .append("\",\"callback_url\":\"")
                        .append(HOOK)
                        .append("\",\"event_type\":\"")
                        .append(ev)
                        .append("\",\"data_type\":\"")
                        .append(e.path)
                        .append("\",\"expiration_time\":\"2026-06-01T00:00:00+00:00\"},");
        }
        existing = all.substring(0, all.length() - 1) + "]";
        new OuraConnector().maintainApp(app());
        assertThat(sent).hasSize(1);
    }
}
