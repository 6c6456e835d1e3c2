package io.tributary.server.ingest;

import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.Connectors;
import io.tributary.model.DataType;
import io.tributary.model.event.RateLimitHitEvent;
import io.tributary.server.account.TerraUsers;
import io.tributary.server.account.UserService;
import io.tributary.server.connection.ConnectionEstablished;
import io.tributary.server.outbox.EventWriter;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.shared.NodeRoles;
import io.tributary.server.shared.Timestamps;
import io.tributary.server.storage.AccountStore;
import io.tributary.server.storage.ConnectionStore;
import io.tributary.server.storage.ConnectionStore.ConnectionRecord;
import io.tributary.server.storage.NodeHeartbeat;
import io.tributary.server.storage.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Scheduled pulls for connections: the history on first sync ({@link Backfills}: pulled, or asked of the provider
 * to push, window by window; {@code TRIBUTARY_<PROVIDER>_HISTORY_DAYS}) and then every {@code
 * TRIBUTARY_POLL_INTERVAL}, each type through {@link ProviderPulls} (with the connection's context) and {@link
 * DataIngest} like every other source. A rate limit (the provider's 429, or a declared quota spent) defers the
 * connection to the retry time, with {@code rate_limit_hit} while its history is being fetched; a transient failure
 * retries later; a malformed answer skips that type or window. Due connections are claimed with {@code FOR UPDATE SKIP LOCKED}, so several nodes share
 * the work without doing any connection twice. A new connection ({@link ConnectionEstablished}) is pulled at once.
 */
@Service
public class ScheduledPulls implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ScheduledPulls.class);
    private static final Duration CLAIM = Duration.ofMinutes(10);
    /** A backfill that ended longer ago than this after it began is followed by an immediate catch-up pull. */
    private static final Duration CATCH_UP_AFTER = Duration.ofMinutes(5);

    private final ConnectionStore connections;
    private final NodeHeartbeat heartbeat;
    private final AccountStore accounts;
    private final UserService users;
    private final EventWriter events;
    private final Connectors connectors;
    private final ProviderPulls pulls;
    private final NodeRoles roles;
    private final Clock clock;
    private final Backfills backfills;
    private final Duration interval;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> daemon(r, "tributary-sync"));
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public ScheduledPulls(
            ConnectionStore connections,
            AccountStore accounts,
            UserService users,
            EventWriter events,
            Connectors connectors,
            ProviderPulls pulls,
            Clock clock,
            NodeHeartbeat heartbeat,
            NodeRoles roles,
            Backfills backfills,
            @Value("${tributary.poll-interval:15m}") Duration interval) {
        this.connections = connections;
        this.accounts = accounts;
        this.users = users;
        this.events = events;
        this.connectors = connectors;
        this.pulls = pulls;
        this.clock = clock;
        this.heartbeat = heartbeat;
        this.roles = roles;
        this.backfills = backfills;
        this.interval = interval;
    }

    /** A new connection: pull its history now instead of at the next tick. */
    @EventListener
    public void onConnected(ConnectionEstablished connected) {
        executor.submit(this::tick);
    }

    @Scheduled(fixedDelayString = "${tributary.sync-tick:30s}", initialDelayString = "${tributary.sync-tick:30s}")
    public void tick() {
        if (!roles.has(NodeRoles.Role.SYNC)) return; // a sync node claims the due connections
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                List<ConnectionRecord> due;
                while (!(due = connections.claimDue(
                                clock.instant(), clock.instant().plus(CLAIM), 10, heartbeat.nodeId()))
                        .isEmpty()) for (ConnectionRecord c : due) syncOne(c);
            } while (again.get());
        } catch (RuntimeException e) {
            log.warn("connection sync failed", e);
        } finally {
            running.set(false);
        }
    }

    /** Result of one connection's sync (for tests and logs). */
    public record SyncResult(int items, String error) {}

    public SyncResult syncOne(ConnectionRecord c) {
        Instant now = clock.instant();
        EnvironmentRecord env = accounts.findEnvironment(c.environmentId()).orElse(null);
        Connector connector = connectors.find(c.provider()).orElse(null);
        User user = env == null
                ? null
                : users.find(env, c.userId()).filter(User::authenticated).orElse(null);
        if (env == null || connector == null || user == null) return new SyncResult(0, "gone");
        boolean backfill = c.backfilledAt() == null;
        int total = 0;
        Instant syncedAt = now;
        Instant next = now.plus(interval);
        try {
            if (backfill) {
                Backfills.Done done = backfills.run(env, user, connector);
                total = done.items();
                // a backfill that was deferred ends at its anchor: catch up from there at once
                if (done.anchor().isBefore(now.minus(CATCH_UP_AFTER))) {
                    syncedAt = done.anchor();
                    next = now;
                }
            } else {
                Instant start = c.lastSyncAt() == null
                        ? Backfills.historyStart(connector, now)
                        : c.lastSyncAt().minus(Duration.ofDays(1));
                for (DataType type : DataType.values()) {
                    if (!connector.descriptor().provides(type) || type == DataType.ATHLETE) continue;
                    try {
                        total += pulls.pull(env, user, connector, type, start, now, true)
                                .items();
                    } catch (ConnectorException e) {
                        if (e.kind() != ConnectorException.Kind.BAD_RESPONSE) throw e;
                        log.warn(
                                "sync of user {} at {}: {} skipped, nothing stored: {}",
                                c.userId(),
                                c.provider(),
                                type.wireName(),
                                e.getMessage());
                    }
                }
            }
        } catch (ConnectorException e) {
            switch (e.kind()) {
                case AUTH_FAILED, ACCESS_REVOKED -> {
                    log.info("sync of user {} at {} stopped: {}", c.userId(), c.provider(), e.getMessage());
                    connections.markSynced(c.userId(), now, null, false);
                }
                default -> {
                    long wait = Math.max(30, e.retryAfterSeconds());
                    // from the failure, not the start of the sync: the provider's wait began when it answered
                    Instant retryAt = clock.instant().plusSeconds(wait);
                    if (backfill && e.kind() == ConnectorException.Kind.RATE_LIMITED) {
                        // the history pulled on connection is delivered as events like an async request: say so
                        events.append(
                                env,
                                user.id(),
                                RateLimitHitEvent.of(
                                        TerraUsers.of(user),
                                        Timestamps.iso(Backfills.historyStart(connector, now)),
                                        Timestamps.iso(now),
                                        Timestamps.iso(retryAt)));
                    }
                    log.info(
                            "sync of user {} at {} will retry in {} s: {}",
                            c.userId(),
                            c.provider(),
                            wait,
                            e.getMessage());
                    connections.markSynced(c.userId(), c.lastSyncAt() == null ? now : c.lastSyncAt(), retryAt, false);
                }
            }
            return new SyncResult(total, e.kind().name());
        } catch (RuntimeException e) {
            log.warn("sync of user {} at {} failed", c.userId(), c.provider(), e);
            connections.markSynced(
                    c.userId(), c.lastSyncAt() == null ? now : c.lastSyncAt(), now.plus(interval), false);
            return new SyncResult(total, e.getClass().getSimpleName());
        }
        connections.markSynced(c.userId(), syncedAt, next, backfill);
        log.debug("synced user {} at {}: {} objects{}", c.userId(), c.provider(), total, backfill ? " (history)" : "");
        return new SyncResult(total, null);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
