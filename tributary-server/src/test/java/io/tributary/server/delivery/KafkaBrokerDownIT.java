package io.tributary.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.delivery.writer.TcpProxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.junit.jupiter.api.Test;

/**
 * Kafka "broker down → retries → broker back": the in-process KRaft broker advertises a TCP proxy as its address,
 * so every client connection (bootstrap and partition leader) goes through it; cutting the proxy makes the broker
 * unreachable, restoring it lets the retries through. Every event ends up in the topic, any repeat with the same
 * trace id (Kafka may repeat a record; the idempotent producer avoids it within one producer session).
 */
class KafkaBrokerDownIT extends DeliveryTestSupport {

    @Test
    void kafkaSurvivesTheBrokerGoingDownAndEveryEventArrivesWithItsTraceId() throws Exception {
        try (TcpProxy proxy = TcpProxy.toBeTargeted()) {
            KafkaClusterTestKit cluster = io.tributary.server.delivery.kafka.KafkaTestBroker.create(
                    null, Map.of("advertised.listeners", "EXTERNAL://127.0.0.1:" + proxy.port()));
            cluster.startup();
            String bound = cluster.bootstrapServers().split(",")[0];
            proxy.target(Integer.parseInt(bound.substring(bound.lastIndexOf(':') + 1)));
            cluster.waitForReadyBrokers();
            String servers = "127.0.0.1:" + proxy.port();
            String topic = "terra-down";
            String id = null;
            Env e = newEnv();
            try {
                try (Admin admin = Admin.create(Map.of("bootstrap.servers", servers))) {
                    admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
                            .all()
                            .get();
                }
                var r = e.api()
                        .post(
                                "/v2/dashboard/destinations",
                                "{\"type\":\"kafka\",\"bootstrap_servers\":\"" + servers + "\",\"topic\":\"" + topic
                                        + "\",\"healthcheck_enabled\":false,\"retry_schedule\":[1,1,1,1,1,1,1,1,1,1]}");
                assertThat(r.status()).as(r.toString()).isEqualTo(201);
                id = r.json().get("id").asString();
                UUID user = UUID.randomUUID();
                List<String> ids = new ArrayList<>();
                ids.add(emit(e, user, "sleep", 0));
                sleep(3000);
                proxy.down();
                for (int i = 1; i <= 4; i++) ids.add(emit(e, user, "sleep", i));
                sleep(4000);
                proxy.up();
                assertThat(KafkaSecurityIT.consumeEventIds(Map.of("bootstrap.servers", servers), topic, user, 5))
                        .containsExactlyInAnyOrderElementsOf(ids);
            } finally {
                if (id != null) e.api().delete("/v2/dashboard/destinations/" + id);
                cluster.close();
            }
        }
    }
}
