package io.tributary.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.TributaryApplication;
import io.tributary.server.support.TestHttp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** First start creates one developer and prints it once; a restart on the same data folder keeps everything. */
class FirstStartIT {

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(TributaryApplication.class)
                .run(
                        "--server.port=0",
                        "--tributary.data-dir=" + dataDir,
                        "--tributary.db.url=",
                        "--tributary.admin-token=");
    }

    private static int port(ConfigurableApplicationContext ctx) {
        return ((WebServerApplicationContext) ctx).getWebServer().getPort();
    }

    @Test
    void firstStartPrintsCredentialsOnceAndRestartKeepsData(@TempDir Path dir) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        JsonNode creds;
        String userId;
        try {
            System.setOut(new PrintStream(captured, true));
            try (var ctx = start(dir)) {
                Path file = dir.resolve("first-developer.json");
                assertThat(file).exists();
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                        .isEqualTo("rw-------");
                creds = TestHttp.JSON.readTree(Files.readString(file));
                assertThat(creds.get("environments").size()).isEqualTo(3);
                var testing = creds.get("environments").get(0);
                assertThat(captured.toString()).contains(testing.get("api_key").asString());
                var http = new TestHttp("http://127.0.0.1:" + port(ctx))
                        .withHeader("dev-id", testing.get("dev_id").asString())
                        .withHeader("x-api-key", testing.get("api_key").asString());
                assertThat(http.get("/v2/subscriptions").status()).isEqualTo(200);
                var env = ctx.getBean(io.tributary.server.account.AccountService.class)
                        .environmentByDevId(testing.get("dev_id").asString())
                        .orElseThrow();
                userId = ctx.getBean(io.tributary.server.account.UserService.class)
                        .createAuthenticated(env, "SANDBOX", "survivor", null, null)
                        .id()
                        .toString();
                // The admin API is off when no token is configured.
                var admin =
                        new TestHttp("http://127.0.0.1:" + port(ctx)).post("/admin/v1/developers", "{\"name\":\"x\"}");
                assertThat(admin.status()).isEqualTo(404);
            }
            captured.reset();
            try (var ctx = start(dir)) {
                assertThat(captured.toString()).doesNotContain("first developer created");
                var testing = creds.get("environments").get(0);
                var http = new TestHttp("http://127.0.0.1:" + port(ctx))
                        .withHeader("dev-id", testing.get("dev_id").asString())
                        .withHeader("x-api-key", testing.get("api_key").asString());
                var r = http.get("/v2/userInfo?user_id=" + userId);
                assertThat(r.status()).as(r.toString()).isEqualTo(200);
                assertThat(r.json().get("user").get("reference_id").asString()).isEqualTo("survivor");
                var staging = creds.get("environments").get(1);
                var wrongEnv = new TestHttp("http://127.0.0.1:" + port(ctx))
                        .withHeader("dev-id", testing.get("dev_id").asString())
                        .withHeader("x-api-key", staging.get("api_key").asString());
                assertThat(wrongEnv.get("/v2/subscriptions").status()).isEqualTo(401);
            }
        } finally {
            System.setOut(original);
        }
    }
}
