package io.tributary.server.delivery.sqs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.server.delivery.s3.S3Overflow;
import io.tributary.server.delivery.s3.S3ProxyServer;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The SQS destination against an SQS-compatible server running in-process (ElasticMQ). */
class SqsTargetIT {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static SQSRestServer server;
    static int port;
    static SqsClient client;

    @BeforeAll
    static void start() {
        server = SQSRestServerBuilder.withPort(0).withInterface("127.0.0.1").start();
        port = server.waitUntilStarted().localAddress().getPort();
        client = SqsClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + port))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.stopAndWait();
    }

    static String queue(boolean fifo) {
        String name = "q-" + UUID.randomUUID().toString().substring(0, 8) + (fifo ? ".fifo" : "");
        return client.createQueue(r -> {
                    r.queueName(name);
                    if (fifo) r.attributes(Map.of(QueueAttributeName.FIFO_QUEUE, "true"));
                })
                .queueUrl();
    }

    static ObjectNode config(String queueUrl) {
        ObjectNode c = JSON.createObjectNode();
        c.put("queue_url", queueUrl);
        c.put("region", "us-east-1");
        c.put("access_key_id", "x");
        c.put("secret_access_key", "x");
        return c;
    }

    static List<Message> drain(String queueUrl) {
        List<Message> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            List<Message> got = client.receiveMessage(r -> r.queueUrl(queueUrl)
                            .maxNumberOfMessages(10)
                            .waitTimeSeconds(1)
                            .messageAttributeNames("All")
                            .messageSystemAttributeNames(
                                    software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName.ALL))
                    .messages();
            if (got.isEmpty() && !all.isEmpty()) break;
            all.addAll(got);
        }
        return all;
    }

    @Test
    void smallEventsGoInlineWithTraceAttributes() {
        String q = queue(false);
        SqsConfig cfg = SqsConfig.parse(config(q));
        assertThat(cfg.endpoint()).isEqualTo(URI.create("http://127.0.0.1:" + port)); // derived from the queue URL
        TargetEvent e =
                TestEvents.activity(UUID.randomUUID().toString(), "2026-11-24T08:00:00.000000+00:00", Instant.now(), 0);
        try (SqsTarget t = new SqsTarget(cfg, (ev, ttl) -> "unused", Duration.ofSeconds(600))) {
            t.ping();
            t.write(e);
        }
        List<Message> msgs = drain(q);
        assertThat(msgs).hasSize(1);
        assertThat(JSON.readTree(msgs.get(0).body())).isEqualTo(e.json());
        assertThat(msgs.get(0).messageAttributes().get("terra-trace-id").stringValue())
                .isEqualTo(e.traceId());
        assertThat(msgs.get(0).messageAttributes().get("terra-user-id").stringValue())
                .isEqualTo(e.userId());
        assertThat(msgs.get(0).messageAttributes().get("terra-event-type").stringValue())
                .isEqualTo("activity");
    }

    @Test
    void fifoQueuesDeduplicateRedeliveriesByTraceId() {
        String q = queue(true);
        TargetEvent e = TestEvents.auth(UUID.randomUUID().toString(), Instant.now());
        try (SqsTarget t = new SqsTarget(SqsConfig.parse(config(q)), (ev, ttl) -> "unused", Duration.ofSeconds(600))) {
            t.write(e);
            t.write(TestEvents.again(e));
        }
        List<Message> msgs = drain(q);
        assertThat(msgs).hasSize(1);
        assertThat(msgs.get(0)
                        .attributes()
                        .get(software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName.MESSAGE_GROUP_ID))
                .isEqualTo(e.userId());
    }

    /**
     * {@code SendMessageBatch}: 25 events in calls of at most 10, a large one still becomes an {@code s3_payload}
     * wrapper, a message SQS refuses (a character SQS does not allow) fails alone, and on a FIFO queue the
     * same batch sent again is dropped by SQS's deduplication on the trace id.
     */
    @Test
    void batchesSendEveryMessageOnceAndFailOnlyTheRefusedOne() {
        String q = queue(true);
        List<TargetEvent> batch = new ArrayList<>();
        for (int i = 0; i < 25; i++)
            batch.add(TestEvents.activity(
                    "u" + i, "2026-11-%02dT08:00:00.000000+00:00".formatted(1 + i % 28), Instant.now(), 0));
        batch.set(
                3,
                TestEvents.activity(
                        "u3", "2026-11-04T08:00:00.000000+00:00", Instant.now(), 300_000)); // beyond 256 KiB
        batch.set(17, TestEvents.event("body", "u17", null, "{\"type\":\"body\",\"x\":\"\u0001\"}", Instant.now()));
        List<RuntimeException> failures;
        try (SqsTarget t = new SqsTarget(
                SqsConfig.parse(config(q)), (ev, ttl) -> "https://x/" + ev.eventId(), Duration.ofSeconds(600))) {
            failures = t.writeBatch(batch);
            assertThat(t.writeBatch(batch.stream().map(TestEvents::again).toList())
                            .get(0))
                    .isNull();
        }
        assertThat(failures).hasSize(25);
        for (int i = 0; i < 25; i++) {
            if (i == 17) assertThat(failures.get(i)).as("the refused message").isInstanceOf(TargetException.class);
            else assertThat(failures.get(i)).as("message %d", i).isNull();
        }
        List<Message> msgs = drain(q);
        assertThat(msgs).hasSize(24);
        assertThat(msgs.stream()
                        .map(m -> m.messageAttributes().get("terra-trace-id").stringValue())
                        .distinct()
                        .count())
                .isEqualTo(24);
        Message wrapped = msgs.stream()
                .filter(m -> m.messageAttributes()
                        .get("terra-trace-id")
                        .stringValue()
                        .equals(batch.get(3).traceId()))
                .findFirst()
                .orElseThrow();
        assertThat(JSON.readTree(wrapped.body()).get("type").asString()).isEqualTo("s3_payload");
    }

    @Test
    void largeEventsBecomeS3PayloadWrappersWithAWorkingLink() throws Exception {
        String q = queue(false);
        TargetEvent big = TestEvents.activity(
                UUID.randomUUID().toString(), "2026-11-24T08:00:00.000000+00:00", Instant.now(), 300_000);
        try (S3ProxyServer s3 = new S3ProxyServer()) {
            s3.createBucket("overflow");
            ObjectNode c = config(q);
            c.put("s3_bucket", "overflow");
            c.put("s3_access_key_id", S3ProxyServer.ACCESS_KEY);
            c.put("s3_secret_access_key", S3ProxyServer.SECRET_KEY);
            c.put("s3_endpoint", s3.endpoint().toString());
            SqsConfig cfg = SqsConfig.parse(c);
            try (SqsTarget t = new SqsTarget(
                    cfg,
                    S3Overflow.forBucket(cfg.overflowBucket(), null, java.time.Clock.systemUTC()),
                    Duration.ofSeconds(600))) {
                t.write(big);
            }
            List<Message> msgs = drain(q);
            assertThat(msgs).hasSize(1);
            JsonNode w = JSON.readTree(msgs.get(0).body());
            assertThat(w.get("type").asString()).isEqualTo("s3_payload");
            assertThat(w.get("status").asString()).isEqualTo("success");
            assertThat(w.get("expires_in").asInt()).isEqualTo(600);
            assertThat(msgs.get(0).messageAttributes().get("terra-trace-id").stringValue())
                    .isEqualTo(big.traceId());
            HttpResponse<byte[]> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(w.get("url").asString()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(big.payload());
        }
    }

    @Test
    void missingQueueFailsThePingAndInvalidConfigIsRejected() {
        String missing = "http://127.0.0.1:" + port + "/000000000000/no-such-queue";
        try (SqsTarget t =
                new SqsTarget(SqsConfig.parse(config(missing)), (ev, ttl) -> "unused", Duration.ofSeconds(600))) {
            assertThatThrownBy(t::ping).isInstanceOf(TargetException.class);
        }
        assertThatThrownBy(() -> SqsConfig.parse(JSON.createObjectNode().put("queue_url", "ftp://x")))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("`queue_url`")
                .hasMessageContaining("`access_key_id`");
    }
}
