package io.tributary.server.bench;

import com.sun.net.httpserver.HttpServer;
import io.tributary.model.DataType;
import io.tributary.model.TerraUser;
import io.tributary.model.event.RawDataEvent;
import io.tributary.model.support.RawJson;
import io.tributary.server.TributaryApplication;
import io.tributary.server.account.AccountService;
import io.tributary.server.account.DeveloperCredentials;
import io.tributary.server.delivery.DestinationService;
import io.tributary.server.delivery.webhook.WebhookSigner;
import io.tributary.server.outbox.EventWriter;
import io.tributary.server.shared.EnvironmentRecord;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Delivery load harness (see bench/README.md): one server process (this JVM, embedded PostgreSQL unless
 * TRIBUTARY_DB_URL is set), one local receiver answering 200 at once ({@link BenchReceiver}), and:
 *
 * <ol>
 *   <li>drain: a backlog of events committed while the destination was inactive, then enabled — signed
 *       deliveries/s end to end (fan-out, claim, sign, POST, record);
 *   <li>sustained: writers commit events at a fixed offered rate while delivery runs — achieved rate and
 *       commit→receipt latency;
 *   <li>latency at 500 events/s: p50/p99 from the event's commit to the receiver getting it;
 *   <li>ceiling: the same receiver driven by a bare HttpClient and by our webhook sender alone (HMAC signed, no
 *       database).
 * </ol>
 *
 * Arguments: {@code drainEvents=30000 sustainedRate=3000 sustainedSeconds=15 latencySeconds=20
 * ceilingSeconds=10}, plus any {@code --spring.property=value}.
 */
public final class DeliveryBench {
    private static final int MAX_EVENTS = 400_000;
    private static final int BATCH = Integer.getInteger("bench.batch", 10);
    private static final AtomicLongArray committedAt = new AtomicLongArray(MAX_EVENTS);
    private static final AtomicLongArray receivedAt = new AtomicLongArray(MAX_EVENTS);
    private static final AtomicLong received = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int drainEvents = intArg(args, "drainEvents", 30_000);
        int sustainedRate = intArg(args, "sustainedRate", 3_000);
        int sustainedSeconds = intArg(args, "sustainedSeconds", 15);
        int latencySeconds = intArg(args, "latencySeconds", 20);
        int ceilingSeconds = intArg(args, "ceilingSeconds", 10);

        java.util.function.Consumer<String> onReference = ref -> {
            if (ref != null && ref.startsWith("b-")) {
                int i = Integer.parseInt(ref.substring(2));
                if (receivedAt.compareAndSet(i, 0, System.nanoTime())) received.incrementAndGet();
            }
        };
        int port;
        Runnable stopReceiver;
        if ("jdk".equals(System.getProperty("bench.receiver"))) {
            HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
            receiver.setExecutor(Executors.newFixedThreadPool(16));
            receiver.createContext("/", ex -> {
                ex.getRequestBody().readAllBytes();
                onReference.accept(ex.getRequestHeaders().getFirst("terra-reference"));
                ex.sendResponseHeaders(200, -1);
                ex.close();
            });
            receiver.start();
            port = receiver.getAddress().getPort();
            stopReceiver = () -> {
                receiver.stop(0);
                ((ExecutorService) receiver.getExecutor()).shutdownNow();
            };
        } else {
            BenchReceiver receiver = new BenchReceiver(onReference);
            port = receiver.port();
            stopReceiver = () -> {
                try {
                    receiver.close();
                } catch (java.io.IOException e) {
                    // exiting anyway
                }
            };
        }
        String url = "http://127.0.0.1:" + port + "/hook";

