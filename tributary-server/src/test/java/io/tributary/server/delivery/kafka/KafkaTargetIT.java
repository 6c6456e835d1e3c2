package io.tributary.server.delivery.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.server.delivery.writer.TargetEvent;
import io.tributary.server.delivery.writer.TargetException;
import io.tributary.server.delivery.writer.TestEvents;
import io.tributary.server.shared.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The Kafka destination against a KRaft broker running in-process (Kafka's own test kit). */
public class KafkaTargetIT {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static KafkaClusterTestKit cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = startCluster();
    }

    public static KafkaClusterTestKit startCluster() throws Exception {
        return KafkaTestBroker.start(
                null,
                Map.of("transaction.state.log.replication.factor", (short) 1, "transaction.state.log.min.isr", 1));
    }

    @AfterAll
    static void stop() throws Exception {
        cluster.close();
    }

    static ObjectNode config(String topic) {
        ObjectNode c = JSON.createObjectNode();
        c.put("bootstrap_servers", cluster.bootstrapServers());
        c.put("topic", topic);
        c.put("max_message_bytes", 4096);
        return c;
    }

    static List<ConsumerRecord<String, byte[]>> consume(String topic, int expected) {
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        cluster.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "g-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (out.size() < expected && System.currentTimeMillis() < deadline)
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
        }
        return out;
    }

    static String header(ConsumerRecord<String, byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Test
    void producesKeyedRecordsWithTraceHeadersAndWrapsLargePayloads() {
        String topic = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String user = UUID.randomUUID().toString();
        TargetEvent small = TestEvents.activity(user, "2026-11-24T08:00:00.000000+00:00", Instant.now(), 0);
        TargetEvent big = TestEvents.activity(user, "2026-11-23T08:00:00.000000+00:00", Instant.now(), 10_000);
        KafkaConfig cfg = KafkaConfig.parse(config(topic));
        try (KafkaTarget t = new KafkaTarget(
                "d1",
                cfg,
                (e, ttl) -> "https://tributary.example/v2/payloads/" + e.eventId(),
                Duration.ofSeconds(600))) {
            t.ping();
            t.write(small);
            t.write(big);
        }
        List<ConsumerRecord<String, byte[]>> got = consume(topic, 2);
        assertThat(got).hasSize(2);
        assertThat(got.get(0).key()).isEqualTo(user);
        assertThat(got.get(0).value()).isEqualTo(small.payload());
        assertThat(header(got.get(0), "terra-trace-id")).isEqualTo(small.traceId());
        assertThat(header(got.get(0), "terra-event-type")).isEqualTo("activity");
        assertThat(header(got.get(0), "terra-reference")).isEqualTo("req-1");
        assertThat(header(got.get(0), "terra-ordering-timestamp")).isNotNull();
        JsonNode w = JSON.readTree(got.get(1).value());
        assertThat(w.get("type").asString()).isEqualTo("s3_payload");
        assertThat(w.get("url").asString()).isEqualTo("https://tributary.example/v2/payloads/" + big.eventId());
        assertThat(w.get("expires_in").asInt()).isEqualTo(600);
        assertThat(header(got.get(1), "terra-trace-id")).isEqualTo(big.traceId());
    }

    /**
     * A batch goes out in one flush, yet a record the broker refuses (larger than the topic's {@code
     * max.message.bytes}) fails alone: the others are acknowledged and consumed, in order per user.
     */
    @Test
    void aBatchIsAcknowledgedPerRecordAndARejectedRecordFailsAlone() throws Exception {
        String topic = "t-" + UUID.randomUUID().toString().substring(0, 8);
        try (org.apache.kafka.clients.admin.Admin admin =
                org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(topic, 1, (short) 1)
                            .configs(Map.of("max.message.bytes", "4096"))))
                    .all()
                    .get();
        }
        ObjectNode c = config(topic);
        c.put("max_message_bytes", 1024 * 1024); // no s3_payload wrapper: the broker sees the large record
        List<TargetEvent> batch = new ArrayList<>();
        for (int i = 0; i < 12; i++)
            batch.add(TestEvents.activity(
                    "u" + (i % 4), "2026-11-%02dT08:00:00.000000+00:00".formatted(1 + i), Instant.now(), 0));
        batch.add(5, TestEvents.activity("u9", "2026-11-20T08:00:00.000000+00:00", Instant.now(), 20_000));
        List<RuntimeException> failures;
        try (KafkaTarget t = new KafkaTarget(
                "d2", KafkaConfig.parse(c), (e, ttl) -> "https://x/" + e.eventId(), Duration.ofSeconds(600))) {
            t.ping();
            failures = t.writeBatch(batch);
            // a repeated batch (redelivery) is acknowledged again, with the same trace ids
            assertThat(t.writeBatch(batch.subList(0, 3))).containsOnlyNulls();
        }
        assertThat(failures).hasSize(13);
        for (int i = 0; i < 13; i++) {
            if (i == 5) assertThat(failures.get(i)).as("the oversized record").isInstanceOf(TargetException.class);
            else assertThat(failures.get(i)).as("record %d", i).isNull();
        }
        List<ConsumerRecord<String, byte[]>> got = consume(topic, 15);
        assertThat(got).hasSize(15);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 13; i++) if (i != 5) expected.add(batch.get(i).traceId());
        for (int i = 0; i < 3; i++) expected.add(batch.get(i).traceId());
        assertThat(got.stream().map(r -> header(r, "terra-trace-id")).toList()).isEqualTo(expected);
    }

    @Test
    void unreachableBrokerFailsWithinTheBlockTimeout() {
        ObjectNode c = config("t");
        c.put("bootstrap_servers", "127.0.0.1:1");
        long t0 = System.nanoTime();
        try (KafkaTarget t = new KafkaTarget("d2", KafkaConfig.parse(c), (e, ttl) -> "x", Duration.ofSeconds(600))) {
            assertThatThrownBy(t::ping).isInstanceOf(TargetException.class);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(25));
    }

    @Test
    void validation() {
        ObjectNode c = JSON.createObjectNode();
        c.put("bootstrap_servers", "no port");
        c.put("sasl_mechanism", "SCRAM-SHA-256");
        assertThatThrownBy(() -> KafkaConfig.parse(c))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("`bootstrap_servers`")
                .hasMessageContaining("`topic`")
                .hasMessageContaining("`username`")
                .hasMessageContaining("`password`");
    }
}
