package io.tributary.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.files.BigGpx;
import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.TestHttp;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 24, "big files in bounded memory": a server process started with {@code -Xmx256m} imports a well-formed
 * 45 MB GPX of 232,000 track points uploaded through its API, while its API keeps answering. (jpx held the whole
 * document: minutes of full GCs, the API slowed to seconds.) The file is generated into {@code target/}.
 */
class BigUploadHeapIT extends IntegrationTest {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    UploadWorkers appWorkers;

    @Autowired
    javax.sql.DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Timeout(600)
    void a45MbGpxImportsInAServerWith256MbOfHeap() throws Exception {
        Path gpx = Path.of("target", "big-upload-45mb.gpx").toAbsolutePath();
        Files.createDirectories(gpx.getParent());
        BigGpx.write(gpx, 232_000);
        assertThat(Files.size(gpx)).isBetween(40_000_000L, 52_428_800L);
        EnvironmentCredentials env = env(newDeveloper(), "testing");
        int childPort;
        try (ServerSocket s = new ServerSocket(0)) {
            childPort = s.getLocalPort();
        }
        String url;
        String dbUser;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
            dbUser = c.getMetaData().getUserName();
        }
        String dbPassword = io.tributary.server.support.EmbeddedDb.password(dataDir(), dbUser);
        Path log = Path.of("target", "big-upload-child.log").toAbsolutePath();
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "io.tributary.server.TributaryApplication",
                        "--server.port=" + childPort,
                        "--tributary.db.url=" + url,
                        "--tributary.db.user=" + dbUser,
                        "--tributary.db.password=" + dbPassword,
                        "--tributary.data-dir=" + dataDir(),
                        "--tributary.admin-token=" + ADMIN_TOKEN,
                        "--tributary.delivery.enabled=false",
                        "--tributary.read-jobs.workers=0")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        appWorkers.stop(); // the child must do the import, not this (large-heap) test JVM
        try {
            String base = "http://127.0.0.1:" + childPort;
            awaitUp(base, child, log);
            HttpResponse<String> ack = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(base + "/v2/uploads?reference_id=big&filename=ride.gpx"))
                            .header("dev-id", env.devId())
                            .header("x-api-key", env.apiKey())
                            .header("Content-Type", "application/gpx+xml")
                            .POST(HttpRequest.BodyPublishers.ofFile(gpx))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ack.statusCode()).as(ack.body()).isEqualTo(202);
            String id = TestHttp.JSON.readTree(ack.body()).get("upload_id").asString();
            List<Long> latencies = new ArrayList<>();
            long t0 = System.nanoTime();
            JsonNode status;
            while (true) {
                long q = System.nanoTime();
                HttpResponse<String> r = CLIENT.send(
                        HttpRequest.newBuilder(URI.create(base + "/v2/uploads/" + id))
                                .header("dev-id", env.devId())
                                .header("x-api-key", env.apiKey())
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                latencies.add((System.nanoTime() - q) / 1_000_000);
                status = TestHttp.JSON.readTree(r.body());
                String state = status.get("state").asString();
                if (state.equals("completed") || state.equals("failed")) {
                    break;
                }
                assertThat(child.isAlive()).as(Files.readString(log)).isTrue();
                assertThat(System.nanoTime() - t0).isLessThan(TimeUnit.SECONDS.toNanos(400));
                Thread.sleep(250);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            Collections.sort(latencies);
            long p50 = latencies.get(latencies.size() / 2);
            long max = latencies.get(latencies.size() - 1);
            System.out.printf(
                    "45 MB GPX at -Xmx256m: %s in %.1f s; status polls: %d, p50 %d ms, max %d ms%n",
                    status.get("state").asString(), seconds, latencies.size(), p50, max);
            assertThat(status.get("state").asString()).as(status.toString()).isEqualTo("completed");
            assertThat(status.get("records_processed").asInt()).isEqualTo(1);
            // 232,000 points thinned evenly to at most 200,000 samples per series: every second point
            String user = status.get("user_id").asString();
            assertThat(jdbc.sql("SELECT jsonb_array_length(payload -> 'heart_rate_data' -> 'detailed' -> 'hr_samples')"
                                    + " FROM data_objects WHERE user_id = ?::uuid AND type = 'activity'")
                            .param(user)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(116_000);
            // the API kept answering: status reads stayed fast while the file was imported (a shared, loaded
            // machine: generous bounds; jpx made them take seconds)
            assertThat(p50).isLessThan(250);
            assertThat(max).isLessThan(5_000);
        } finally {
            child.destroy();
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
            appWorkers.start();
            Files.deleteIfExists(gpx);
        }
    }

    private static void awaitUp(String base, Process child, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            assertThat(child.isAlive()).as(Files.readString(log)).isTrue();
            try {
                HttpResponse<String> r = CLIENT.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the child server did not start: " + Files.readString(log));
    }
}
