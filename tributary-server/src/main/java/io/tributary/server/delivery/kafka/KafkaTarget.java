package io.tributary.server.delivery.kafka;

import io.tributary.server.delivery.writer.PayloadLinks;
import io.tributary.server.delivery.writer.PayloadOverflow;
import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetEvent;
import io.tributary.server.delivery.writer.TargetException;
import io.tributary.server.shared.Timestamps;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
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
    private final Properties security = new Properties();

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
        security.put("security.protocol", protocol);
        if (cfg.saslMechanism() != null) {
            security.put("sasl.mechanism", cfg.saslMechanism());
            String module = cfg.saslMechanism().equals("PLAIN")
                    ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                    : "org.apache.kafka.common.security.scram.ScramLoginModule";
            security.put(
                    "sasl.jaas.config",
                    module + " required username=\"" + jaas(cfg.username()) + "\" password=\"" + jaas(cfg.password())
                            + "\";");
        }
        if (cfg.tls() && cfg.tlsCaCert() != null) {
            // trust this CA (PEM) instead of the JVM's default trust store: self-hosted brokers with a private CA
            security.put("ssl.truststore.type", "PEM");
            security.put("ssl.truststore.certificates", cfg.tlsCaCert());
        }
        p.putAll(security);
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    private static String jaas(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public void ping() {
        try {
            producer.partitionsFor(cfg.topic());
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw diagnoseTimeout(e);
        } catch (RuntimeException e) {
            throw explain("cannot reach Kafka topic " + cfg.topic() + " at " + cfg.bootstrapServers(), e);
        }
    }

    /**
     * The producer's metadata wait times out both when the brokers are unreachable and when the topic does not
     * exist (and is not created automatically): ask an admin client which one it is.
     */
    private TargetException diagnoseTimeout(RuntimeException timeout) {
        Properties p = new Properties();
        p.putAll(security);
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cfg.bootstrapServers());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        try (Admin admin = Admin.create(p)) {
            admin.describeTopics(List.of(cfg.topic())).allTopicNames().get(8, TimeUnit.SECONDS);
        } catch (ExecutionException ex) {
            Throwable c = ex.getCause() == null ? ex : ex.getCause();
            if (c instanceof UnknownTopicOrPartitionException)
                return new TargetException(
                        "Kafka topic " + cfg.topic() + " does not exist at " + cfg.bootstrapServers()
                                + " (create it, or let the brokers create topics automatically)",
                        false,
                        c);
            if (!(c instanceof org.apache.kafka.common.errors.TimeoutException))
                return explain("cannot reach Kafka topic " + cfg.topic() + " at " + cfg.bootstrapServers(), c);
        } catch (TimeoutException ex) {
            // unreachable: fall through
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException ex) {
            return explain("cannot reach Kafka topic " + cfg.topic() + " at " + cfg.bootstrapServers(), ex);
        }
        return new TargetException(
                "cannot reach the Kafka brokers at " + cfg.bootstrapServers() + " (no answer for topic " + cfg.topic()
                        + "; check the address, the port and the " + security.getProperty("security.protocol")
                        + " listener): " + TargetException.describe(timeout),
                timeout);
    }

    /** A failure, with what it means when the broker told us the configuration is wrong (not retryable). */
    private TargetException explain(String what, Throwable c) {
        String detail = TargetException.describe(c);
        if (c instanceof org.apache.kafka.common.errors.SslAuthenticationException)
            return new TargetException(
                    what + ": the TLS handshake failed (is the broker's certificate issued by a CA this server trusts?"
                            + " set `tls_ca_cert` for a private CA; is the listener TLS at all?): " + detail,
                    false,
                    c);
        if (c instanceof AuthenticationException)
            return new TargetException(
                    what + ": the brokers rejected the credentials"
                            + (cfg.saslMechanism() == null
                                    ? ""
                                    : " (SASL " + cfg.saslMechanism() + ", user " + cfg.username() + ")")
                            + ": " + detail,
                    false,
                    c);
        if (c instanceof AuthorizationException)
            return new TargetException(
                    what + ": access denied"
                            + (cfg.username() == null ? "" : ", user " + cfg.username())
                            + " needs WRITE and DESCRIBE on topic " + cfg.topic() + ": " + detail,
                    false,
                    c);
        if (c instanceof UnknownTopicOrPartitionException)
            return new TargetException(what + ": topic " + cfg.topic() + " does not exist: " + detail, false, c);
        return new TargetException(what + ": " + detail, true, c);
    }

    @Override
    public void write(TargetEvent e) {
        RuntimeException failed = writeBatch(List.of(e)).get(0);
        if (failed != null) throw failed;
    }

    /**
     * Hands every record of the batch to the producer first (it packs them into a few produce requests), then
     * waits for each acknowledgement: one round of broker acks for the whole batch instead of one per event.
     * Each record has its own outcome.
     */
    @Override
    public List<RuntimeException> writeBatch(List<TargetEvent> events) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(events.size());
        RuntimeException[] out = new RuntimeException[events.size()];
        for (int i = 0; i < events.size(); i++) {
            try {
                sent.add(producer.send(record(events.get(i))));
            } catch (RuntimeException ex) { // payload link failed, serialisation, buffer full for max.block.ms
                sent.add(null);
                out[i] =
                        ex instanceof TargetException ? ex : explain("Kafka produce to " + cfg.topic() + " failed", ex);
            }
        }
        long end = System.nanoTime() + 30_000_000_000L;
        for (int i = 0; i < events.size(); i++) {
            if (sent.get(i) == null) continue;
            out[i] = await(sent.get(i), Math.max(0, (end - System.nanoTime()) / 1_000_000));
        }
        return java.util.Arrays.asList(out);
    }

    private ProducerRecord<String, byte[]> record(TargetEvent e) {
        byte[] value = e.payload().length <= cfg.maxMessageBytes()
                ? e.payload()
                : PayloadLinks.wrapper(overflow.link(e, linkTtl), linkTtl);
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(cfg.topic(), e.userId(), value);
        header(r, "terra-trace-id", e.traceId());
        header(r, "terra-event-id", e.eventId());
        header(r, "terra-event-type", e.type());
        header(r, "terra-reference", e.reference());
        if (e.orderingTs() != null) header(r, "terra-ordering-timestamp", Timestamps.iso(e.orderingTs()));
        return r;
    }

    /** Waits for one acknowledgement; null once the broker has the record, else why not. */
    private TargetException await(Future<RecordMetadata> f, long timeoutMs) {
        try {
            f.get(timeoutMs, TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException ex) {
            Throwable c = ex.getCause() == null ? ex : ex.getCause();
            TargetException t = explain("Kafka produce to " + cfg.topic() + " failed", c);
            if (!t.retryable()) return t;
            return new TargetException(
                    t.getMessage(),
                    c instanceof RetriableException || c instanceof org.apache.kafka.common.errors.TimeoutException,
                    c);
        } catch (TimeoutException ex) {
            return new TargetException("Kafka produce to " + cfg.topic() + " timed out after 30 s", ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new TargetException("interrupted", ex);
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
