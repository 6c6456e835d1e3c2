package io.tributary.server.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * The connections of the short synchronous reads ({@link ShortReadStore}), a pool of their own. Sized to the cores
 * rather than to the main pool (which also serves the delivery workers): with 32 concurrent reads on two cores, 20
 * connections meant up to 20 PostgreSQL backends competing for the cores, and the CPU per read of both the server
 * and PostgreSQL was a third higher than with 6, with twice the tail latency. Reads beyond the pool wait for a
 * connection inside the request, so that wait is part of the response time.
 */
public final class ShortReadPool implements AutoCloseable {
    private final HikariDataSource dataSource;

    ShortReadPool(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** 2 connections per processor + 2 (the usual cores × 2 + spindles), unless configured. */
    static int size(int configured) {
        return configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors() + 2;
    }

    /** A pool on the same database and credentials as {@code main}. */
    static ShortReadPool of(HikariDataSource main, int size, MeterRegistry registry) {
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("tributary-reads");
        hc.setJdbcUrl(main.getJdbcUrl());
        hc.setUsername(main.getUsername());
        hc.setPassword(main.getPassword());
        hc.setMaximumPoolSize(size);
        hc.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        if (registry != null) hc.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        return new ShortReadPool(new HikariDataSource(hc));
    }

    DataSource dataSource() {
        return dataSource;
    }

    int maximumPoolSize() {
        return dataSource.getMaximumPoolSize();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
