package io.tributary.server.connection;

import io.tributary.connectors.AppCredentials;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.Connectors;
import io.tributary.server.storage.AppMaintenanceStore;
import io.tributary.server.storage.AppMaintenanceStore.AppKey;
import io.tributary.server.storage.NodeHeartbeat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Connector#maintainApp} for every developer app configured at every provider (an environment's own
 * keys, and the deployment-wide client): soon after start and then every {@code TRIBUTARY_APP_MAINTENANCE_INTERVAL}
 * (1 h). Each (provider, app) is one {@code app_maintenance} row claimed with {@code FOR UPDATE SKIP LOCKED} and
 * leased to this node, so among several nodes exactly one runs it. A rate limit or transient failure is tried again
 * after its {@code Retry-After} (at least {@link #RETRY}); other failures at the next interval. Failures are logged
 * and kept in {@code last_error}.
 */
@Component
public class AppMaintenance {
    private static final Logger log = LoggerFactory.getLogger(AppMaintenance.class);
    static final Duration CLAIM = Duration.ofMinutes(10);
    static final Duration RETRY = Duration.ofMinutes(5);

    private final Connectors connectors;
    private final ProviderApps apps;
    private final AppContexts contexts;
    private final AppMaintenanceStore store;
    private final NodeHeartbeat node;
    private final Clock clock;
    private final Duration interval;
    private final AtomicBoolean running = new AtomicBoolean();

    public AppMaintenance(
            Connectors connectors,
            ProviderApps apps,
            AppContexts contexts,
            AppMaintenanceStore store,
            NodeHeartbeat node,
            Clock clock,
            @Value("${tributary.app-maintenance-interval:1h}") Duration interval) {
        this.connectors = connectors;
        this.apps = apps;
        this.contexts = contexts;
        this.store = store;
        this.node = node;
        this.clock = clock;
        this.interval = interval;
    }

    @Scheduled(
            fixedDelayString = "${tributary.app-maintenance-tick:1m}",
            initialDelayString = "${tributary.app-maintenance-first:10s}")
    void scheduled() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.warn("app maintenance failed", e);
        }
    }

    /** Registers the configured apps, then runs those due that this node claims. Returns how many it ran. */
    public int tick() {
        if (!running.compareAndSet(false, true)) return 0;
        try {
            Instant now = clock.instant();
            for (Connector c : connectors.all())
                for (AppCredentials app : apps.all(c.descriptor()))
                    store.ensure(c.descriptor().provider(), app.ref(), now);
            int ran = 0;
            List<AppKey> due;
            while (!(due = store.claimDue(clock.instant(), clock.instant().plus(CLAIM), node.nodeId(), 10)).isEmpty())
                for (AppKey k : due) if (run(k)) ran++;
            return ran;
        } finally {
            running.set(false);
        }
    }

    private boolean run(AppKey k) {
        Optional<Connector> c = connectors.find(k.provider());
        Optional<AppCredentials> app = c.flatMap(x -> apps.all(x.descriptor()).stream()
                .filter(a -> a.ref().equals(k.appRef()))
                .findFirst());
        if (app.isEmpty()) {
            store.remove(k); // keys removed, or the provider is gone
            return false;
        }
        Instant started = clock.instant();
        try {
            c.get().maintainApp(contexts.of(c.get(), app.get()));
            store.finish(k, node.nodeId(), started, clock.instant().plus(interval), null);
            return true;
        } catch (ConnectorException e) {
            boolean soon =
                    e.kind() == ConnectorException.Kind.RATE_LIMITED || e.kind() == ConnectorException.Kind.TRANSIENT;
            Duration wait = soon ? (e.retryAfter().compareTo(RETRY) > 0 ? e.retryAfter() : RETRY) : interval;
            log.warn(
                    "{} maintenance of app {} failed ({}), next in {} s: {}",
                    k.provider(),
                    k.appRef(),
                    e.kind(),
                    wait.toSeconds(),
                    e.getMessage());
            store.finish(k, node.nodeId(), started, clock.instant().plus(wait), e.kind() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            log.warn("{} maintenance of app {} failed", k.provider(), k.appRef(), e);
            store.finish(k, node.nodeId(), started, clock.instant().plus(interval), e.toString());
        }
        return true;
    }
}
