package io.tributary.server.delivery.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetEvent;
import io.tributary.server.delivery.writer.TargetException;
import io.tributary.server.delivery.writer.TestEvents;
import io.tributary.server.shared.ApiException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The S3 destination against an S3-compatible server running in-process (S3Proxy). */
class S3TargetIT {
    /** The injected clock the target writes its times with. */
    static final java.time.Clock CLOCK =
            java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T12:00:00Z"), java.time.ZoneOffset.UTC);

    static final JsonMapper JSON = JsonMapper.builder().build();
    static S3ProxyServer server;
    final S3Sender sender = new S3Sender(CLOCK);

    @BeforeAll
    static void start() throws Exception {
        server = new S3ProxyServer();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    ObjectNode config(String bucket, String secret) {
        ObjectNode c = JSON.createObjectNode();
        c.put("bucket", bucket);
        c.put("region", "us-east-1");
        c.put("access_key_id", S3ProxyServer.ACCESS_KEY);
        c.put("secret_access_key", secret);
        c.put("endpoint", server.endpoint().toString());
        c.put("prefix", "terra/");
        return c;
    }

    static String bucket() {
        return "b-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void writesEachEventOnceUnderTheDecision15Layout() {
        String bucket = bucket();
        server.createBucket(bucket);
        String user = UUID.randomUUID().toString();
        TargetEvent act = TestEvents.activity(user, "2026-11-24T08:00:00.000000+00:00", Instant.now(), 0);
        Instant authTs = Instant.parse("2026-11-25T10:00:00.123456Z");
        TargetEvent auth = TestEvents.auth(user, authTs);
        try (Target t = sender.open("d1", sender.parse(config(bucket, S3ProxyServer.SECRET_KEY)));
                S3Client c = server.client()) {
            t.ping();
            t.write(act);
            t.write(TestEvents.again(act));
            t.write(auth);
            List<String> keys = c.listObjectsV2(r -> r.bucket(bucket).prefix("terra/")).contents().stream()
                    .map(S3Object::key)
                    .sorted()
                    .toList();
            assertThat(keys)
                    .containsExactly(
                            "terra/activity/2022-03-16/" + user + "/2026-11-24T08:00:00.000000+00:00-" + act.traceId()
                                    + ".json",
                            "terra/auth/" + user + "/2026-11-25T10:00:00.123456+00:00-" + auth.traceId() + ".json",
                            "terra/tributary-ping.json");
            byte[] stored =
                    c.getObjectAsBytes(r -> r.bucket(bucket).key(keys.get(0))).asByteArray();
            assertThat(stored).isEqualTo(act.payload());
            var head = c.headObject(r -> r.bucket(bucket).key(keys.get(0)));
            assertThat(head.contentType()).isEqualTo("application/json");
            assertThat(head.metadata()).containsEntry("terra-trace-id", act.traceId());
            String ping = c.getObjectAsBytes(r -> r.bucket(bucket).key("terra/tributary-ping.json"))
                    .asUtf8String();
            assertThat(ping).isEqualTo("{\"type\":\"ping\",\"at\":\"2026-11-30T12:00:00.000000+00:00\"}");
        }
    }

    @Test
    void presignedLinksServeThePayloadUntilTheyExpire() throws Exception {
        String bucket = bucket();
        server.createBucket(bucket);
        try (S3Target t = (S3Target) sender.open("d2", sender.parse(config(bucket, S3ProxyServer.SECRET_KEY)))) {
            String url = t.storeAndPresign("payloads/x.json", "{\"a\":1}".getBytes(), Duration.ofSeconds(600));
            HttpResponse<String> r = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("{\"a\":1}");
        }
    }

    @Test
    void wrongSecretOrMissingBucketFailThePing() {
        String bucket = bucket();
        server.createBucket(bucket);
        try (Target t = sender.open("d3", sender.parse(config(bucket, "wrong-secret")))) {
            assertThatThrownBy(t::ping).isInstanceOf(TargetException.class).hasMessageContaining("403");
        }
        try (Target t = sender.open("d4", sender.parse(config("no-such-bucket-" + bucket, S3ProxyServer.SECRET_KEY)))) {
            assertThatThrownBy(t::ping).isInstanceOf(TargetException.class).hasMessageContaining("404");
        }
    }

    @Test
    void validationNamesTheMissingFields() {
        ObjectNode c = JSON.createObjectNode();
        c.put("endpoint", "not a url");
        assertThatThrownBy(() -> sender.parse(c))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("`bucket`")
                .hasMessageContaining("`access_key_id`")
                .hasMessageContaining("`secret_access_key`")
                .hasMessageContaining("`endpoint`");
    }
}
