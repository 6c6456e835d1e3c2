package io.tributary.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tributary.server.TributaryApplication;
import io.tributary.server.account.AccountService;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code TRIBUTARY_DB_URL} selects an external PostgreSQL: here the machine's own on 127.0.0.1:5432 (a fresh
 * database per run, dropped afterwards). Skipped with a message when that server is not reachable.
 */
class ExternalDatabaseIT {
    static final String ADMIN_URL =
            System.getProperty("tributary.test.pg-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String USER = System.getProperty("tributary.test.pg-user", "postgres");

    @Test
    void runsAgainstAnExternalPostgres(@TempDir Path dir) throws Exception {
        String db = "tributary_it_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = connect(ADMIN_URL)) {
            assumeTrue(c != null, "local PostgreSQL on 127.0.0.1:5432 not reachable; external-database test skipped");
            c.createStatement().execute("CREATE DATABASE " + db);
        }
        String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + db;
        try (var ctx = new SpringApplicationBuilder(TributaryApplication.class)
                .run(
                        "--server.port=0",
                        "--tributary.data-dir=" + dir,
                        "--tributary.db.url=" + url,
                        "--tributary.db.user=" + USER,
                        "--tributary.db.password=")) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT current_database()").query(String.class).single())
                    .isEqualTo(db);
            assertThat(ctx.getBean(AccountService.class).developerCount()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM environments")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(3);
            // No embedded server was started: nothing under the data folder's pg directory.
            assertThat(dir.resolve("pg")).doesNotExist();
        } finally {
            try (Connection c = connect(ADMIN_URL)) {
                if (c != null) c.createStatement().execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
    }

    private static Connection connect(String url) {
        try {
            return DriverManager.getConnection(url, USER, "");
        } catch (SQLException e) {
            return null;
        }
    }
}
