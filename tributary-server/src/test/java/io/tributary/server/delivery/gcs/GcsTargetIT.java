package io.tributary.server.delivery.gcs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.cloud.storage.Blob;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.contrib.nio.testing.LocalStorageHelper;
import io.tributary.server.delivery.writer.TargetEvent;
import io.tributary.server.delivery.writer.TargetException;
import io.tributary.server.delivery.writer.TestEvents;
import io.tributary.server.shared.ApiException;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The GCS destination against the Google Cloud Storage client's in-memory storage (google-cloud-nio). */
class GcsTargetIT {
    /** The injected clock the target writes its times with. */
    static final java.time.Clock CLOCK =
            java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T12:00:00Z"), java.time.ZoneOffset.UTC);

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** A syntactically real service-account key file with a fresh RSA key. */
    static String serviceAccountJson() throws Exception {
        var kp = KeyPairGenerator.getInstance("RSA");
        kp.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(kp.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        ObjectNode n = JSON.createObjectNode();
        n.put("type", "service_account");
        n.put("project_id", "tributary-test");
        n.put("private_key_id", "abc123");
        n.put("private_key", pem);
        n.put("client_email", "terra@tributary-test.iam.gserviceaccount.com");
        n.put("client_id", "1234567890");
        n.put("token_uri", "https://oauth2.googleapis.com/token");
        return n.toString();
    }

    /** A batch's objects are uploaded concurrently, one outcome each; the same batch again overwrites them. */
    @Test
    void aBatchUploadsEveryObjectOnceWithOneOutcomeEach() throws Exception {
        ObjectNode c = JSON.createObjectNode();
        c.put("bucket", "batch-bucket");
        c.set("service_account_json", JSON.readTree(serviceAccountJson()));
        GcsConfig cfg = new GcsSender(CLOCK).parse(c);
        Storage storage = LocalStorageHelper.getOptions().getService();
        List<TargetEvent> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++)
            batch.add(TestEvents.activity(
                    UUID.randomUUID().toString(),
                    "2026-11-%02dT08:00:00.000000+00:00".formatted(1 + i % 28),
                    Instant.now(),
                    0));
        try (GcsTarget t = new GcsTarget(cfg, storage, CLOCK)) {
            assertThat(t.writeBatch(batch)).hasSize(40).containsOnlyNulls();
            assertThat(t.writeBatch(batch.stream().map(TestEvents::again).toList()))
                    .containsOnlyNulls();
            List<String> names = StreamSupport.stream(
                            storage.list("batch-bucket").iterateAll().spliterator(), false)
                    .map(Blob::getName)
                    .toList();
            assertThat(names).hasSize(40);
            for (TargetEvent e : batch) assertThat(names).contains(t.key(e));
        }
    }

    @Test
    void writesEachEventOnceUnderTheDecision15Layout() throws Exception {
        ObjectNode c = JSON.createObjectNode();
        c.put("bucket", "terra-bucket");
        c.set("service_account_json", JSON.readTree(serviceAccountJson()));
        c.put("prefix", "/exports/");
        GcsConfig cfg = new GcsSender(CLOCK).parse(c);
        assertThat(cfg.prefix()).isEqualTo("exports");
        Storage storage = LocalStorageHelper.getOptions().getService();
        String user = UUID.randomUUID().toString();
        TargetEvent sleep = TestEvents.event(
                "sleep",
                user,
                null,
                "{\"type\":\"sleep\",\"data\":[{\"metadata\":{\"start_time\":\"2026-11-24T22:00:00.000000+01:00\",\"end_time\":\"2026-11-25T06:30:00.000000+01:00\"}}],\"version\":\"2022-03-16\"}",
                Instant.now());
        TargetEvent deauth = TestEvents.deauth(user, Instant.parse("2026-11-25T12:00:00Z"));
        try (GcsTarget t = new GcsTarget(cfg, storage, CLOCK)) {
            t.ping();
            t.write(sleep);
            t.write(TestEvents.again(sleep));
            t.write(deauth);
            List<String> names = StreamSupport.stream(
                            storage.list("terra-bucket").iterateAll().spliterator(), false)
                    .map(Blob::getName)
                    .sorted()
                    .toList();
            assertThat(names)
                    .containsExactly(
                            "exports/deauth/" + user + "/2026-11-25T12:00:00.000000+00:00-" + deauth.traceId()
                                    + ".json",
                            "exports/sleep/2022-03-16/" + user + "/2026-11-24T22:00:00.000000+01:00-" + sleep.traceId()
                                    + ".json",
                            "exports/tributary-ping.json");
            Blob b = storage.get("terra-bucket", names.get(1));
            assertThat(b.getContent()).isEqualTo(sleep.payload());
            assertThat(b.getContentType()).isEqualTo("application/json");
            assertThat(new String(storage.get("terra-bucket", "exports/tributary-ping.json")
                            .getContent()))
                    .isEqualTo("{\"type\":\"ping\",\"at\":\"2026-11-30T12:00:00.000000+00:00\"}");
            assertThat(b.getMetadata()).containsEntry("terra-trace-id", sleep.traceId());
        }
    }

