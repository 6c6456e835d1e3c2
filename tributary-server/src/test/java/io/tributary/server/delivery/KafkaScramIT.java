package io.tributary.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.support.Problems;
import io.tributary.server.support.TestHttp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.JaasUtils;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kafka destination with SASL/SCRAM-SHA-256 and SCRAM-SHA-512 against an in-process KRaft broker whose
 * client listener enables both SCRAM mechanisms besides PLAIN. The SCRAM credentials are created through the
 * Admin API ({@code alterUserScramCredentials}) for the test kit's super user, so authorisation is not what is
 * tested here (KafkaSecurityIT covers ACLs): the right password delivers, a wrong one is refused by the ping.
 */
class KafkaScramIT extends DeliveryTestSupport {
    static KafkaClusterTestKit broker;
    static final String TOPIC = "terra-scram";
    static final String USER = JaasUtils.KAFKA_PLAIN_ADMIN;
    static final String PASSWORD = "scram-secret-" + UUID.randomUUID();

    @BeforeAll
    static void startBroker() throws Exception {
        String scram = "org.apache.kafka.common.security.scram.ScramLoginModule required;";
        broker = io.tributary.server.delivery.kafka.KafkaTestBroker.start(
                SecurityProtocol.SASL_PLAINTEXT,
                Map.of(
                        "auto.create.topics.enable",
                        false,
                        "listener.name.external.sasl.enabled.mechanisms",
                        "PLAIN,SCRAM-SHA-256,SCRAM-SHA-512",
                        "listener.name.external.scram-sha-256.sasl.jaas.config",
                        scram,
                        "listener.name.external.scram-sha-512.sasl.jaas.config",
                        scram));
        try (Admin admin = broker.admin()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
            // one request per mechanism: the broker refuses two changes of one user in a single request
            for (ScramMechanism m : List.of(ScramMechanism.SCRAM_SHA_256, ScramMechanism.SCRAM_SHA_512))
                admin.alterUserScramCredentials(List.of(
                                new UserScramCredentialUpsertion(USER, new ScramCredentialInfo(m, 4096), PASSWORD)))
                        .all()
                        .get();
        }
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) broker.close();
    }

    static String body(String mechanism, String password) {
        return "{\"type\":\"kafka\",\"bootstrap_servers\":\"" + broker.bootstrapServers() + "\",\"topic\":\"" + TOPIC
                + "\",\"sasl_mechanism\":\"" + mechanism + "\",\"username\":\"" + USER + "\",\"password\":\""
                + password + "\",\"healthcheck_enabled\":false,\"retry_schedule\":[1,1,1,1,1,1,1,1,1,1]}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"SCRAM-SHA-256", "SCRAM-SHA-512"})
    void theRightScramPasswordDeliversEveryEvent(String mechanism) throws Exception {
        Env e = newEnv();
        TestHttp.Response r = e.api().post("/v2/dashboard/destinations", body(mechanism, PASSWORD));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String id = r.json().get("id").asString();
        UUID user = UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) ids.add(emit(e, user, "sleep", i));
        Map<String, Object> consumer = new HashMap<>();
        consumer.put("bootstrap.servers", broker.bootstrapServers());
        consumer.put("security.protocol", "SASL_PLAINTEXT");
        consumer.put("sasl.mechanism", mechanism);
        consumer.put(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + USER + "\" password=\""
                        + PASSWORD + "\";");
        try {
            assertThat(KafkaSecurityIT.consumeEventIds(consumer, TOPIC, user, 3))
                    .containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            e.api().delete("/v2/dashboard/destinations/" + id);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"SCRAM-SHA-256", "SCRAM-SHA-512"})
    void aWrongScramPasswordIsRefusedByThePingAndSaysSo(String mechanism) {
        Env e = newEnv();
        TestHttp.Response r = e.api().post("/v2/dashboard/destinations", body(mechanism, "not-the-password"));
        assertThat(Problems.assertProblem(r, 400).get("detail").asString())
                .contains("rejected the credentials")
                .contains("SASL " + mechanism + ", user " + USER)
                .doesNotContain("not-the-password");
    }

    /** The broker's PLAIN users still log in: a refused SCRAM password above is about SCRAM, not the broker. */
    @Test
    void plainStillWorksBesideScram() {
        Env e = newEnv();
        TestHttp.Response r =
                e.api().post("/v2/dashboard/destinations", body("PLAIN", JaasUtils.KAFKA_PLAIN_ADMIN_PASSWORD));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }
}
