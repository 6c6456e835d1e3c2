import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Data read benchmark client (run by bench/data-read-bench.sh). Measures, against a running server and its
 * database: (1) 30-day daily reads at 32 concurrent clients, client- and server-side (Tomcat access log, %{us}T);
 * (2) the same SELECT issued directly over JDBC at the same concurrency (the floor); (3) one year of activity with
 * samples streamed from the server (heap sampled through the actuator) against a direct JDBC read of the rows.
 *
 * <p>Args: baseUrl devId apiKey jdbcUrl envId accessLogDir users seconds concurrency
 */
public class DataReadBench {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] a) throws Exception {
        String base = a[0], devId = a[1], key = a[2], jdbcUrl = a[3], env = a[4];
        Path logDir = Path.of(a[5]);
        int users = Integer.parseInt(a[6]);
        int seconds = Integer.parseInt(a[7]);
        int concurrency = Integer.parseInt(a[8]);

        List<String> rows = new ArrayList<>();
        // warm-up
        runHttp(base, devId, key, users, Math.max(5, seconds / 2), concurrency);
        long logLinesBefore = countDailyLines(logDir);
        Result http = runHttp(base, devId, key, users, seconds, concurrency);
        List<Long> server = serverMicros(logDir, logLinesBefore);
        Result floor = runJdbc(jdbcUrl, env, users, seconds, concurrency);

        rows.add(row("30 days of daily, HTTP, client-side", http.lat, http.count, seconds, http.errors));
        rows.add(row("30 days of daily, HTTP, server-side (Tomcat)", server, server.size(), seconds, 0));
        rows.add(row("30 days of daily, plain SELECT over JDBC (floor)", floor.lat, floor.count, seconds, 0));

