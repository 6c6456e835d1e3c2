package io.tributary.server.bench;

import io.tributary.server.support.EmbeddedDb;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streaming API benchmark (bench/streaming.sh): the server runs as a child process (embedded PostgreSQL, the
 * default PostgreSQL bus), the clients in this JVM with the JDK websocket client. Prints a Markdown table of:
 *
 * <ol>
 *   <li>fan-in/fan-out: {@code producers} sockets submitting 1 message/s each for {@code seconds}, {@code
 *       consumers} consumer sockets of the same environment; messages delivered to every consumer, and p50/p99/max
 *       SUBMIT → DISPATCH (send by the producer to receipt by a consumer, both here, {@code System.nanoTime});
 *   <li>the highest rate one producer reaches one consumer with (at most {@code window} messages in flight), beside
 *       a bare echo websocket on the same stack ({@code /bench-echo}) as the ceiling;
 *   <li>server heap per idle identified socket (heap after a full GC, via {@code jcmd} and the Prometheus
 *       endpoint, with and without {@code idle} sockets open).
 * </ol>
 *
 * Arguments ({@code name=value}): producers=1000 consumers=10 seconds=30 rateSeconds=10 window=256 idle=1000, and
 * any {@code --spring.property=value} for the server (e.g. {@code --tributary.streaming.bus=memory}).
 */
public final class StreamingBench {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        int producers = intArg(args, "producers", 1000);
        int consumers = intArg(args, "consumers", 10);
        int seconds = intArg(args, "seconds", 30);
        int rateSeconds = intArg(args, "rateSeconds", 10);
        int window = intArg(args, "window", 256);
        int idle = intArg(args, "idle", 1000);
        Path dir = Files.createTempDirectory("tributary-stream-bench-");
        int port = freePort();
        List<String> serverArgs = new ArrayList<>();
        for (String a : args) if (a.startsWith("--")) serverArgs.add(a); // e.g. --tributary.streaming.bus=memory
        Process server = startServer(dir, port, serverArgs);
        try {
            String base = "http://127.0.0.1:" + port;
            awaitHealthy(base, server);
            JsonNode env = createDeveloper(base).get("environments").get(2); // production: no user cap
            String devId = env.get("dev_id").asString();
            String key = env.get("api_key").asString();
            List<UUID> users = insertUsers(dir, devId, Math.max(producers, Math.max(idle, 1)));
            List<String> rows = new ArrayList<>();
            rows.addAll(fanInFanOut(port, base, devId, key, users, producers, consumers, seconds));
            rows.addAll(maxRate(port, base, devId, key, users.get(0), rateSeconds, window));
            rows.add(memoryPerIdle(port, base, devId, key, users, idle, server.pid()));
            System.out.println();
            System.out.println("| What | Measured |");
            System.out.println("| --- | --- |");
            rows.forEach(System.out::println);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
    }

    // ---- 1. 1,000 producers at 1 msg/s, 10 consumers

