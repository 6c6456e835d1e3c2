package io.tributary.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.delivery.writer.TestCerts;
import io.tributary.server.support.Problems;
import io.tributary.server.support.TestHttp;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.test.JaasUtils;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kafka destination's optional security fields against in-process KRaft brokers: a {@code SASL_PLAINTEXT}
 * listener with the PLAIN mechanism, JAAS users {@code plain-admin} (super user) and {@code plain-user1} (no ACLs,
 * {@code allow.everyone.if.no.acl.found=false}), and a TLS ({@code SSL}) listener with a self-signed certificate.
 * Wrong password, missing ACLs, missing topic and an untrusted certificate are refused by the ping with a 400
 * saying what is wrong; the right configuration delivers every event.
 */
class KafkaSecurityIT extends DeliveryTestSupport {
    static KafkaClusterTestKit sasl;
    static final String TOPIC = "terra-secure";

    @BeforeAll
    static void startSaslBroker() throws Exception {
        sasl = io.tributary.server.delivery.kafka.KafkaTestBroker.start(
                SecurityProtocol.SASL_PLAINTEXT, Map.of("auto.create.topics.enable", false));
        try (Admin admin = sasl.admin()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stopSaslBroker() throws Exception {
        if (sasl != null) sasl.close();
    }

    static String saslBody(String topic, String user, String password) {
        return "{\"type\":\"kafka\",\"bootstrap_servers\":\"" + sasl.bootstrapServers() + "\",\"topic\":\"" + topic
                + "\",\"sasl_mechanism\":\"PLAIN\",\"username\":\"" + user + "\",\"password\":\"" + password
                + "\",\"healthcheck_enabled\":false,\"retry_schedule\":[1,1,1,1,1,1,1,1,1,1]}";
    }

    @Test
    void aWrongSaslPasswordIsRefusedByThePingAndSaysSo() {
        Env e = newEnv();
        TestHttp.Response r = e.api()
                .post("/v2/dashboard/destinations", saslBody(TOPIC, JaasUtils.KAFKA_PLAIN_ADMIN, "not-the-password"));
        String detail = Problems.assertProblem(r, 400).get("detail").asString();
        assertThat(detail)
                .contains("rejected the credentials")
                .contains("SASL PLAIN, user " + JaasUtils.KAFKA_PLAIN_ADMIN)
                .doesNotContain("not-the-password");
    }

    @Test
    void aUserWithoutAclsIsRefusedAsAccessDenied() {
        Env e = newEnv();
        TestHttp.Response r = e.api()
                .post(
                        "/v2/dashboard/destinations",
                        saslBody(TOPIC, JaasUtils.KAFKA_PLAIN_USER1, JaasUtils.KAFKA_PLAIN_USER1_PASSWORD));
        assertThat(Problems.assertProblem(r, 400).get("detail").asString())
                .contains("access denied")
                .contains("WRITE and DESCRIBE on topic " + TOPIC);
    }

    @Test
    void aMissingTopicIsNamedAsSuch() {
        Env e = newEnv();
        TestHttp.Response r = e.api()
                .post(
                        "/v2/dashboard/destinations",
                        saslBody("no-such-topic", JaasUtils.KAFKA_PLAIN_ADMIN, JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD));
        assertThat(Problems.assertProblem(r, 400).get("detail").asString())
                .contains("topic no-such-topic does not exist");
    }

    @Test
    void theRightSaslCredentialsDeliverEveryEvent() throws Exception {
        Env e = newEnv();
        TestHttp.Response r = e.api()
                .post(
                        "/v2/dashboard/destinations",
                        saslBody(TOPIC, JaasUtils.KAFKA_PLAIN_ADMIN, JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("password").asString()).isEqualTo("********");
        String id = r.json().get("id").asString();
        UUID user = UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) ids.add(emit(e, user, "sleep", i));
        Map<String, Object> consumer = new HashMap<>();
        consumer.put("bootstrap.servers", sasl.bootstrapServers());
        consumer.put("security.protocol", "SASL_PLAINTEXT");
        consumer.put("sasl.mechanism", "PLAIN");
        consumer.put(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                        + JaasUtils.KAFKA_PLAIN_ADMIN + "\" password=\"" + JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD
                        + "\";");
        try {
            assertThat(consumeEventIds(consumer, TOPIC, user, 3)).containsAll(ids);
        } finally {
            e.api().delete("/v2/dashboard/destinations/" + id);
        }
    }

    /** The event ids of {@code user}'s records, each checked to keep one trace id across repeats. */
    static List<String> consumeEventIds(Map<String, Object> props, String topic, UUID user, int expected) {
        Map<String, Object> p = new HashMap<>(props);
        p.put("group.id", "g-" + UUID.randomUUID());
        p.put("auto.offset.reset", "earliest");
        Map<String, String> traceByEvent = new HashMap<>();
        try (KafkaConsumer<String, String> c =
                new KafkaConsumer<>(p, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 90_000;
            while (traceByEvent.size() < expected && System.currentTimeMillis() < deadline)
                for (var r : c.poll(Duration.ofMillis(500))) {
                    if (!user.toString().equals(r.key())) continue;
                    String ev =
                            new String(r.headers().lastHeader("terra-event-id").value());
                    String trace =
                            new String(r.headers().lastHeader("terra-trace-id").value());
                    assertThat(traceByEvent.putIfAbsent(ev, trace)).isIn(null, trace);
                }
        }
        return new ArrayList<>(traceByEvent.keySet());
    }

    @Test
    void tlsWithThePrivateCaDeliversAndWithoutItTheHandshakeFailureIsNamed() throws Exception {
        TestCerts certs = TestCerts.create(Files.createTempDirectory("kafka-tls"));
        // the test kit only builds PLAINTEXT/SASL_PLAINTEXT listeners, but keeps a protocol map given here: the
        // broker listener (EXTERNAL) becomes TLS, the controller listener stays plaintext
        KafkaClusterTestKit tls = io.tributary.server.delivery.kafka.KafkaTestBroker.start(
                null,
                Map.of(
                        "listener.security.protocol.map",
                        "EXTERNAL:SSL,CONTROLLER:PLAINTEXT",
                        "ssl.keystore.type",
                        "PKCS12",
                        "ssl.keystore.location",
                        certs.keyStore().toString(),
                        "ssl.keystore.password",
                        certs.password(),
                        "ssl.key.password",
                        certs.password(),
                        "ssl.truststore.type",
                        "PEM",
                        "ssl.truststore.certificates",
                        certs.certificate()));
        String id = null;
        Env e = newEnv();
        try {
            String base = "{\"type\":\"kafka\",\"bootstrap_servers\":\"" + tls.bootstrapServers()
                    + "\",\"topic\":\"terra-tls\",\"tls\":true,\"healthcheck_enabled\":false";
            // the broker's certificate is self-signed: without its CA the handshake fails, and the ping says why
            TestHttp.Response refused = e.api().post("/v2/dashboard/destinations", base + "}");
            assertThat(Problems.assertProblem(refused, 400).get("detail").asString())
                    .contains("TLS handshake failed")
                    .contains("tls_ca_cert");
            // a plaintext client against the TLS listener gets no answer it understands
            TestHttp.Response plaintext =
                    e.api().post("/v2/dashboard/destinations", base.replace("\"tls\":true", "\"tls\":false") + "}");
            Problems.assertProblem(plaintext, 400);

            TestHttp.Response ok = e.api()
                    .post(
                            "/v2/dashboard/destinations",
                            base + ",\"tls_ca_cert\":"
                                    + tools.jackson.databind.json.JsonMapper.builder()
                                            .build()
                                            .writeValueAsString(certs.certificate())
                                    + "}");
            assertThat(ok.status()).as(ok.toString()).isEqualTo(201);
            id = ok.json().get("id").asString();
            UUID user = UUID.randomUUID();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) ids.add(emit(e, user, "sleep", i));
            Map<String, Object> consumer = new HashMap<>();
            consumer.put("bootstrap.servers", tls.bootstrapServers());
            consumer.put("security.protocol", "SSL");
            consumer.put("ssl.truststore.type", "PEM");
            consumer.put("ssl.truststore.certificates", certs.certificate());
            assertThat(consumeEventIds(consumer, "terra-tls", user, 3)).containsAll(ids);
        } finally {
            if (id != null) e.api().delete("/v2/dashboard/destinations/" + id);
            tls.close();
        }
    }
}
