package io.tributary.server.delivery.kafka;

import io.tributary.server.delivery.writer.PayloadLinks;
import io.tributary.server.delivery.writer.PayloadOverflow;
import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetEvent;
import io.tributary.server.delivery.writer.TargetException;
import io.tributary.server.shared.Timestamps;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Produces each event to the topic with an idempotent producer ({@code enable.idempotence=true}, {@code
 * acks=all}): key = user id (per-user order within a partition), headers {@code terra-trace-id}, {@code
 * terra-reference}, {@code terra-event-type}, {@code terra-event-id}, {@code terra-ordering-timestamp}; value =
 * the event JSON, or an {@code s3_payload} wrapper when it is larger than {@code max_message_bytes}. A write
 * returns once the broker acknowledged it. A redelivery may repeat a record, always with the same trace id.
 */
public final class KafkaTarget implements Target {
    private final KafkaConfig cfg;
    private final KafkaProducer<String, byte[]> producer;
    private final PayloadOverflow overflow;
    private final Duration linkTtl;

    public KafkaTarget(String destinationId, KafkaConfig cfg, PayloadOverflow overflow, Duration linkTtl) {
        this.cfg = cfg;
        this.overflow = overflow;
        this.linkTtl = linkTtl;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cfg.bootstrapServers());
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "tributary-" + destinationId);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "2");
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "25000");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "2000");
        p.put(
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                String.valueOf(Math.max(cfg.maxMessageBytes() + 64 * 1024, 1024 * 1024)));
        String protocol = cfg.saslMechanism() == null
                ? (cfg.tls() ? "SSL" : "PLAINTEXT")
                : (cfg.tls() ? "SASL_SSL" : "SASL_PLAINTEXT");
        p.put("security.protocol", protocol);
        if (cfg.saslMechanism() != null) {
            p.put("sasl.mechanism", cfg.saslMechanism());
            String module = cfg.saslMechanism().equals("PLAIN")
                    ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                    : "org.apache.kafka.common.security.scram.ScramLoginModule";
            p.put(
                    "sasl.jaas.config",
                    module + " required username=\"" + jaas(cfg.username()) + "\" password=\"" + jaas(cfg.password())
                            + "\";");
        }
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    private static String jaas(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public void ping() {
        try {
            producer.partitionsFor(cfg.topic());
        } catch (RuntimeException e) {
            throw new TargetException(
                    "cannot reach Kafka topic " + cfg.topic() + " at " + cfg.bootstrapServers() + ": "
                            + TargetException.describe(e),
                    e);
        }
    }

    @Override
    public void write(TargetEvent e) {
        byte[] value = e.payload().length <= cfg.maxMessageBytes()
                ? e.payload()
                : PayloadLinks.wrapper(overflow.link(e, linkTtl), linkTtl);
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(cfg.topic(), e.userId(), value);
        header(r, "terra-trace-id", e.traceId());
        header(r, "terra-event-id", e.eventId());
        header(r, "terra-event-type", e.type());
        header(r, "terra-reference", e.reference());
        if (e.orderingTs() != null) header(r, "terra-ordering-timestamp", Timestamps.iso(e.orderingTs()));
        try {
            producer.send(r).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException ex) {
            Throwable c = ex.getCause() == null ? ex : ex.getCause();
            throw new TargetException(
                    "Kafka produce to " + cfg.topic() + " failed: " + TargetException.describe(c),
                    c instanceof RetriableException || c instanceof org.apache.kafka.common.errors.TimeoutException,
                    c);
        } catch (TimeoutException ex) {
            throw new TargetException("Kafka produce to " + cfg.topic() + " timed out after 30 s", ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new TargetException("interrupted", ex);
        } catch (RuntimeException ex) {
            throw new TargetException(
                    "Kafka produce to " + cfg.topic() + " failed: " + TargetException.describe(ex), ex);
        }
    }

    private static void header(ProducerRecord<String, byte[]> r, String name, String value) {
        if (value != null) r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
        overflow.close();
    }
}
