package io.tributary.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.delivery.s3.S3ProxyServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Events/s through the whole pipeline of one server process (outbox → fan-out → claim → our writer → record),
 * beside the same target driven by its client library alone with the engine's per-destination concurrency
 * (16 threads, the ceiling). Events of 1000 users ({@code -Dbench.users}) are committed by 16 threads, 10 per transaction, as fast as they can; the rate is events
 * divided by the time from the first commit until the last event is in the target. Not part of the build:
 * {@code ./mvnw -B -q -pl tributary-server -am verify -Dtest=none -Dit.test=DestinationsPipelineBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false -Dspotless.check.skip=true}
 * ({@code -Dbench.events=N}, {@code -Dbench.only=sql,s3,kafka}). Prints a Markdown table.
 */
class DestinationsPipelineBenchmark extends DeliveryTestSupport {
    static final int N = Integer.getInteger("bench.events", 3000);
    static final int THREADS = 16;
    /** Writers and events per transaction, as in bench/delivery.sh: the writers must not be the bottleneck. */
    static final int WRITERS = 16, PER_TX = 10;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.transaction.PlatformTransactionManager txManager;

    org.springframework.transaction.support.TransactionTemplate tx;

    @org.junit.jupiter.api.BeforeEach
    void transactions() {
        tx = new org.springframework.transaction.support.TransactionTemplate(txManager);
    }

    static final int USERS = Integer.getInteger("bench.users", 1000);
    static final String NOTE = "x".repeat(1500);
    final List<String> rows = new ArrayList<>();
    final List<UUID> userIds = new ArrayList<>();

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    DeliveryEngine engine;

    @Test
    void benchmark() throws Exception {
        String only = System.getProperty("bench.only", "sql,s3,kafka");
        if (only.contains("sql")) postgres();
        if (only.contains("s3")) s3();
        if (only.contains("kafka")) kafka();
        System.out.println(
                "\n## Destinations through the pipeline (" + N + " events of ~2 KiB, " + USERS + " users)\n");
        System.out.println("| destination | pipeline (events/s) | client alone, 16 threads (events/s) | ratio |");
        System.out.println("|---|---:|---:|---:|");
        System.out.println("(each destination twice: 'drain' = N events already in the outbox when delivery starts,"
                + " 'live' = delivery running while 16 writers commit them)");
        rows.forEach(System.out::println);
        notes.forEach(System.out::println);
    }

    /**
     * Events/s into the target for both modes: {@code [drain, live]}. Drain: N events are committed while the
     * delivery engine is stopped, then it starts and the clock runs until all N landed (the delivery pipeline
     * alone). Live: the engine runs while 16 writers commit N events (ingest and delivery share the machine).
     */
    double[] pipelines(Env e, LongSupplier landed) throws Exception {
        return pipelines(e, landed, landed);
    }

    /**
     * As above, with a cheap {@code progress} polled every 20 ms (the destination's cursor in our database:
     * counting rows in the target that often would load the target server the ceiling does not pay for), and
     * {@code landed} (what is really in the target) checked once at the end of each mode.
     */
    double[] pipelines(Env e, LongSupplier progress, LongSupplier landed) throws Exception {
        // warm-up (not counted): a first live run, so the JIT has compiled the delivery path and the target's
        // client before either mode is timed, as it has for the ceiling, which runs last
        long pwarm = progress.getAsLong();
        pipeline(e, () -> progress.getAsLong() - pwarm);
        long base = landed.getAsLong(), pbase = progress.getAsLong();
        engine.stop();
        double drain;
        try {
            long w0 = System.nanoTime();
            write(e);
            String ingest = "ingest alone (16 writers, delivery stopped): %,.0f events/s"
                    .formatted(N / ((System.nanoTime() - w0) / 1e9));
            System.out.println(ingest);
            notes.add(ingest);
        } finally {
            engine.start();
        }
        System.out.println("DRAIN-START " + System.currentTimeMillis());
        drain = waitFor(e, () -> progress.getAsLong() - pbase, System.nanoTime(), "drain");
        System.out.println("DRAIN-END " + System.currentTimeMillis());
        assertThat(landed.getAsLong() - base)
                .as("in the target after the drain")
                .isEqualTo(N);
        long base2 = landed.getAsLong(), pbase2 = progress.getAsLong();
        double live = pipeline(e, () -> progress.getAsLong() - pbase2);
        assertThat(landed.getAsLong() - base2)
                .as("in the target after the live run")
                .isEqualTo(N);
        return new double[] {drain, live};
    }