        // streaming: one year of activity with samples for user 0
        String user0 = md5Uuid("bench-user-0");
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong peakHeap = new AtomicLong();
        AtomicLong peakLive = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!done.get()) {
                try {
                    peakHeap.accumulateAndGet(metric(base, "jvm.memory.used?tag=area:heap"), Math::max);
                    peakLive.accumulateAndGet(metric(base, "jvm.gc.live.data.size"), Math::max);
                    Thread.sleep(50);
                } catch (Exception e) {
                    // keep sampling
                }
            }
        });
        sampler.start();
        long t0 = System.nanoTime();
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/v2/activity?user_id=" + user0
                        + "&start_date=2025-01-01&end_date=2025-12-31&to_webhook=false&with_samples=true"))
                .header("dev-id", devId)
                .header("x-api-key", key)
                .timeout(Duration.ofMinutes(10))
                .build();
        HttpResponse<InputStream> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long firstByteNanos = -1;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = resp.body()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (firstByteNanos < 0) firstByteNanos = System.nanoTime() - t0;
                bytes += n;
            }
        }
        double streamSecs = (System.nanoTime() - t0) / 1e9;
        done.set(true);
        sampler.join();

        long t1 = System.nanoTime();
        long floorBytes = 0;
        int floorRows = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SELECT payload::text FROM data_objects WHERE environment_id = ?::uuid"
                    + " AND user_id = ?::uuid AND type = 'activity' AND start_local >= '2025-01-01' AND start_local < '2026-01-01'"
                    + " ORDER BY start_local")) {
                ps.setFetchSize(64);
                ps.setString(1, env);
                ps.setString(2, user0);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        floorBytes += rs.getString(1).length();
                        floorRows++;
                    }
                }
            }
        }
        double floorSecs = (System.nanoTime() - t1) / 1e9;

        System.out.println();
        System.out.println("| measurement | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println("| streaming one year of activity with samples (user 0) | status | objects | MB | seconds | MB/s | first byte ms | peak heap used MiB | peak live after GC MiB |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        System.out.printf(Locale.ROOT, "| GET /v2/activity to_webhook=false with_samples=true (-Xmx256m) | %d | %d | %.1f | %.2f | %.1f | %.0f | %.0f | %.0f |%n",
                resp.statusCode(), floorRows, bytes / 1e6, streamSecs, bytes / 1e6 / streamSecs, firstByteNanos / 1e6,
                peakHeap.get() / 1048576.0, peakLive.get() / 1048576.0);
        System.out.printf(Locale.ROOT, "| plain SELECT payload::text over JDBC (floor) | - | %d | %.1f | %.2f | %.1f | - | - | - |%n",
                floorRows, floorBytes / 1e6, floorSecs, floorBytes / 1e6 / floorSecs);
    }

    record Result(List<Long> lat, int count, int errors) {}

    /**
     * "jdk" (java.net.http.HttpClient, the client used before 2026-11-25 evening) or "socket" (default): one
     * blocking HTTP/1.1 keep-alive connection per client thread, which costs the shared CPU far less per request,
     * so that less of the server-side latency is the server waiting for cores the client holds.
     */
    static final String CLIENT = System.getProperty("client", "socket");

    static Result runHttp(String base, String devId, String key, int users, int seconds, int concurrency)
            throws Exception {
        ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> ts = new ArrayList<>();
        URI baseUri = URI.create(base);
        for (int i = 0; i < concurrency; i++) {
            Thread t = new Thread(() -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                SocketClient sc = CLIENT.equals("jdk") ? null : new SocketClient(baseUri, devId, key);
                while (System.nanoTime() < end) {
                    String user = md5Uuid("bench-user-" + (1 + r.nextInt(users - 1)));
                    LocalDate from = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(330));
                    String pathAndQuery = "/v2/daily?user_id=" + user + "&start_date=" + from + "&end_date="
                            + from.plusDays(29) + "&to_webhook=false";
                    long t0 = System.nanoTime();
                    try {
                        int status;
                        String body;
                        if (sc != null) {
                            status = sc.get(pathAndQuery);
                            body = sc.body();
                        } else {
                            HttpRequest req = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                                    .header("dev-id", devId)
                                    .header("x-api-key", key)
                                    .build();
                            HttpResponse<String> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
                            status = resp.statusCode();
                            body = resp.body();
                        }
                        long us = (System.nanoTime() - t0) / 1000;
                        if (status != 200 || !body.contains("\"type\":\"daily\"")) errors.incrementAndGet();
                        else lat.add(us);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        if (sc != null) sc.close();
                    }
                }
                if (sc != null) sc.close();
            });
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) t.join();
        return new Result(new ArrayList<>(lat), lat.size(), (int) errors.get());
    }

    /** A minimal blocking HTTP/1.1 GET client on one keep-alive connection (Content-Length or chunked bodies). */
    static final class SocketClient {
        final URI base;
        final byte[] headers;
        java.net.Socket socket;
        java.io.BufferedInputStream in;
        java.io.OutputStream out;
        final java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(1 << 16);

        SocketClient(URI base, String devId, String key) {
            this.base = base;
            this.headers = ("Host: " + base.getHost() + ":" + base.getPort() + "\r\ndev-id: " + devId + "\r\nx-api-key: "
                            + key + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }

        int get(String pathAndQuery) throws java.io.IOException {
            if (socket == null) {
                socket = new java.net.Socket(base.getHost(), base.getPort());
                socket.setTcpNoDelay(true);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 1 << 16);
                out = socket.getOutputStream();
            }
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            out.write(headers);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false, close = false;
            for (String h; !(h = line()).isEmpty(); ) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) length = Long.parseLong(h.substring(15).trim());
                else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
                else if (lower.startsWith("connection:") && lower.contains("close")) close = true;
            }
            body.reset();
            if (chunked) {
                for (int n; (n = Integer.parseInt(line().split(";")[0].trim(), 16)) > 0; ) {
                    copy(n);
                    line();
                }
                while (!line().isEmpty()) {} // trailers
            } else if (length >= 0) copy(length);
            if (close) close();
            return status;
        }

        String body() {
            return body.toString(java.nio.charset.StandardCharsets.UTF_8);
        }

        private void copy(long n) throws java.io.IOException {
            byte[] buf = new byte[8192];
            while (n > 0) {
                int k = in.read(buf, 0, (int) Math.min(buf.length, n));
                if (k < 0) throw new java.io.EOFException();
                body.write(buf, 0, k);
                n -= k;
            }
        }

        private String line() throws java.io.IOException {
            StringBuilder sb = new StringBuilder();
            for (int c; (c = in.read()) != '\n'; ) {
                if (c < 0) throw new java.io.EOFException();
                if (c != '\r') sb.append((char) c);
            }
            return sb.toString();
        }

        void close() {
            try {
                if (socket != null) socket.close();
            } catch (java.io.IOException e) {
                // closing anyway
            }
            socket = null;
        }
    }

    static Result runJdbc(String jdbcUrl, String env, int users, int seconds, int concurrency) throws Exception {
        ConcurrentLinkedQueue<Long> lat = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Thread t = new Thread(() -> {
                ThreadLocalRandom r = ThreadLocalRandom.current();
                try (Connection c = DriverManager.getConnection(jdbcUrl);
                        PreparedStatement ps = c.prepareStatement("SELECT COALESCE(summary, payload)::text FROM data_objects"
                                + " WHERE environment_id = ?::uuid AND user_id = ?::uuid AND type = 'daily'"
                                + " AND start_local >= ?::timestamp AND start_local < ?::timestamp ORDER BY start_local")) {
                    while (System.nanoTime() < end) {
                        LocalDate from = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(330));
                        ps.setString(1, env);
                        ps.setString(2, md5Uuid("bench-user-" + (1 + r.nextInt(users - 1))));
                        ps.setString(3, from.toString());
                        ps.setString(4, from.plusDays(30).toString());
                        long t0 = System.nanoTime();
                        int n = 0;
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) n += rs.getString(1).length();
                        }
                        lat.add((System.nanoTime() - t0) / 1000);
                    }
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) t.join();
        return new Result(new ArrayList<>(lat), lat.size(), 0);
    }

    static final Pattern LOG = Pattern.compile("^GET /v2/daily (\\d{3}) (\\d+)$");

    static long countDailyLines(Path dir) throws Exception {
        return dailyLines(dir).size();
    }

    static List<String> dailyLines(Path dir) throws Exception {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.sorted().toList())
                for (String l : Files.readAllLines(f)) if (l.startsWith("GET /v2/daily ")) out.add(l);
        }
        return out;
    }

    static List<Long> serverMicros(Path dir, long skip) throws Exception {
        List<String> lines = dailyLines(dir);
        List<Long> out = new ArrayList<>();
        for (int i = (int) skip; i < lines.size(); i++) {
            Matcher m = LOG.matcher(lines.get(i).trim());
            if (m.matches() && m.group(1).equals("200")) out.add(Long.parseLong(m.group(2)));
        }
        return out;
    }

    static long metric(String base, String name) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/actuator/metrics/" + name)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"value\"\\s*:\\s*([0-9.E+]+)").matcher(r.body());
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }

    static String row(String name, List<Long> micros, int count, int seconds, int errors) {
        List<Long> s = new ArrayList<>(micros);
        Collections.sort(s);
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.2f | %.2f | %.2f | %.2f | %d |", name, count,
                count / (double) seconds, pct(s, 50), pct(s, 90), pct(s, 99), s.isEmpty() ? 0 : s.get(s.size() - 1) / 1000.0,
                errors);
    }

    static double pct(List<Long> sorted, double p) {
        if (sorted.isEmpty()) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
    }

    static String md5Uuid(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("MD5").digest(s.getBytes());
            StringBuilder hex = new StringBuilder();
            for (byte b : d) hex.append(String.format("%02x", b));
            String h = hex.toString();
            return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                    + "-" + h.substring(20);
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
