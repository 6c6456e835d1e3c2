package io.tributary.server.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tributary.connectors.Connector;
import io.tributary.connectors.Connectors;
import io.tributary.server.storage.QueueStatsStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauges for every queue the nodes share (docs/operations.md, "Metrics"), refreshed from PostgreSQL every
 * {@code TRIBUTARY_METRICS_REFRESH} (15 s) rather than at each scrape, so any number of scrapers cost the database
 * the same few index reads:
 *
 * <ul>
 *   <li>{@code tributary_outbox_pending}, {@code tributary_outbox_lag_seconds} (age of the oldest event not yet fanned
 *       out);
 *   <li>{@code tributary_deliveries{state=due|scheduled|delivering|waiting}};
 *   <li>{@code tributary_sync_backlog{provider}} (connections due for a pull);
 *   <li>{@code tributary_uploads{state=queued|processing}}, {@code tributary_read_jobs{state=queued|running}}.
 * </ul>
 *
 * Per-destination latency, retries and failures are counted where they happen ({@code
 * tributary_delivery_attempts_seconds{destination,outcome}}, delivery's AttemptMetrics).
 */
@Component
public class QueueMetrics {
    private static final Logger log = LoggerFactory.getLogger(QueueMetrics.class);

    private static final String BACKLOG = "connections due for a pull";

    private final QueueStatsStore stats;
    private final MeterRegistry registry;
    private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();
    private final AtomicLong lagMillis = new AtomicLong();

    public QueueMetrics(QueueStatsStore stats, MeterRegistry registry, Connectors connectors) {
        this.stats = stats;
        this.registry = registry;
        // a series per provider from the start (0 until a connection is due), so dashboards and alerts see them all
        for (Connector c : connectors.all())
            gauge("tributary.sync.backlog", "provider", c.descriptor().provider(), BACKLOG);
        Gauge.builder("tributary.outbox.lag", lagMillis, v -> v.get() / 1000.0)
                .baseUnit("seconds")
                .description("age of the oldest event not yet fanned out to its destinations")
                .register(registry);
    }

    @Scheduled(initialDelayString = "5s", fixedDelayString = "${tributary.metrics-refresh:15s}")
    public void refresh() {
        try {
            QueueStatsStore.Outbox o = stats.outbox();
            gauge("tributary.outbox.pending", null, null, "events not yet fanned out")
                    .set(o.pending());
            lagMillis.set(Math.round(o.oldestAgeSeconds() * 1000));
            set("tributary.deliveries", "state", stats::deliveries, "deliveries by state");
            set("tributary.sync.backlog", "provider", stats::syncBacklog, BACKLOG);
            set("tributary.uploads", "state", stats::uploads, "uploads by state");
            set("tributary.read.jobs", "state", stats::readJobs, "asynchronous read jobs by state");
        } catch (RuntimeException e) {
            log.debug("queue metrics not refreshed: {}", e.toString());
        }
    }

    /** Sets every gauge of {@code name}: the tags the query returned, and 0 for those it no longer returns. */
    private void set(String name, String tag, Supplier<Map<String, Long>> query, String description) {
        Map<String, Long> now = query.get();
        gauges.forEach((key, value) -> {
            if (key.startsWith(name + "|") && !now.containsKey(key.substring(name.length() + 1))) value.set(0);
        });
        now.forEach((value, n) -> gauge(name, tag, value, description).set(n));
    }

    private AtomicLong gauge(String name, String tag, String value, String description) {
        return gauges.computeIfAbsent(name + "|" + (value == null ? "" : value), k -> {
            AtomicLong holder = new AtomicLong();
            Gauge.Builder<AtomicLong> b =
                    Gauge.builder(name, holder, AtomicLong::get).description(description);
            if (tag != null) b.tag(tag, value);
            b.register(registry);
            return holder;
        });
    }
}