    /** Events of the environment its bulk destination's cursor has passed (an index probe per event left). */
    LongSupplier passed(Env e) {
        // events written minus those still after the cursor, counting at most 1000 index entries per probe (exact
        // near the end, which is all the wait needs): a full count every 20 ms would load our database
        return () -> written.get()
                - jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM events x JOIN destination_cursors c"
                                + " ON c.environment_id = x.environment_id WHERE x.environment_id = ? AND NOT x.direct"
                                + " AND (x.tx, x.seq) > (c.tx, c.seq) LIMIT 1000) r")
                        .params(e.rec().id())
                        .query(Long.class)
                        .single();
    }

    /** Events appended by the writers (all committed by the time anyone compares against it). */
    final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();

    private void write(Env e) throws Exception {
        userIds.clear();
        for (int i = 0; i < USERS; i++) userIds.add(UUID.randomUUID());
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> fs = new ArrayList<>();
        for (int k = 0; k < WRITERS; k++)
            fs.add(writers.submit(() -> {
                while (next.get() < N) tx.executeWithoutResult(st -> writeBatch(e, next));
                return null;
            }));
        for (Future<?> f : fs) f.get();
        writers.shutdown();
    }

    private double waitFor(Env e, LongSupplier landed, long t0, String mode) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return waitFor(landed, t0, os.getProcessCpuTime(), mode);
    }

    /** Waits until {@code landed} reports N; returns events/s since {@code t0}, prints JVM CPU since {@code cpu0}. */
    private double waitFor(LongSupplier landed, long t0, long cpu0, String mode) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long deadline = System.currentTimeMillis() + 600_000;
        while (landed.getAsLong() < N) {
            if (System.currentTimeMillis() > deadline)
                throw new AssertionError("only " + landed.getAsLong() + " of " + N + " landed");
            Thread.sleep(20);
        }
        double rate = N / ((System.nanoTime() - t0) / 1e9);
        // CPU of this JVM (server, writers, in-process target) per event; the PostgreSQL processes are not in it
        String cpu = "%s: %,.0f events/s, JVM CPU per event %.2f ms"
                .formatted(mode, rate, (os.getProcessCpuTime() - cpu0) / 1e6 / N);
        System.out.println(cpu);
        notes.add(cpu);
        return rate;
    }

    /** Commits N events with delivery running and returns events/s until {@code landed} reports all N. */
    double pipeline(Env e, LongSupplier landed) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        System.out.println("LIVE-START " + System.currentTimeMillis());
        write(e);
        System.out.printf("committed %d events in %.1f s%n", N, (System.nanoTime() - t0) / 1e9);
        System.out.println("LIVE-COMMITTED " + System.currentTimeMillis());
        double rate = waitFor(landed, t0, cpu0, "live");
        System.out.println("LIVE-END " + System.currentTimeMillis());
        batchSizes(e);
        return rate;
    }

    /** How the engine grouped the deliveries: attempts record the batch each was written in. */
    private void batchSizes(Env e) {
        jdbc.sql(
                        "SELECT count(*), avg(b), max(b) FROM (SELECT coalesce(substring(a.response FROM 'batch of ([0-9]+)')::int, 1) AS b"
                                + " FROM attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE d.environment_id = ?) x")
                .param(e.rec().id())
                .query((rs, n) -> "attempts %d, batch a delivery was sent in: avg %.1f, max %d"
                        .formatted(rs.getLong(1), rs.getDouble(2), rs.getInt(3)))
                .list()
                .forEach(s -> {
                    System.out.println(s);
                    notes.add(s);
                });
    }

    final List<String> notes = new ArrayList<>();

    /** Up to {@link #PER_TX} events in the caller's transaction (ingest commits a batch of records at once). */
    private void writeBatch(Env e, AtomicInteger next) {
        for (int b = 0; b < PER_TX; b++) {
            int i = next.getAndIncrement();
            if (i >= N) return;
            UUID u = userIds.get(i % USERS);
            written.incrementAndGet();
            emit(
                    e,
                    u,
                    "activity",
                    UUID.randomUUID().toString(),
                    "{\"metadata\":{\"start_time\":\"" + "2026-11-%02dT08:00:00.000000+00:00".formatted(1 + i % 28)
                            + "\",\"summary_id\":\"s" + i + "\",\"name\":\"" + NOTE + "\"}}");
        }
    }

    static double clientAlone(IntConsumer write) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int k = 0; k < THREADS; k++)
            fs.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < N) write.accept(i);
            }));
        for (Future<?> f : fs) f.get();
        pool.shutdown();
        return N / ((System.nanoTime() - t0) / 1e9);
    }

    static byte[] payload(int i) {
        return ("{\"type\":\"activity\",\"data\":[{\"metadata\":{\"start_time\":\"2026-11-01T08:00:00.000000+00:00\",\"summary_id\":\"s"
                        + i
                        + "\",\"name\":\"" + NOTE + "\"}}],\"user\":{\"user_id\":\"" + new UUID(0, i % 50)
                        + "\",\"provider\":\"SANDBOX\"},\"version\":\"2022-03-16\"}")
                .getBytes();
    }

    void row(String name, double[] pipeline, double ceiling) {
        String[] modes = {"drain", "live"};
        for (int m = 0; m < 2; m++) {
            String r = "| %s, %s | %,.0f | %,.0f | %.0f %% |"
                    .formatted(name, modes[m], pipeline[m], ceiling, 100 * pipeline[m] / ceiling);
            System.out.println(r);
            rows.add(r);
        }
    }

    void postgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            Env e = newEnv("production");
            TestHttpCheck.created(
                    e.api()
                            .post(
                                    "/v2/dashboard/destinations",
                                    "{\"type\":\"postgres\",\"host\":\"127.0.0.1\",\"port\":" + pg.getPort()
                                            + ",\"database\":\"postgres\",\"user\":\"postgres\",\"pool_size\":16,\"healthcheck_enabled\":false}"));
            double[] ours = pipelines(e, passed(e), () -> {
                try (Connection c = pg.getPostgresDatabase().getConnection();
                        Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT count(*) FROM terra_data_payloads")) {
                    rs.next();
                    return rs.getLong(1);
                } catch (Exception ex) {
                    return 0;
                }
            });
            try (Connection a = pg.getPostgresDatabase().getConnection();
                    Statement st = a.createStatement()) {
                st.execute(
                        "CREATE TABLE raw_payloads (user_id VARCHAR(36) NOT NULL, data_type TEXT NOT NULL, created_at TEXT NOT NULL,"
                                + " payload_id VARCHAR(128) NOT NULL UNIQUE, start_time TEXT, end_time TEXT, payload JSONB NOT NULL)");
            }
            ThreadLocal<Connection> conns = ThreadLocal.withInitial(() -> {
                try {
                    return pg.getPostgresDatabase().getConnection();
                } catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            });
            double ceiling = clientAlone(i -> {
                try (PreparedStatement ps = conns.get()
                        .prepareStatement(
                                "INSERT INTO raw_payloads VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb)) ON CONFLICT (payload_id) DO NOTHING")) {
                    ps.setString(1, new UUID(0, i % 50).toString());
                    ps.setString(2, "activity");
                    ps.setString(3, java.time.Instant.now().toString());
                    ps.setString(4, "dlv_" + i);
                    ps.setString(5, "2026-11-01T08:00:00.000000+00:00");
                    ps.setString(6, null);
                    ps.setString(7, new String(payload(i)));
                    ps.executeUpdate();
                } catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            });
            row("postgres (embedded PG)", ours, ceiling);
        }
    }

    void s3() throws Exception {
        try (S3ProxyServer server = new S3ProxyServer();
                S3Client client = server.client()) {
            server.createBucket("pipeline");
            Env e = newEnv("production");
            TestHttpCheck.created(e.api()
                    .post(
                            "/v2/dashboard/destinations",
                            "{\"type\":\"s3\",\"bucket\":\"pipeline\",\"access_key_id\":\""
                                    + S3ProxyServer.ACCESS_KEY + "\",\"secret_access_key\":\""
                                    + S3ProxyServer.SECRET_KEY + "\",\"endpoint\":\""
                                    + server.endpoint() + "\",\"prefix\":\"ours\",\"healthcheck_enabled\":false}"));
            String id = e.api()
                    .get("/v2/dashboard/destinations")
                    .json()
                    .get("destinations")
                    .get(0)
                    .get("id")
                    .asString();
            // timed on the engine's record of successful PUTs (S3Proxy's filesystem listing loses keys across
            // 1000-key pages), then every object is checked in the bucket with per-user listings (< 1000 each)
            double[] ours = pipelines(
                    e,
                    passed(e),
                    () -> jdbc.sql("SELECT count(*) FROM deliveries WHERE destination_id = ? AND status = 'delivered'")
                            .param(id)
                            .query(Long.class)
                            .single());
            long inBucket = 0;
            for (UUID u : userIds)
                inBucket += client.listObjectsV2(
                                r -> r.bucket("pipeline").prefix("ours/activity/2022-03-16/" + u + "/"))
                        .keyCount();
            assertThat(inBucket).isEqualTo(N);
            // the same objects our writer makes: one folder per user, the same four metadata entries
            double ceiling = clientAlone(i -> client.putObject(
                    r -> r.bucket("pipeline")
                            .key("raw/activity/2022-03-16/" + userIds.get(i % USERS)
                                    + "/2026-11-01T08:00:00.000000+00:00-dlv_" + i + ".json")
                            .contentType("application/json")
                            .metadata(Map.of(
                                    "terra-trace-id",
                                    "dlv_" + i,
                                    "terra-event-type",
                                    "activity",
                                    "terra-reference",
                                    "r" + i,
                                    "terra-ordering-timestamp",
                                    "2026-11-26T00:00:00.000000+00:00")),
                    RequestBody.fromBytes(payload(i))));
            row("s3 (S3Proxy, filesystem)", ours, ceiling);
        }
    }

    void kafka() throws Exception {
        KafkaClusterTestKit cluster = io.tributary.server.delivery.kafka.KafkaTargetIT.startCluster();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
            Env e = newEnv("production");
            TestHttpCheck.created(e.api()
                    .post(
                            "/v2/dashboard/destinations",
                            "{\"type\":\"kafka\",\"bootstrap_servers\":\"" + cluster.bootstrapServers()
                                    + "\",\"topic\":\"pipeline\",\"healthcheck_enabled\":false}"));
            TopicPartition tp = new TopicPartition("pipeline", 0);
            double[] ours = pipelines(e, () -> {
                try {
                    return admin.listOffsets(Map.of(tp, OffsetSpec.latest()))
                            .all()
                            .get()
                            .get(tp)
                            .offset();
                } catch (Exception ex) {
                    return 0;
                }
            });
            double ceiling;
            try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            cluster.bootstrapServers(),
                            ProducerConfig.ACKS_CONFIG,
                            "all",
                            ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                            "true",
                            ProducerConfig.LINGER_MS_CONFIG,
                            "2"),
                    new StringSerializer(),
                    new ByteArraySerializer())) {
                ceiling = clientAlone(i -> {
                    try {
                        // the same record our writer sends: user id key, the five terra-* headers
                        ProducerRecord<String, byte[]> r = new ProducerRecord<>(
                                "raw", userIds.get(i % USERS).toString(), payload(i));
                        for (String h : List.of(
                                "terra-trace-id",
                                "terra-event-id",
                                "terra-event-type",
                                "terra-reference",
                                "terra-ordering-timestamp")) r.headers().add(h, ("value-of-" + h + "-" + i).getBytes());
                        p.send(r).get();
                    } catch (Exception ex) {
                        throw new IllegalStateException(ex);
                    }
                });
            }
            row("kafka (KRaft, in-process)", ours, ceiling);
        } finally {
            cluster.close();
        }
    }

    /** Creation must succeed for the measurement to mean anything. */
    static final class TestHttpCheck {
        static void created(io.tributary.server.support.TestHttp.Response r) {
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
    }
}
