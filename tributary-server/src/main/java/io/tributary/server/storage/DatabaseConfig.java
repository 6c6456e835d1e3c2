package io.tributary.server.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.tributary.server.shared.TributaryProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One DataSource: an external PostgreSQL when {@code TRIBUTARY_DB_URL} is set, otherwise an embedded
 * PostgreSQL whose files live in {@code TRIBUTARY_DATA_DIR/pg} so data survives restarts.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean(destroyMethod = "close")
    public DataSource dataSource(TributaryProperties props) throws IOException {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("tributary");
        hc.setMaximumPoolSize(Math.max(2, props.db().poolSize()));
        hc.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        if (props.hasExternalDb()) {
            hc.setJdbcUrl(props.db().url());
            if (props.db().user() != null && !props.db().user().isBlank())
                hc.setUsername(props.db().user());
            if (props.db().password() != null && !props.db().password().isBlank())
                hc.setPassword(props.db().password());
            log.info("Using external PostgreSQL at {}", redact(props.db().url()));
            return new HikariDataSource(hc);
        }
        EmbeddedPostgres pg = EmbeddedDatabase.start(props.dataDir().resolve("pg"));
        hc.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        return new EmbeddedBackedDataSource(hc, pg);
    }

    /** The short synchronous reads' own connections (see {@link ShortReadPool}), on the same database. */
    @Bean(destroyMethod = "close")
    public ShortReadPool shortReadPool(
            DataSource dataSource, TributaryProperties props, ObjectProvider<MeterRegistry> registry) {
        return ShortReadPool.of(
                (HikariDataSource) dataSource,
                ShortReadPool.size(props.db().readPoolSize()),
                registry.getIfAvailable());
    }

    static String redact(String url) {
        return url.replaceAll("password=[^&]*", "password=***");
    }

    /** A Hikari pool that also stops the embedded server it points at when the context closes. */
    static final class EmbeddedBackedDataSource extends HikariDataSource {
        private final EmbeddedPostgres pg;

        EmbeddedBackedDataSource(HikariConfig config, EmbeddedPostgres pg) {
            super(config);
            this.pg = pg;
        }

        @Override
        public void close() {
            super.close();
            try {
                pg.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.toString());
            }
        }
    }

    /** Starting the embedded server, including recovery from a previous process killed with SIGKILL. */
    public static final class EmbeddedDatabase {
        private EmbeddedDatabase() {}

        public static EmbeddedPostgres start(Path dir) throws IOException {
            Files.createDirectories(dir);
            stopOrphan(dir);
            long t0 = System.nanoTime();
            EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60));
            // extra server settings for profiling runs, e.g.
            // -Dtributary.embedded-pg.settings=shared_preload_libraries=pg_stat_statements
            for (String kv :
                    System.getProperty("tributary.embedded-pg.settings", "").split(";")) {
                int eq = kv.indexOf('=');
                if (eq > 0)
                    b.setServerConfig(
                            kv.substring(0, eq).trim(), kv.substring(eq + 1).trim());
            }
            EmbeddedPostgres pg = b.start();
            log.info(
                    "Embedded PostgreSQL started in {} ms, data in {}",
                    (System.nanoTime() - t0) / 1_000_000,
                    dir.toAbsolutePath());
            return pg;
        }

        /**
         * A JVM killed with SIGKILL leaves its postmaster running with postmaster.pid held; the next start
         * would fail. Stop that orphan first (only if the pid really is a postgres process).
         */
        static void stopOrphan(Path dir) {
            Path pidFile = dir.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) return;
            try {
                String first = Files.readAllLines(pidFile).stream()
                        .findFirst()
                        .orElse("")
                        .trim();
                long pid = Long.parseLong(first);
                ProcessHandle.of(pid)
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> p.info()
                                .command()
                                .map(c -> c.endsWith("/postgres"))
                                .orElse(false))
                        .ifPresent(p -> {
                            log.warn("Stopping orphaned embedded PostgreSQL (pid {}) left by a previous run", pid);
                            p.destroy();
                            try {
                                p.onExit()
                                        .get(
                                                java.util.concurrent.TimeUnit.SECONDS.toMillis(30),
                                                java.util.concurrent.TimeUnit.MILLISECONDS);
                            } catch (Exception e) {
                                p.destroyForcibly();
                            }
                        });
            } catch (IOException | NumberFormatException e) {
                log.warn("Could not read {}: {}", pidFile, e.toString());
            }
        }
    }
}