    private static List<String> fanInFanOut(
            int port, String base, String devId, String key, List<UUID> users, int producers, int consumers, int secs)
            throws Exception {
        int expected = producers * secs;
        AtomicLongArray received = new AtomicLongArray(consumers);
        long[] latencies = new long[expected * consumers];
        AtomicLong latencyCount = new AtomicLong();
        List<Socket> cs = new ArrayList<>();
        for (int i = 0; i < consumers; i++) {
            int idx = i;
            cs.add(Socket.open(port, "/connect", text -> {
                int at = text.indexOf("\"sent\":");
                if (text.startsWith("{\"op\":5") && at > 0) {
                    long sent = Long.parseLong(text.substring(at + 7, text.indexOf(',', at)));
                    long n = latencyCount.getAndIncrement();
                    if (n < latencies.length) latencies[(int) n] = System.nanoTime() - sent;
                    received.incrementAndGet(idx);
                }
            }));
        }
        for (Socket c : cs) c.identify(token(base, devId, key, "/auth/developer"), 1);
        List<Socket> ps = new ArrayList<>();
        Semaphore opening = new Semaphore(32);
        List<CompletableFuture<Socket>> opened = new ArrayList<>();
        for (int i = 0; i < producers; i++) {
            String token = token(base, devId, key, "/auth/user?id=" + users.get(i));
            opening.acquire();
            opened.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            Socket s = Socket.open(port, "/connect", t -> {});
                            s.identify(token, 0);
                            return s;
                        } catch (Exception e) {
                            throw new RuntimeException(e);
                        }
                    })
                    .whenComplete((s, e) -> opening.release()));
        }
        for (CompletableFuture<Socket> f : opened) ps.add(f.join());
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(4);
        long t0 = System.nanoTime();
        AtomicLong sent = new AtomicLong();
        for (int i = 0; i < producers; i++) {
            Socket p = ps.get(i);
            long offset = (long) (1_000_000_000L * i / producers); // spread over the second
            for (int s = 0; s < secs; s++) {
                long at = t0 + offset + s * 1_000_000_000L;
                int n = s;
                timers.schedule(
                        () -> {
                            p.send("{\"op\":6,\"t\":\"HEART_RATE\",\"d\":{\"sent\":" + System.nanoTime() + ",\"n\":" + n
                                    + ",\"val\":72}}");
                            sent.incrementAndGet();
                        },
                        at - System.nanoTime(),
                        TimeUnit.NANOSECONDS);
            }
        }
        long deadline = t0 + (secs + 30) * 1_000_000_000L;
        while (System.nanoTime() < deadline && total(received) < (long) expected * consumers) Thread.sleep(100);
        timers.shutdownNow();
        long got = total(received);
        int n = (int) Math.min(latencyCount.get(), latencies.length);
        long[] lat = Arrays.copyOf(latencies, n);
        Arrays.sort(lat);
        long min = Long.MAX_VALUE;
        for (int i = 0; i < consumers; i++) min = Math.min(min, received.get(i));
        for (Socket s : ps) s.close();
        for (Socket s : cs) s.close();
        return List.of(
                String.format(
                        Locale.ROOT,
                        "| %d producers × 1 msg/s for %d s, %d consumers: delivered | %,d of %,d (%s; fewest at one"
                                + " consumer %,d of %,d; %,d submitted) |",
                        producers,
                        secs,
                        consumers,
                        got,
                        (long) expected * consumers,
                        got == (long) expected * consumers ? "all" : "MISSING " + ((long) expected * consumers - got),
                        min,
                        expected,
                        sent.get()),
                String.format(
                        Locale.ROOT,
                        "| SUBMIT → DISPATCH p50 / p99 / max | %.1f / %.1f / %.1f ms |",
                        pct(lat, 50),
                        pct(lat, 99),
                        lat.length == 0 ? 0 : lat[lat.length - 1] / 1e6));
    }

    // ---- 2. highest rate to one consumer, and the bare echo ceiling

    private static List<String> maxRate(
            int port, String base, String devId, String key, UUID user, int secs, int window) throws Exception {
        Semaphore inFlight = new Semaphore(window);
        AtomicLong got = new AtomicLong();
        Socket consumer = Socket.open(port, "/connect", t -> {
            if (t.startsWith("{\"op\":5")) {
                got.incrementAndGet();
                inFlight.release();
            }
        });
        consumer.identify(token(base, devId, key, "/auth/developer"), 1);
        Socket producer = Socket.open(port, "/connect", t -> {});
        producer.identify(token(base, devId, key, "/auth/user?id=" + user), 0);
        double stream = drive(
                secs,
                inFlight,
                got,
                () -> producer.send("{\"op\":6,\"t\":\"STEPS\",\"d\":{\"ts\":\"2026-12-03T12:00:00Z\",\"val\":1}}"));
        producer.close();
        consumer.close();

        Semaphore echoFlight = new Semaphore(window);
        AtomicLong echoed = new AtomicLong();
        Socket echo = Socket.open(port, "/bench-echo", t -> {
            echoed.incrementAndGet();
            echoFlight.release();
        });
        double ceiling = drive(
                secs,
                echoFlight,
                echoed,
                () -> echo.send("{\"op\":6,\"t\":\"STEPS\",\"d\":{\"ts\":\"2026-12-03T12:00:00Z\",\"val\":1}}"));
        echo.close();
        return List.of(
                String.format(
                        Locale.ROOT,
                        "| One producer → one consumer, ≤ %d in flight, %d s | %,.0f msg/s (%.0f %% of the echo"
                                + " ceiling) |",
                        window,
                        secs,
                        stream,
                        100 * stream / ceiling),
                String.format(
                        Locale.ROOT,
                        "| Bare websocket echo, same stack (`/bench-echo`), same window | %,.0f msg/s |",
                        ceiling));
    }

    /** Sends while the window allows for {@code secs} (after a 2 s warm-up), returns received/s. */
    private static double drive(int secs, Semaphore window, AtomicLong received, Runnable send)
            throws InterruptedException {
        long warm = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < warm) if (window.tryAcquire(100, TimeUnit.MILLISECONDS)) send.run();
        long start = received.get();
        long t0 = System.nanoTime();
        long end = t0 + secs * 1_000_000_000L;
        while (System.nanoTime() < end) if (window.tryAcquire(100, TimeUnit.MILLISECONDS)) send.run();
        return (received.get() - start) / ((System.nanoTime() - t0) / 1e9);
    }

    // ---- 3. memory per idle connection

    private static String memoryPerIdle(
            int port, String base, String devId, String key, List<UUID> users, int idle, long pid) throws Exception {
        long before = heapAfterGc(base, pid);
        List<Socket> open = new ArrayList<>();
        for (int i = 0; i < idle; i++) {
            Socket s = Socket.open(port, "/connect", t -> {});
            s.identify(token(base, devId, key, "/auth/user?id=" + users.get(i)), 0);
            open.add(s);
        }
        long after = heapAfterGc(base, pid);
        for (Socket s : open) s.close();
        return String.format(
                Locale.ROOT,
                "| Server heap per idle identified socket (%d open, after full GC) | %.1f KiB (%.1f → %.1f MiB) |",
                idle,
                (after - before) / 1024.0 / idle,
                before / 1048576.0,
                after / 1048576.0);
    }

    private static long heapAfterGc(String base, long pid) throws Exception {
        for (int i = 0; i < 2; i++) {
            new ProcessBuilder("jcmd", Long.toString(pid), "GC.run")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(60, TimeUnit.SECONDS);
            Thread.sleep(500);
        }
        String metrics = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        long sum = 0;
        for (String line : metrics.split("\n"))
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
                sum += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        return sum;
    }

    // ---- plumbing

    /** One JDK websocket; frames are handed to {@code onText} on the client's thread. */
    static final class Socket {
        private final WebSocket ws;
        private final CompletableFuture<String> ready = new CompletableFuture<>();
        private CompletableFuture<WebSocket> last = CompletableFuture.completedFuture(null);

        private Socket(WebSocket ws) {
            this.ws = ws;
        }

        static Socket open(int port, String path, Consumer<String> onText) {
            Socket[] self = new Socket[1];
            CompletableFuture<String> hello = new CompletableFuture<>();
            WebSocket ws = HTTP.newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + path), new WebSocket.Listener() {
                        final StringBuilder sb = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean lastPart) {
                            sb.append(data);
                            if (lastPart) {
                                String t = sb.toString();
                                sb.setLength(0);
                                if (t.startsWith("{\"op\":2")) hello.complete(t);
                                else if (t.startsWith("{\"op\":4") && self[0] != null) self[0].ready.complete(t);
                                else onText.accept(t);
                            }
                            w.request(1);
                            return null;
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket w, int code, String reason) {
                            if (self[0] != null)
                                self[0].ready.completeExceptionally(new IllegalStateException("closed " + code));
                            if (code != 1000) System.err.println("socket closed " + code + " " + reason);
                            return null;
                        }
                    })
                    .join();
            self[0] = new Socket(ws);
            if (path.equals("/connect")) hello.orTimeout(30, TimeUnit.SECONDS).join();
            return self[0];
        }

        void identify(String token, int type) {
            send("{\"op\":3,\"d\":{\"token\":\"" + token + "\",\"type\":" + type + "}}");
            ready.orTimeout(30, TimeUnit.SECONDS).join();
        }

        /** JDK websockets take one send at a time: chain them. */
        synchronized void send(String text) {
            last = last.thenCompose(w -> ws.sendText(text, true));
        }

        void close() {
            try {
                synchronized (this) {
                    last.thenCompose(w -> ws.sendClose(1000, "")).get(5, TimeUnit.SECONDS);
                }
            } catch (Exception e) {
                ws.abort();
            }
        }
    }

    private static String token(String base, String devId, String key, String path) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("dev-id", devId)
                        .header("x-api-key", key)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body()).get("token").asString();
    }

    private static JsonNode createDeveloper(String base) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/admin/v1/developers"))
                        .header("Authorization", "Bearer bench")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"stream-bench\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) throw new IllegalStateException("admin: " + r.statusCode() + " " + r.body());
        return JSON.readTree(r.body());
    }

    private static List<UUID> insertUsers(Path dir, String devId, int n) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = EmbeddedDb.connect(dir, "tributary");
                PreparedStatement ps = c.prepareStatement("INSERT INTO users (id, environment_id, provider, state)"
                        + " SELECT ?, id, 'SANDBOX', 'authenticated' FROM environments WHERE dev_id = ?")) {
            for (int i = 0; i < n; i++) {
                UUID id = UUID.randomUUID();
                ps.setObject(1, id);
                ps.setString(2, devId);
                ps.addBatch();
                ids.add(id);
            }
            ps.executeBatch();
        }
        return ids;
    }

    private static Process startServer(Path dir, int port, List<String> extra) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-Xmx" + System.getProperty("bench.serverHeap", "512m"),
                "-cp",
                System.getProperty("java.class.path"),
                "io.tributary.server.TributaryApplication",
                "--server.port=" + port,
                "--tributary.data-dir=" + dir,
                "--tributary.db.url=",
                "--tributary.admin-token=bench",
                "--tributary.delivery.enabled=false",
                "--tributary.bench.echo=true",
                // the bench clients do not heartbeat; a run lasts minutes
                "--tributary.streaming.heartbeat-timeout=30m",
                "--logging.level.root=warn"));
        cmd.addAll(extra);
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile())
                .start();
    }

    private static void awaitHealthy(String base, Process server) throws Exception {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) throw new IllegalStateException("server exited " + server.exitValue());
            try {
                if (HTTP.send(
                                        HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) return;
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("server not healthy in 180 s");
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static long total(AtomicLongArray a) {
        long t = 0;
        for (int i = 0; i < a.length(); i++) t += a.get(i);
        return t;
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) return 0;
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static int intArg(String[] args, String name, int def) {
        for (String a : args) if (a.startsWith(name + "=")) return Integer.parseInt(a.substring(name.length() + 1));
        return def;
    }
}