    @Test
    void rejectsAServiceAccountThatIsNotOne() {
        ObjectNode c = JSON.createObjectNode();
        c.put("bucket", "terra-bucket");
        c.put("service_account_json", "{\"type\":\"nope\"}");
        assertThatThrownBy(() -> GcsConfig.parse(c))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("`service_account_json`");
    }

    static GcsConfig config(String bucket, String keyFile, java.net.URI endpoint) {
        ObjectNode c = JSON.createObjectNode();
        c.put("bucket", bucket);
        c.put("service_account_json", keyFile);
        c.put("endpoint", endpoint.toString());
        return GcsConfig.parse(c);
    }

    @Test
    void writesThroughTheRealClientOverHttpAndNamesEachConfigurationErrorClearly() throws Exception {
        try (GcsHttpStandIn gcs = new GcsHttpStandIn()) {
            gcs.createBucket("terra-http");
            gcs.createBucket("terra-locked");
            gcs.restrictWriters("terra-locked", "someone-else@tributary-test.iam.gserviceaccount.com");
            String good = gcs.serviceAccount("terra@tributary-test.iam.gserviceaccount.com", gcs.port());
            String user = UUID.randomUUID().toString();
            TargetEvent sleep = TestEvents.event(
                    "sleep",
                    user,
                    null,
                    "{\"type\":\"sleep\",\"data\":[],\"version\":\"2022-03-16\"}",
                    Instant.parse("2026-11-25T10:00:00Z"));
            try (GcsTarget t = new GcsTarget(config("terra-http", good, gcs.endpoint()), CLOCK)) {
                t.ping();
                t.write(sleep);
                t.write(TestEvents.again(sleep));
            }
            List<String> names = StreamSupport.stream(
                            gcs.storage().list("terra-http").iterateAll().spliterator(), false)
                    .map(Blob::getName)
                    .sorted()
                    .toList();
            assertThat(names).hasSize(2).contains("tributary-ping.json");
            assertThat(names.get(0)).startsWith("sleep/").endsWith("-" + sleep.traceId() + ".json");
            assertThat(gcs.storage().get("terra-http", names.get(0)).getContent())
                    .isEqualTo(sleep.payload());

            // a key the server does not know (wrong, deleted or disabled key)
            String wrongKey =
                    GcsHttpStandIn.unknownServiceAccount("terra@tributary-test.iam.gserviceaccount.com", gcs.port());
            try (GcsTarget t = new GcsTarget(config("terra-http", wrongKey, gcs.endpoint()), CLOCK)) {
                assertThatThrownBy(t::ping)
                        .isInstanceOfSatisfying(
                                TargetException.class,
                                e -> assertThat(e.retryable()).isFalse())
                        .hasMessageContaining("service account")
                        .hasMessageContaining("rejected");
            }
            // a bucket that does not exist
            try (GcsTarget t = new GcsTarget(config("no-such-bucket", good, gcs.endpoint()), CLOCK)) {
                assertThatThrownBy(t::ping)
                        .isInstanceOfSatisfying(
                                TargetException.class,
                                e -> assertThat(e.retryable()).isFalse())
                        .hasMessageContaining("bucket no-such-bucket does not exist");
            }
            // no permission to write into the bucket
            try (GcsTarget t = new GcsTarget(config("terra-locked", good, gcs.endpoint()), CLOCK)) {
                assertThatThrownBy(t::ping)
                        .isInstanceOfSatisfying(
                                TargetException.class,
                                e -> assertThat(e.retryable()).isFalse())
                        .hasMessageContaining("access denied")
                        .hasMessageContaining("storage.objects.create");
            }
        }
    }
}
