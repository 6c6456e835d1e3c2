package io.tributary.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.account.DeveloperCredentials.EnvironmentCredentials;
import io.tributary.server.shared.TributaryProperties;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.NodeHeartbeat;
import io.tributary.server.storage.NodeStore;
import io.tributary.server.storage.UploadStore;
import io.tributary.server.storage.UserStore;
import io.tributary.server.support.IntegrationTest;
import io.tributary.server.support.TestHttp;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 24: poison pills end {@code failed} after three attempts, a heavy upload does not stall small ones, a dead
 * node's upload is queued again when its heartbeat expires, spool files are 0600. The application's own workers are
 * stopped while these run, so each test drives the workers it needs.
 */
@Timeout(120)
class UploadWorkersIT extends IntegrationTest {
    @Autowired
    UploadService service;

    @Autowired
    UploadWorkers appWorkers;

    @Autowired
    UploadStore store;

    @Autowired
    AccountStore accountStore;

    @Autowired
    UserStore users;

    @Autowired
    UploadPipeline pipeline;

    @Autowired
    NodeHeartbeat node;

    @Autowired
    NodeStore nodes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TributaryProperties props;

    @Autowired
    javax.sql.DataSource dataSource;

    EnvironmentCredentials env;
    TestHttp api;

    @BeforeEach
    void stopAppWorkers() {
        appWorkers.stop();
        env = env(newDeveloper(), "testing");
        api = as(env);
    }

    @AfterEach
    void startAppWorkers() {
        appWorkers.start();
    }

    private UploadWorkers workers(int count, long smallBytes, Duration timeout) {
        var u = props.uploads();
        var cfg = new TributaryProperties.Uploads(
                u.maxBytes(), u.maxAppleBytes(), count, smallBytes, Duration.ofMillis(100), timeout);
        var p = new TributaryProperties(
                props.dataDir(),
                props.db(),
                props.adminToken(),
                props.publicUrl(),
                props.secretKey(),
                props.userCap(),
                props.signingSecretOverlap(),
                props.allowHttpWebhooks(),
                props.allowPrivateWebhooks(),
                props.readJobs(),
                cfg,
                props.sdk(),
                props.apiKeyCacheTtl());
        return new UploadWorkers(
                store,
                accountStore,
                users,
                pipeline,
                node,
                Clock.systemUTC(),
                p,
                io.tributary.server.shared.NodeRoles.all());
    }

    /** Uploads {@code body} through the API (queued; nobody runs it yet). */
    private String upload(String filename, byte[] body) {
        try {
            var r = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                                            + "/v2/uploads?reference_id=w-" + filename + "&filename=" + filename))
                                    .header("dev-id", env.devId())
                                    .header("x-api-key", env.apiKey())
                                    .header("Content-Type", "application/octet-stream")
                                    .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            return TestHttp.JSON.readTree(r.body()).get("upload_id").asString();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String state(String id) {
        return api.get("/v2/uploads/" + id).json().get("state").asString();
    }

    private String error(String id) {
        return api.get("/v2/uploads/" + id).json().get("error").asString();
    }

    @Test
    void anUploadWhoseNodeDiedIsQueuedAgainAndAfterThreeAttemptsEndsFailed() {
        String id = upload("ride.gpx", UploadsIT.resource("track.gpx"));
        // three claims, each by a node that then died (killed while parsing, or out of memory)
        for (int attempt = 1; attempt <= 3; attempt++) {
            String dead = "dead" + System.nanoTime();
            jdbc.sql("INSERT INTO nodes (id, expires_at) VALUES (?, now() - interval '1 second')")
                    .param(dead)
                    .update();
            assertThat(store.claim(java.time.Instant.now(), Duration.ofHours(1), dead + "-1", null))
                    .get()
                    .satisfies(u -> assertThat(u.id()).isEqualTo(id));
            assertThat(state(id)).isEqualTo("processing");
            nodes.reapExpired(); // what any live node's heartbeat does within a few seconds
            assertThat(state(id)).isEqualTo("queued");
            assertThat(error(id)).contains("stopped before it finished (attempt " + attempt + ")");
        }
        assertThat(service.drain()).isEqualTo(1);
        assertThat(state(id)).isEqualTo("failed");
        assertThat(error(id))
                .isEqualTo("gave up after 3 attempts to import the file; the last one: the server processing this"
                        + " upload stopped before it finished (attempt 3)");
        assertThat(activities()).isZero();
    }

    private int activities() {
        return jdbc.sql("SELECT count(*) FROM data_objects WHERE environment_id = ? AND type = 'activity'")
                .param(accountStore
                        .findEnvironmentByDevId(env.devId())
                        .orElseThrow()
                        .id())
                .query(Integer.class)
                .single();
    }

    @Test
    void anUploadThatExhaustsItsBudgetIsRetriedThenFailsWithTheReason() {
        String id = upload("ride.gpx", UploadsIT.resource("track.gpx"));
        UploadWorkers w = workers(1, 8 << 20, Duration.ZERO);
        assertThat(w.drain()).isEqualTo(3); // three attempts, each stopped at its first record
        assertThat(state(id)).isEqualTo("failed");
        assertThat(error(id))
                .startsWith("gave up after 3 attempts to import the file; the last one: the import took longer than"
                        + " its budget of 0 s");
        assertThat(attempts(id)).isEqualTo(3);
        assertThat(activities()).isZero();
        // a budget that is enough imports it
        String ok = upload("ride2.gpx", UploadsIT.resource("track.gpx"));
        assertThat(workers(1, 8 << 20, Duration.ofMinutes(5)).drain()).isEqualTo(1);
        assertThat(state(ok)).isEqualTo("completed");
        assertThat(activities()).isEqualTo(1);
    }

    private int attempts(String id) {
        return jdbc.sql("SELECT attempts FROM uploads WHERE id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    @Test
    void aHeavyUploadInProgressDoesNotStallASmallOne() throws Exception {
        // the heavy upload (40 MB as far as the queue knows) is stuck storing its activity: the test holds a lock on
        // its user's row, which that insert needs; meanwhile a small upload of another user must go through
        String heavy = upload("big.gpx", UploadsIT.resource("track.gpx"));
        jdbc.sql("UPDATE uploads SET bytes_total = ? WHERE id = ?")
                .params(40L << 20, heavy)
                .update();
        String small = upload("small.fit", UploadsIT.resource("run.fit"));
        String heavyUser = api.get("/v2/uploads/" + heavy).json().get("user_id").asString();
        UploadWorkers w = workers(2, 8 << 20, Duration.ofMinutes(5));
        try (java.sql.Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (var st = lock.prepareStatement("SELECT 1 FROM users WHERE id = ?::uuid FOR UPDATE")) {
                st.setString(1, heavyUser);
                st.executeQuery().close();
            }
            w.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!state(small).equals("completed") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(state(small)).isEqualTo("completed");
            assertThat(state(heavy)).isEqualTo("processing");
            lock.rollback();
            while (!state(heavy).equals("completed") && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(state(heavy)).isEqualTo("completed");
        } finally {
            w.stop();
        }
    }

    @Test
    void theSpooledFileIsReadableByItsOwnerOnly() throws Exception {
        UploadService.Staged s = service.stage(new ByteArrayInputStream(UploadsIT.resource("run.fit")), "run.fit");
        try {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(s.path())))
                    .isEqualTo("rw-------");
            assertThat(Files.size(s.path())).isEqualTo(UploadsIT.resource("run.fit").length);
        } finally {
            service.discard(s);
        }
        assertThat(Files.exists(s.path())).isFalse();
    }
}
