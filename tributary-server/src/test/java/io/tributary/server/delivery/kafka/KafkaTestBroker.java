package io.tributary.server.delivery.kafka;

import java.util.Map;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/** The in-process KRaft broker the Kafka tests start: one combined broker/controller node, replication factor 1. */
public final class KafkaTestBroker {
    private KafkaTestBroker() {}

    /**
     * Built and formatted, not started (for a test that has something to do between {@code startup()} and {@code
     * waitForReadyBrokers()}).
     *
     * @param protocol the broker and controller listeners' protocol, or null for plaintext
     * @param config broker settings on top of the replication factor
     */
    public static KafkaClusterTestKit create(SecurityProtocol protocol, Map<String, Object> config) throws Exception {
        TestKitNodes.Builder nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1);
        if (protocol != null) nodes.setBrokerSecurityProtocol(protocol).setControllerSecurityProtocol(protocol);
        KafkaClusterTestKit.Builder b = new KafkaClusterTestKit.Builder(nodes.build())
                .setConfigProp("offsets.topic.replication.factor", (short) 1);
        config.forEach(b::setConfigProp);
        KafkaClusterTestKit c = b.build();
        c.format();
        return c;
    }

    /** {@link #create}, started and ready. */
    public static KafkaClusterTestKit start(SecurityProtocol protocol, Map<String, Object> config) throws Exception {
        KafkaClusterTestKit c = create(protocol, config);
        c.startup();
        c.waitForReadyBrokers();
        return c;
    }
}
