package io.tributary.server.storage;

import static io.tributary.server.storage.EmbeddedDatabaseIT.column;
import static io.tributary.server.storage.EmbeddedDatabaseIT.mode;
import static io.tributary.server.storage.EmbeddedDatabaseIT.one;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.server.TributaryApplication;
import io.tributary.server.account.AccountService;
import io.tributary.server.account.UserService;
import io.tributary.server.support.EmbeddedDb;
import io.tributary.server.support.TestHttp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A data folder made the way the previous release made it (zonky's defaults: {@code trust} for every local
 * connection, socket in the shared temporary folder, the application and its migrations connected as the
 * superuser, folders under the umask's 755) is upgraded in place by this version: nothing lost, everything
 * readable and writable by the application role, no password-less connection left.
 */
class EmbeddedUpgradeIT {

    @Test
    void folderFromThePreviousReleaseIsUpgradedInPlace(@TempDir Path dir) throws Exception {
        JsonNode testing;
        String survivor;
        // --- the previous release: an embedded server with zonky's defaults, the application as its superuser
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("pg"))
                .setCleanDataDirectory(false)
                .start()) {
            try (var ctx = start(dir, old.getJdbcUrl("postgres", "postgres"))) {
                testing = TestHttp.JSON
                        .readTree(Files.readString(dir.resolve("first-developer.json")))
                        .get("environments")
                        .get(0);
                var env = ctx.getBean(AccountService.class)
                        .environmentByDevId(testing.get("dev_id").asString())
                        .orElseThrow();
                survivor = ctx.getBean(UserService.class)
                        .createAuthenticated(env, "SANDBOX", "survivor", null, null)
                        .id()
                        .toString();
            }
            assertThat(Files.readString(dir.resolve("pg/pg_hba.conf"))).contains("trust");
            try (Connection c = DriverManager.getConnection(old.getJdbcUrl("postgres", "postgres"))) {
                assertThat(c.isValid(2)).isTrue(); // the hole this version closes
            }
        }
        Files.deleteIfExists(dir.resolve("pg-passwords"));
        for (String d : new String[] {"", "uploads"})
            Files.setPosixFilePermissions(dir.resolve(d), PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String f : new String[] {"secret.key", "first-developer.json"})
            Files.setPosixFilePermissions(dir.resolve(f), PosixFilePermissions.fromString("rw-r--r--"));

        // --- this version on that folder
        try (var ctx = start(dir, "")) {
            var api = new TestHttp("http://127.0.0.1:" + port(ctx))
                    .withHeader("dev-id", testing.get("dev_id").asString())
                    .withHeader("x-api-key", testing.get("api_key").asString());
            var r = api.get("/v2/userInfo?user_id=" + survivor);
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            assertThat(r.json().get("user").get("reference_id").asString()).isEqualTo("survivor");
            // it writes to the tables it now owns
            var env = ctx.getBean(AccountService.class)
                    .environmentByDevId(testing.get("dev_id").asString())
                    .orElseThrow();
            ctx.getBean(UserService.class).createAuthenticated(env, "SANDBOX", "newcomer", null, null);
            assertThat(ctx.getBean(AccountService.class).developerCount()).isEqualTo(1);

            String url = "jdbc:postgresql://127.0.0.1:" + EmbeddedDb.port(dir) + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
                    .isInstanceOf(SQLException.class);
            try (Connection su = EmbeddedDb.superuser(dir);
                    Statement s = su.createStatement()) {
                assertThat(column(s, "SELECT DISTINCT auth_method FROM pg_hba_file_rules"))
                        .containsExactly("scram-sha-256");
                assertThat(one(s, "SELECT count(*)::text FROM users WHERE reference_id IN ('survivor', 'newcomer')"))
                        .isEqualTo("2");
                assertThat(column(
                                s,
                                "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class"
                                        + " WHERE relnamespace = 'public'::regnamespace"))
                        .containsExactly("tributary");
                assertThat(one(s, "SELECT count(*)::text FROM flyway_schema_history WHERE NOT success"))
                        .isEqualTo("0");
            }
            // migrations: the superuser's connection acting as the application role; the pool: the role itself
            var flyway = ctx.getBean(org.flywaydb.core.Flyway.class);
            try (Connection m = flyway.getConfiguration().getDataSource().getConnection();
                    Statement s = m.createStatement()) {
                assertThat(one(s, "SELECT session_user || ' as ' || current_user"))
                        .isEqualTo("postgres as tributary");
            }
            try (Connection a = ctx.getBean(javax.sql.DataSource.class).getConnection();
                    Statement s = a.createStatement()) {
                assertThat(one(s, "SELECT session_user || ' as ' || current_user"))
                        .isEqualTo("tributary as tributary");
            }
            assertThat(mode(dir)).isEqualTo("rwx------");
            assertThat(mode(dir.resolve("uploads"))).isEqualTo("rwx------");
            assertThat(mode(dir.resolve("secret.key"))).isEqualTo("rw-------");
            assertThat(mode(dir.resolve("first-developer.json"))).isEqualTo("rw-------");
            assertThat(mode(dir.resolve("pg-passwords"))).isEqualTo("rw-------");
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, String dbUrl) {
        return new SpringApplicationBuilder(TributaryApplication.class)
                .run(
                        "--server.port=0",
                        "--tributary.data-dir=" + dataDir,
                        "--tributary.db.url=" + dbUrl,
                        "--tributary.db.user=" + (dbUrl.isEmpty() ? "" : "postgres"),
                        "--tributary.admin-token=",
                        "--tributary.delivery.enabled=false");
    }

    private static int port(ConfigurableApplicationContext ctx) {
        return ((WebServerApplicationContext) ctx).getWebServer().getPort();
    }
}
