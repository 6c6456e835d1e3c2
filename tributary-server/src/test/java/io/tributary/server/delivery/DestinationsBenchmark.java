package io.tributary.server.delivery;

import io.tributary.server.delivery.kafka.KafkaConfig;
import io.tributary.server.delivery.kafka.KafkaTarget;
import io.tributary.server.delivery.s3.S3ProxyServer;
import io.tributary.server.delivery.s3.S3Sender;
import io.tributary.server.delivery.sql.SqlSender;
import io.tributary.server.delivery.sqs.SqsConfig;
import io.tributary.server.delivery.sqs.SqsTarget;
import io.tributary.server.delivery.writer.Target;
import io.tributary.server.delivery.writer.TargetEvent;
import io.tributary.server.delivery.writer.TestEvents;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events/s into each destination: our writer (the code the delivery engine calls, at the engine's default
 * per-destination concurrency of 16) beside the same server driven by its client library alone (the ceiling),
 * on the same in-process servers. Not part of the build; run with
 * {@code ./mvnw -B -q -pl tributary-server -am verify -Dtest=none -Dit.test=DestinationsBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dspotless.check.skip=true}
 * ({@code -Dbench.events=N} to change the count). Prints a Markdown table.
 */
class DestinationsBenchmark {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final int N = Integer.getInteger("bench.events", 3000);
    static final int THREADS = 16;
    final List<String> rows = new ArrayList<>();

