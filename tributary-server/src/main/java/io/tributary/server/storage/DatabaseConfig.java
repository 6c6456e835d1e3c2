package io.tributary.server.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.tributary.server.shared.PrivateFiles;
import io.tributary.server.shared.TributaryProperties;
import java.io.IOException;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One DataSource: an external PostgreSQL when {@code TRIBUTARY_DB_URL} is set, otherwise an embedded
 * PostgreSQL whose files live in {@code TRIBUTARY_DATA_DIR/pg} so data survives restarts, closed to other local
 * users ({@link EmbeddedDatabase}).
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfig {
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean(destroyMethod = "close")
    public DataSource dataSource(TributaryProperties props) throws IOException {
        // first to touch the data folder in every mode: it holds the secret key and uploads even with an external DB
        PrivateFiles.secureDataFolder(props.dataDir());
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
        EmbeddedDatabase.Started pg = EmbeddedDatabase.start(props.dataDir());
        hc.setJdbcUrl(pg.jdbcUrl());
        hc.setUsername(pg.appUser());
        hc.setPassword(pg.appPassword());
        return new EmbeddedBackedDataSource(hc, pg);
    }

    /**
     * Embedded database: migrations connect as the superuser acting as the application role (see {@link
     * EmbeddedRoles}); the application's own pool has no superuser rights. An external database keeps Spring
     * Boot's default (the configured user runs both).
     */
    @Bean
    public FlywayConfigurationCustomizer migrationsAsOwner(DataSource dataSource) {
        return configuration -> {
            if (dataSource instanceof EmbeddedBackedDataSource e)
                configuration.dataSource(e.embedded.migrationDataSource());
        };
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
        private final EmbeddedDatabase.Started embedded;

        EmbeddedBackedDataSource(HikariConfig config, EmbeddedDatabase.Started embedded) {
            super(config);
            this.embedded = embedded;
        }

        @Override
        public void close() {
            super.close();
            try {
                embedded.pg().close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.toString());
            }
        }
    }
}