        Path dir = Files.createTempDirectory("tributary-bench-");
        dataDir = dir.toString();
        String[] springArgs = concat(
                new String[] {
                    "--tributary.data-dir=" + dir,
                    "--server.port=0",
                    "--tributary.allow-http-webhooks=true",
                    "--tributary.allow-private-webhooks=true",
                    "--logging.level.root=warn",
                    "--tributary.delivery.healthcheck-interval=24h"
                },
                Arrays.stream(args).filter(a -> a.startsWith("--")).toArray(String[]::new));
        ConfigurableApplicationContext ctx = SpringApplication.run(TributaryApplication.class, springArgs);
        StringBuilder table = new StringBuilder();
        EventWriter events = ctx.getBean(EventWriter.class);
        // what the writers append, as ingest does: a data event through the event writer, object as stored text
        RawJson object = new RawJson(sampleObject());
        String payload = new String(events.bytes(sampleEvent(UUID.randomUUID(), object)), StandardCharsets.UTF_8);
        try {
            AccountService accounts = ctx.getBean(AccountService.class);
            DestinationService destinations = ctx.getBean(DestinationService.class);
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            DeveloperCredentials dev = accounts.createDeveloper("bench");
            EnvironmentRecord env = accounts.environmentByDevId(
                            dev.environments().get(0).devId())
                    .orElseThrow();
            JsonMapper json = JsonMapper.builder().build();
            destinations.create(env, json.readTree("{\"type\":\"webhook\",\"url\":\"" + url + "\"}"));
            io.tributary.server.delivery.DeliveryEngine engine =
                    ctx.getBean(io.tributary.server.delivery.DeliveryEngine.class);
            TransactionTemplate tx = new TransactionTemplate(ctx.getBean(PlatformTransactionManager.class));
            AtomicInteger seq = new AtomicInteger();

            // 1. drain a backlog written while delivery was stopped
            engine.stop();
            writeAtRate(tx, events, env, object, seq, drainEvents, 0);
            boolean pgss =
                    System.getProperty("tributary.embedded-pg.settings", "").contains("pg_stat_statements");
            // the extension and its statistics are the superuser's: the application role may not create or reset them
            JdbcClient stats = pgss ? superuser() : null;
            if (pgss) {
                stats.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
                stats.sql("SELECT pg_stat_statements_reset()").query(rs -> {});
            }
            long t0 = System.nanoTime();
            long cpu0 = cpuNanos();
            long jvm0 = lastJvmCpu;
            java.util.Map<String, Long> threads0 = threadCpu();
            engine.start();
            awaitReceived(drainEvents, 300);
            double drainSecs = (System.nanoTime() - t0) / 1e9;
            double drainCpuMs = (cpuNanos() - cpu0) / 1e6 / drainEvents;
            double drainJvmMs = (lastJvmCpu - jvm0) / 1e6 / drainEvents;
            if (Boolean.getBoolean("bench.threads")) {
                java.util.Map<String, Long> threads1 = threadCpu();
                System.out.println("JVM CPU during the drain by thread group (ms per delivery):");
                threads1.entrySet().stream()
                        .map(e -> java.util.Map.entry(e.getKey(), e.getValue() - threads0.getOrDefault(e.getKey(), 0L)))
                        .filter(e -> e.getValue() > 0)
                        .sorted(java.util.Map.Entry.<String, Long>comparingByValue()
                                .reversed())
                        .limit(15)
                        .forEach(e -> System.out.printf(
                                Locale.ROOT, "  %-40s %.3f%n", e.getKey(), e.getValue() / 1e6 / drainEvents));
            }
            double drainRate = drainEvents / drainSecs;
            row(
                    table,
                    "drain " + drainEvents + " queued events",
                    String.format(Locale.ROOT, "%.0f deliveries/s", drainRate),
                    String.format(
                            Locale.ROOT,
                            "%.1f s; CPU %.3f ms per delivery (JVM with receiver %.3f, PostgreSQL %.3f)",
                            drainSecs,
                            drainCpuMs,
                            drainJvmMs,
                            drainCpuMs - drainJvmMs));
            if (pgss) printStatements(stats, "the drain");
            if (sustainedSeconds <= 0) {
                ceilingRows(table, url, payload, Math.max(ceilingSeconds, 1), drainRate, drainCpuMs);
                return;
            }

            // 2. sustained offered load
            if (pgss) stats.sql("SELECT pg_stat_statements_reset()").query(rs -> {});
            int from = seq.get();
            long s0 = System.nanoTime();
            long scpu0 = cpuNanos();
            writeAtRate(tx, events, env, object, seq, sustainedRate * sustainedSeconds, sustainedRate);
            double writeSecs = (System.nanoTime() - s0) / 1e9;
            awaitReceived(seq.get(), 120);
            double allSecs = (System.nanoTime() - s0) / 1e9;
            double sustainedCpuMs = (cpuNanos() - scpu0) / 1e6 / (seq.get() - from);
            long[] lat = latencies(from, seq.get());
            row(
                    table,
                    "sustained: offered " + sustainedRate + "/s for " + sustainedSeconds + " s",
                    String.format(
                            Locale.ROOT,
                            "%.0f deliveries/s (writes took %.1f s, all received after %.1f s)",
                            (seq.get() - from) / allSecs,
                            writeSecs,
                            allSecs),
                    "p50 " + ms(pct(lat, 50)) + ", p99 " + ms(pct(lat, 99)) + ", max " + ms(lat[lat.length - 1])
                            + String.format(Locale.ROOT, "; CPU %.3f ms per event incl. writing it", sustainedCpuMs));

            if (pgss) printStatements(stats, "the sustained phase");

            // 3. latency at 500/s
            from = seq.get();
            writeAtRate(tx, events, env, object, seq, 500 * latencySeconds, 500);
            awaitReceived(seq.get(), 60);
            lat = latencies(from, seq.get());
            row(
                    table,
                    "latency at 500 events/s for " + latencySeconds + " s",
                    "commit → receipt",
                    "p50 " + ms(pct(lat, 50)) + ", p99 " + ms(pct(lat, 99)) + ", max " + ms(lat[lat.length - 1]));

            // the receiver may have the last events before the completer recorded them: wait for the records
            for (int i = 0;
                    i < 50
                            && jdbc.sql("SELECT count(*) FROM deliveries WHERE status <> 'delivered'")
                                            .query(Long.class)
                                            .single()
                                    > 0;
                    i++) Thread.sleep(100);
            long attempts =
                    jdbc.sql("SELECT count(*) FROM attempts").query(Long.class).single();
            long delivered = jdbc.sql("SELECT count(*) FROM deliveries WHERE status = 'delivered'")
                    .query(Long.class)
                    .single();
            row(table, "database check", delivered + " deliveries delivered", attempts + " attempts recorded");

            // 4. ceiling: bare HttpClient, no database
            ceilingRows(table, url, payload, ceilingSeconds, drainRate, drainCpuMs);
        } finally {
            System.out.println();
            System.out.println("| measurement | result | detail |");
            System.out.println("|---|---|---|");
            System.out.print(table);
            System.out.printf(
                    "%nmachine: %d cores, Java %s, payload %d bytes%n",
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), payload.length());
            ctx.close();
            stopReceiver.run();
        }
    }

    /**
     * Commits {@code count} events at {@code rate}/s (0 = as fast as possible) from 16 writer threads, {@code
     * BATCH} events per transaction (as ingest commits a batch of records with their events).
     */
    private static void writeAtRate(
            TransactionTemplate tx,
            EventWriter events,
            EnvironmentRecord env,
            RawJson object,
            AtomicInteger seq,
            int count,
            int rate)
            throws InterruptedException {
        int writers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long start = System.nanoTime();
        AtomicInteger issued = new AtomicInteger();
        UUID[] users = new UUID[1000];
        for (int i = 0; i < users.length; i++) users[i] = UUID.randomUUID();
        for (int w = 0; w < writers; w++) {
            pool.execute(() -> {
                while (true) {
                    int k = issued.getAndAdd(BATCH);
                    if (k >= count) return;
                    int n = Math.min(BATCH, count - k);
                    if (rate > 0) {
                        long due = start + (long) ((k + n) * 1e9 / rate);
                        long wait = due - System.nanoTime();
                        if (wait > 0) java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                    int[] ids = new int[n];
                    tx.executeWithoutResult(st -> {
                        for (int j = 0; j < n; j++) {
                            int i = seq.getAndIncrement();
                            ids[j] = i;
                            events.append(
                                    env,
                                    users[i % users.length],
                                    "b-" + i,
                                    sampleEvent(users[i % users.length], object, i));
                        }
                    });
                    long now = System.nanoTime();
                    for (int i : ids) committedAt.set(i, now);
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
    }

    private static void awaitReceived(long n, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (received.get() < n && System.nanoTime() < deadline) Thread.sleep(5);
        if (received.get() < n) System.out.println("WARNING: only " + received.get() + " of " + n + " received");
    }

    private static long[] latencies(int from, int to) {
        long[] out = new long[to - from];
        int k = 0;
        for (int i = from; i < to; i++) {
            long r = receivedAt.get(i), c = committedAt.get(i);
            if (r != 0 && c != 0) out[k++] = Math.max(0, r - c);
        }
        long[] l = Arrays.copyOf(out, k);
        Arrays.sort(l);
        return l.length == 0 ? new long[] {0} : l;
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    /** The embedded database's superuser (password from the data folder, see EmbeddedDb). */
    private static JdbcClient superuser() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(dataDir);
        return JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:postgresql://127.0.0.1:" + io.tributary.server.support.EmbeddedDb.port(dir) + "/postgres",
                "postgres",
                io.tributary.server.support.EmbeddedDb.password(dir, "postgres")));
    }

    /** The top statements since the last reset (needs pg_stat_statements preloaded, see bench/delivery.sh). */
    private static void printStatements(JdbcClient jdbc, String during) {
        System.out.println("statements during " + during + " (pg_stat_statements): calls, total ms, rows, WAL kB");
        jdbc.sql("SELECT calls, round(total_exec_time)::bigint, rows, (wal_bytes / 1024)::bigint,"
                        + " left(regexp_replace(query, '\\s+', ' ', 'g'), 120) FROM pg_stat_statements"
                        + " ORDER BY total_exec_time DESC LIMIT 15")
                .query(rs -> {
                    System.out.printf(
                            "%8d %8d %8d %8d  %s%n",
                            rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5));
                });
    }

    /** The ceiling and how the drain compares with it, by rate and by CPU per event. */
    private static void ceilingRows(
            StringBuilder table, String url, String payload, int seconds, double drainRate, double drainCpuMs)
            throws Exception {
        double[] jdk = ceilingWithCpu(url, payload, seconds, 64, false);
        row(
                table,
                "ceiling: bare java.net.http.HttpClient, 64 threads, signed, no DB",
                String.format(Locale.ROOT, "%.0f requests/s", jdk[0]),
                String.format(Locale.ROOT, "CPU %.3f ms per request (client + receiver)", jdk[1]));
        double[] c = ceilingWithCpu(url, payload, seconds, 64, true);
        row(
                table,
                "ceiling: our webhook sender alone, 64 threads, signed, no DB",
                String.format(Locale.ROOT, "%.0f requests/s", c[0]),
                String.format(Locale.ROOT, "CPU %.3f ms per request (client + receiver)", c[1]));
        row(table, "ratio drain / ceiling", String.format(Locale.ROOT, "%.0f %%", 100 * drainRate / c[0]), "");
        int cores = Runtime.getRuntime().availableProcessors();
        row(
                table,
                "CPU ratio: ceiling / drain per event",
                String.format(Locale.ROOT, "%.0f %%", 100 * c[1] / drainCpuMs),
                String.format(
                        Locale.ROOT,
                        "CPU-bound rate on %d cores: %.0f deliveries/s",
                        cores,
                        cores * 1000 / drainCpuMs));
    }

    /** Requests/s and CPU milliseconds per request (this JVM: client and receiver). */
    private static double[] ceilingWithCpu(String url, String payload, int seconds, int threads, boolean ours)
            throws Exception {
        long cpu0 = cpuNanos();
        long before = ceilingDone.get();
        double rate = ours ? ceilingOurs(url, payload, seconds, threads) : ceiling(url, payload, seconds, threads);
        long n = ceilingDone.get() - before;
        return new double[] {rate, n == 0 ? 0 : (cpuNanos() - cpu0) / 1e6 / n};
    }

    private static final AtomicLong ceilingDone = new AtomicLong();

    /** CPU time of the live threads of this JVM, summed by name with digits removed. */
    private static java.util.Map<String, Long> threadCpu() {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<String, Long> out = new java.util.HashMap<>();
        for (var info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info == null) continue;
            long t = mx.getThreadCpuTime(info.getThreadId());
            if (t > 0) out.merge(info.getThreadName().replaceAll("\\d+", "N"), t, Long::sum);
        }
        return out;
    }

    private static volatile String dataDir;
    private static volatile long lastJvmCpu;

    /**
     * CPU time used so far by this JVM and its child processes (the embedded PostgreSQL server and its
     * backends): a cost per delivery that does not depend on what else the machine is running.
     */
    static long cpuNanos() {
        long jvm = ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(Duration::toNanos)
                .orElse(0L);
        long total = jvm;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        List<ProcessHandle> roots =
                new java.util.ArrayList<>(ProcessHandle.current().children().toList());
        // pg_ctl daemonises the postmaster: find it by the data folder on its command line
        ProcessHandle.allProcesses()
                .filter(p -> p.info()
                        .commandLine()
                        .map(c -> dataDir != null && c.contains(dataDir) && c.contains("postgres"))
                        .orElse(false))
                .forEach(roots::add);
        for (ProcessHandle r : roots) {
            for (ProcessHandle p : java.util.stream.Stream.concat(java.util.stream.Stream.of(r), r.descendants())
                    .toList()) {
                if (seen.add(p.pid()))
                    total += p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
            }
        }
        lastJvmCpu = jvm;
        return total;
    }

    /** The engine's own webhook sender (signing, headers, pooled HTTP/1.1), called with no database around it. */
    private static double ceilingOurs(String url, String payload, int seconds, int threads) throws Exception {
        io.tributary.server.delivery.webhook.WebhookSender sender =
                new io.tributary.server.delivery.webhook.WebhookSender(
                        new io.tributary.server.delivery.webhook.WebhookUrlGuard(true, true),
                        java.time.Clock.systemUTC());
        tools.jackson.databind.node.ObjectNode cfg = tools.jackson.databind.node.JsonNodeFactory.instance
                .objectNode()
                .put("type", "webhook")
                .put("url", url);
        io.tributary.server.delivery.DestinationConfig dest = new io.tributary.server.delivery.DestinationConfig(
                "dst_bench", 1, UUID.randomUUID(), "production", "webhook", cfg, Duration.ofSeconds(30));
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        try {
            return hammer(
                    seconds,
                    threads,
                    () -> sender.send(
                                            dest,
                                            new io.tributary.server.delivery.OutgoingEvent(
                                                    "evt_x",
                                                    "dlv_x",
                                                    "activity",
                                                    UUID.randomUUID(),
                                                    "ceiling",
                                                    Instant.now(),
                                                    Instant.now(),
                                                    body,
                                                    List.of("secret")))
                                    .kind()
                            == io.tributary.server.delivery.SendOutcome.Kind.SUCCESS);
        } finally {
            sender.close();
        }
    }

    /** A bare {@code java.net.http.HttpClient}, signing each request like the engine. */
    private static double ceiling(String url, String payload, int seconds, int threads) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        return hammer(seconds, threads, () -> {
            String sig = WebhookSigner.header(Instant.now().getEpochSecond(), body, List.of("secret"));
            HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .header("terra-signature", sig)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        });
    }

    /** Runs {@code request} from {@code threads} threads for {@code seconds}; requests/s (a thread stops at a failure). */
    private static double hammer(int seconds, int threads, java.util.concurrent.Callable<Boolean> request)
            throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                while (System.nanoTime() < end) {
                    try {
                        if (!request.call()) return;
                    } catch (Exception e) {
                        return;
                    }
                    done.incrementAndGet();
                    ceilingDone.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        return done.get() / ((System.nanoTime() - t0) / 1e9);
    }

    /** Event {@code i}: activity or daily, about 1 KB (a typical small data event). */
    private static RawDataEvent sampleEvent(UUID user, RawJson object, int i) {
        TerraUser u =
                TerraUser.builder().userId(user.toString()).provider("SANDBOX").build();
        return RawDataEvent.of((i & 1) == 0 ? DataType.ACTIVITY : DataType.DAILY, u, List.of(object));
    }

    private static RawDataEvent sampleEvent(UUID user, RawJson object) {
        return sampleEvent(user, object, 0);
    }

    /** The data object of the sample event, as stored text. */
    private static String sampleObject() {
        StringBuilder samples = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0) samples.append(',');
            samples.append("{\"timestamp\":\"2026-01-01T10:0")
                    .append(i % 10)
                    .append(":00.000000+00:00\",\"bpm\":")
                    .append(60 + i)
                    .append('}');
        }
        return "{\"metadata\":{\"summary_id\":\"bench\",\"start_time\":"
                + "\"2026-01-01T10:00:00.000000+00:00\",\"end_time\":\"2026-01-01T11:00:00.000000+00:00\",\"type\":8},"
                + "\"heart_rate_data\":{\"detailed\":{\"hr_samples\":[" + samples + "]}}}";
    }

    private static void row(StringBuilder t, String a, String b, String c) {
        String line = "| " + a + " | " + b + " | " + c + " |";
        System.out.println(line);
        t.append(line).append('\n');
    }

    private static int intArg(String[] args, String name, int dflt) {
        for (String a : args) if (a.startsWith(name + "=")) return Integer.parseInt(a.substring(name.length() + 1));
        return dflt;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