    static List<TargetEvent> events() {
        List<TargetEvent> out = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            String user = new UUID(0, i % Integer.getInteger("bench.users", 50)).toString();
            out.add(TestEvents.activity(
                    user, "2026-11-%02dT08:00:00.000000+00:00".formatted(1 + i % 28), Instant.now(), 1500));
        }
        return out;
    }

    /** Runs {@code write} over every event from {@link #THREADS} threads; events per second. */
    static double run(List<TargetEvent> events, Consumer<TargetEvent> write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int k = 0; k < THREADS; k++)
            fs.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < events.size()) write.accept(events.get(i));
            }));
        for (Future<?> f : fs) f.get();
        double secs = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        return events.size() / secs;
    }

    void row(String target, String ceilingHow, double ours, double ceiling) {
        rows.add("| %s | %,.0f | %,.0f | %s | %.0f %% |"
                .formatted(target, ours, ceiling, ceilingHow, 100 * ours / ceiling));
    }

    @Test
    void benchmark() throws Exception {
        String only = System.getProperty("bench.only", "sql,s3,kafka,sqs");
        if (only.contains("sql")) sql();
        if (only.contains("s3")) s3();
        if (only.contains("kafka")) kafka();
        if (only.contains("sqs")) sqs();
        System.out.println("\n## Destinations (" + N + " events of ~2 KiB, " + THREADS + " writer threads)\n");
        System.out.println("| destination | ours (events/s) | client alone (events/s) | ceiling measured as | ratio |");
        System.out.println("|---|---:|---:|---|---:|");
        rows.forEach(System.out::println);
    }

    void sql() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            ObjectNode c = JSON.createObjectNode();
            c.put("host", "127.0.0.1");
            c.put("port", pg.getPort());
            c.put("database", "postgres");
            c.put("user", "postgres");
            c.put("pool_size", THREADS);
            SqlSender.Postgres s = new SqlSender.Postgres(java.time.Clock.systemUTC());
            List<TargetEvent> warm = events().subList(0, 500);
            Target t = s.open("bench", s.parse(c));
            run(warm, t::write);
            // ceiling: the same INSERT … ON CONFLICT DO NOTHING of the same rows, one connection per thread, plain JDBC
            try (Connection a = pg.getPostgresDatabase().getConnection();
                    Statement st = a.createStatement()) {
                st.execute(
                        "CREATE TABLE raw_payloads (user_id VARCHAR(36) NOT NULL, data_type TEXT NOT NULL, created_at TEXT NOT NULL,"
                                + " payload_id VARCHAR(128) NOT NULL UNIQUE, start_time TEXT, end_time TEXT, payload JSONB NOT NULL)");
            }
            ThreadLocal<Connection> conns = ThreadLocal.withInitial(() -> {
                try {
                    return pg.getPostgresDatabase().getConnection();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Consumer<TargetEvent> raw = e -> {
                try (PreparedStatement ps = conns.get()
                        .prepareStatement("INSERT INTO raw_payloads VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb))"
                                + " ON CONFLICT (payload_id) DO NOTHING")) {
                    ps.setString(1, e.userId());
                    ps.setString(2, e.type());
                    ps.setString(3, Instant.now().toString());
                    ps.setString(4, e.traceId());
                    ps.setString(5, "2026-11-01T08:00:00.000000+00:00");
                    ps.setString(6, "2026-11-01T09:00:00.000000+00:00");
                    ps.setString(7, e.payloadString());
                    ps.executeUpdate();
                } catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            };
            run(warm, raw);
            double ceiling = run(events(), raw);
            double ours = run(events(), t::write);
            ceiling = Math.max(ceiling, run(events(), raw));
            ours = Math.max(ours, run(events(), t::write));
            t.close();
            row("postgres (embedded PG 18)", "JDBC INSERT … ON CONFLICT, autocommit", ours, ceiling);
        }
    }

    void s3() throws Exception {
        try (S3ProxyServer server = new S3ProxyServer()) {
            server.createBucket("bench");
            ObjectNode c = JSON.createObjectNode();
            c.put("bucket", "bench");
            c.put("access_key_id", S3ProxyServer.ACCESS_KEY);
            c.put("secret_access_key", S3ProxyServer.SECRET_KEY);
            c.put("endpoint", server.endpoint().toString());
            S3Sender s = new S3Sender(java.time.Clock.systemUTC());
            double ours;
            try (Target t = s.open("bench", s.parse(c))) {
                run(events().subList(0, 200), t::write);
                ours = run(events(), t::write);
            }
            double ceiling;
            try (S3Client raw = server.client()) {
                Consumer<TargetEvent> put = e -> raw.putObject(
                        r -> r.bucket("bench").key("raw/" + e.traceId() + ".json"), RequestBody.fromBytes(e.payload()));
                run(events().subList(0, 200), put);
                ceiling = run(events(), put);
            }
            row("s3 (S3Proxy, filesystem)", "S3Client.putObject", ours, ceiling);
        }
    }

    void kafka() throws Exception {
        KafkaClusterTestKit cluster = io.tributary.server.delivery.kafka.KafkaTargetIT.startCluster();
        try {
            ObjectNode c = JSON.createObjectNode();
            c.put("bootstrap_servers", cluster.bootstrapServers());
            c.put("topic", "bench-ours");
            double ours;
            try (KafkaTarget t =
                    new KafkaTarget("bench", KafkaConfig.parse(c), (e, ttl) -> "x", Duration.ofSeconds(600))) {
                run(events().subList(0, 200), t::write);
                ours = run(events(), t::write);
            }
            double ceiling;
            try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                            ProducerConfig.ACKS_CONFIG, "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true",
                            ProducerConfig.LINGER_MS_CONFIG, "2"),
                    new StringSerializer(),
                    new ByteArraySerializer())) {
                Consumer<TargetEvent> send = e -> {
                    try {
                        p.send(new ProducerRecord<>("bench-raw", e.userId(), e.payload()))
                                .get();
                    } catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                };
                run(events().subList(0, 200), send);
                ceiling = run(events(), send);
            }
            row("kafka (KRaft 4.3.1 in-process)", "KafkaProducer.send().get(), acks=all, idempotent", ours, ceiling);
        } finally {
            cluster.close();
        }
    }

    void sqs() throws Exception {
        SQSRestServer server =
                SQSRestServerBuilder.withPort(0).withInterface("127.0.0.1").start();
        int port = server.waitUntilStarted().localAddress().getPort();
        try (SqsClient raw = SqsClient.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://127.0.0.1:" + port))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .build()) {
            String q = raw.createQueue(r -> r.queueName("bench")).queueUrl();
            ObjectNode c = JSON.createObjectNode();
            c.put("queue_url", q);
            c.put("access_key_id", "x");
            c.put("secret_access_key", "x");
            double ours;
            try (SqsTarget t = new SqsTarget(SqsConfig.parse(c), (e, ttl) -> "x", Duration.ofSeconds(600))) {
                run(events().subList(0, 200), t::write);
                ours = run(events(), t::write);
            }
            Consumer<TargetEvent> send = e -> raw.sendMessage(r -> r.queueUrl(q).messageBody(e.payloadString()));
            run(events().subList(0, 200), send);
            double ceiling = run(events(), send);
            row("sqs (ElasticMQ 1.7.1)", "SqsClient.sendMessage", ours, ceiling);
        } finally {
            server.stopAndWait();
        }
    }
}
