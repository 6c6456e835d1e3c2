package io.tributary.server.delivery.kafka;

import io.tributary.server.delivery.s3.S3Config;
import io.tributary.server.delivery.writer.ConfigFields;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Kafka topic.
 *
 * @param saslMechanism null (no SASL), {@code PLAIN}, {@code SCRAM-SHA-256} or {@code SCRAM-SHA-512}
 * @param tls connect with TLS ({@code SSL} / {@code SASL_SSL})
 * @param tlsCaCert optional PEM certificate(s) to trust instead of the JVM's default CAs (a private CA)
 * @param maxMessageBytes larger payloads are sent as {@code s3_payload} wrappers (default 1 MiB)
 */
public record KafkaConfig(
        String bootstrapServers,
        String topic,
        String saslMechanism,
        String username,
        String password,
        boolean tls,
        String tlsCaCert,
        int maxMessageBytes,
        S3Config overflowBucket) {

    public static final int DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public String toString() {
        return "KafkaConfig[" + bootstrapServers + " " + topic + "]";
    }

    public static KafkaConfig parse(JsonNode cfg) {
        ConfigFields f = new ConfigFields(cfg, "kafka");
        String servers = f.required("bootstrap_servers");
        if (servers != null
                && !servers.matches("[A-Za-z0-9._\\-\\[\\]:]+:\\d{1,5}(\\s*,\\s*[A-Za-z0-9._\\-\\[\\]:]+:\\d{1,5})*"))
            f.problem("`bootstrap_servers` must be host:port[,host:port…]");
        String topic = f.required("topic");
        if (topic != null && !topic.matches("[A-Za-z0-9._-]{1,249}"))
            f.problem("`topic` must be a Kafka topic name (letters, digits, '.', '_', '-')");
        String mech = f.oneOf("sasl_mechanism", null, Set.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"));
        String user = mech == null ? f.optional("username", null) : f.required("username");
        String password = mech == null ? f.optional("password", null) : f.required("password");
        boolean tls = f.bool("tls", false);
        String ca = f.optional("tls_ca_cert", null);
        if (ca != null && !ca.contains("-----BEGIN CERTIFICATE-----"))
            f.problem("`tls_ca_cert` must be PEM text (-----BEGIN CERTIFICATE----- …)");
        if (ca != null && !tls) f.problem("`tls_ca_cert` needs `tls`: true");
        int max = f.integer("max_message_bytes", DEFAULT_MAX_MESSAGE_BYTES, 1024, 64 * 1024 * 1024);
        S3Config overflow = cfg != null && cfg.hasNonNull("s3_bucket") ? S3Config.read(f, "s3_") : null;
        f.done();
        return new KafkaConfig(servers.replaceAll("\\s", ""), topic, mech, user, password, tls, ca, max, overflow);
    }

    public ObjectNode toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("bootstrap_servers", bootstrapServers);
        n.put("topic", topic);
        if (saslMechanism != null) n.put("sasl_mechanism", saslMechanism);
        if (username != null) n.put("username", username);
        if (password != null) n.put("password", password);
        n.put("tls", tls);
        if (tlsCaCert != null) n.put("tls_ca_cert", tlsCaCert);
        n.put("max_message_bytes", maxMessageBytes);
        if (overflowBucket != null) overflowBucket.writeInto(n, "s3_");
        return n;
    }
}
