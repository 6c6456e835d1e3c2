package io.tributary.server.connection;

import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.ProviderLimits;
import io.tributary.connectors.ProviderLimits.RateLimit;
import io.tributary.server.storage.ProviderQuotaStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enforces the {@link RateLimit}s a descriptor declares, per provider and developer app ({@code appRef}: the
 * environment id, or {@code default} for the deployment-wide client) and, for {@link ProviderLimits.Scope#USER}
 * limits, per user; and the pause a provider's 429 {@code Retry-After} puts on that app's calls. The counters live in
 * the database ({@link ProviderQuotaStore}: fixed windows aligned to the epoch, incremented atomically within the
 * limit), so every node sharing it spends one quota between them.
 *
 * <p>A request whose window is spent waits for the next window when that is at most {@code
 * TRIBUTARY_PROVIDER_RATE_WAIT} away (queued); otherwise it fails at once as {@link
 * ConnectorException.Kind#RATE_LIMITED} with the time left as its retry-after, and the caller defers the work:
 * scheduled pulls and backfills are rescheduled (with {@code rate_limit_hit}), asynchronous reads retried, announced
 * fetches retried later. Fixed windows let a burst straddle a boundary; a provider counting sliding windows may then
 * answer 429, and its Retry-After pauses the app on top.
 */
@Component
public class ProviderRateLimiter {
    private static final Logger log = LoggerFactory.getLogger(ProviderRateLimiter.class);

    private final ProviderQuotaStore store;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration maxWait;

    public ProviderRateLimiter(
            ProviderQuotaStore store,
            PlatformTransactionManager txManager,
            Clock clock,
            @Value("${tributary.provider-rate-wait:10s}") Duration maxWait) {
        this.store = store;
        this.tx = new TransactionTemplate(txManager);
        // a take commits on its own, whatever transaction the caller is in (a spent window must not roll it back)
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.maxWait = maxWait;
    }

    /** One request to the provider on behalf of the app (and the user, null for app-level calls). */
    public void acquireRequest(ConnectorDescriptor d, String appRef, UUID userId) throws ConnectorException {
        acquire(d, appRef, userId, ProviderLimits.Unit.REQUESTS, 1);
    }

    /**
     * Takes {@code amount} units of every declared limit of {@code unit} (all or none), waiting up to {@code
     * TRIBUTARY_PROVIDER_RATE_WAIT} for windows to open and pauses to end.
     */
    public void acquire(ConnectorDescriptor d, String appRef, UUID userId, ProviderLimits.Unit unit, long amount)
            throws ConnectorException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            Instant now = clock.instant();
            Optional<Blocked> blocked = tryTake(d, appRef, userId, unit, amount, now);
            if (blocked.isEmpty()) return;
            Duration wait = blocked.get().delay();
            if (wait.toNanos() > deadline - System.nanoTime()) {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                throw ConnectorException.rateLimited(
                        d.provider() + " " + blocked.get().why() + " for app " + appRef + "; retry in " + seconds
                                + " s",
                        Duration.ofSeconds(seconds));
            }
            sleep(wait);
        }
    }

    /** The provider answered 429: pause this app's calls to it until {@code retryAfter} has passed. */
    public void pause(ConnectorDescriptor d, String appRef, Duration retryAfter) {
        Instant until = clock.instant().plus(retryAfter);
        store.pause(d.provider(), appRef, until);
        log.info("{} answered 429 for app {}: its calls are paused until {}", d.provider(), appRef, until);
    }

    /** Why a take failed and how long until it may succeed. */
    record Blocked(Duration delay, String why) {}

    Optional<Blocked> tryTake(
            ConnectorDescriptor d, String appRef, UUID userId, ProviderLimits.Unit unit, long amount, Instant now) {
        String provider = d.provider();
        List<RateLimit> limits = new ArrayList<>();
        for (RateLimit r : d.limits().rateLimits())
            if (r.unit() == unit && (r.scope() == ProviderLimits.Scope.APP || userId != null)) limits.add(r);
        if (limits.isEmpty()) {
            return store.pausedUntil(provider, appRef, now)
                    .map(until -> new Blocked(Duration.between(now, until), "is paused after a 429"));
        }
        return tx.execute(status -> {
            Optional<Instant> paused = store.pausedUntil(provider, appRef, now);
            if (paused.isPresent())
                return Optional.of(new Blocked(Duration.between(now, paused.get()), "is paused after a 429"));
            for (RateLimit r : limits) {
                long windowMillis = r.window().toMillis();
                Instant start = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), windowMillis) * windowMillis);
                Instant end = start.plusMillis(windowMillis);
                if (!store.take(provider, appRef, bucket(r, userId), start, end, amount, r.limit())) {
                    status.setRollbackOnly();
                    return Optional.of(new Blocked(Duration.between(now, end), "quota " + r.describe() + " spent"));
                }
            }
            return Optional.<Blocked>empty();
        });
    }

    /** The counter's name: unit, window and scope, e.g. {@code requests/60/app}. */
    static String bucket(RateLimit r, UUID userId) {
        return r.unit().name().toLowerCase(Locale.ROOT) + "/" + r.window().toSeconds() + "/"
                + (r.scope() == ProviderLimits.Scope.APP ? "app" : "user:" + userId);
    }

    @Scheduled(fixedDelayString = "${tributary.provider-quota-purge:10m}", initialDelayString = "1m")
    void purge() {
        try {
            store.purge(clock.instant().minus(Duration.ofMinutes(1)));
        } catch (RuntimeException e) {
            log.warn("purging ended provider quota windows failed: {}", e.toString());
        }
    }

    private static void sleep(Duration d) throws ConnectorException {
        try {
            Thread.sleep(Math.max(1, Math.min(d.toMillis(), 1000)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(ConnectorException.Kind.TRANSIENT, "interrupted", 30, e);
        }
    }
}
