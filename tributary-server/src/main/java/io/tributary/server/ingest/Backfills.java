package io.tributary.server.ingest;

import io.tributary.connectors.BackfillWindow;
import io.tributary.connectors.ConnectionContext;
import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.HistoryDelivery;
import io.tributary.connectors.KeyValueStore;
import io.tributary.connectors.ProviderLimits;
import io.tributary.model.DataType;
import io.tributary.server.connection.ConnectionContexts;
import io.tributary.server.connection.ProviderRateLimiter;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A new connection's history, window by window as the connector plans it ({@link Connector#planBackfill} over each
 * type's {@code history.backfillDepth}, i.e. {@code TRIBUTARY_<PROVIDER>_HISTORY_DAYS} capped by what the provider
 * keeps): {@link HistoryDelivery#PULL} windows are pulled and ingested with events, {@link HistoryDelivery#PUSH}
 * windows are asked of the provider ({@link Connector#requestBackfill}) after taking their days from the app's
 * {@link ProviderLimits.Unit#BACKFILL_DAYS} quotas. Progress is kept in the connection's key-value store under
 * {@value #PROGRESS} (keys starting with {@code ~} are the server's), anchored at the instant the backfill began, so
 * a backfill deferred by a rate limit or an outage resumes where it stopped instead of asking everything again. A
 * window the provider answers malformed is logged with the connection and skipped (nothing of it stored).
 */
@Component
class Backfills {
    private static final Logger log = LoggerFactory.getLogger(Backfills.class);
    static final String PROGRESS = "~backfill/";
    private static final String ANCHOR = PROGRESS + "anchor";

    private final ProviderPulls pulls;
    private final ConnectionContexts contexts;
    private final ProviderRateLimiter limiter;
    private final Clock clock;

    Backfills(ProviderPulls pulls, ConnectionContexts contexts, ProviderRateLimiter limiter, Clock clock) {
        this.pulls = pulls;
        this.contexts = contexts;
        this.limiter = limiter;
        this.clock = clock;
    }

    /** What a finished backfill did: objects pulled, and the instant its windows end at. */
    record Done(int items, Instant anchor) {}

    /**
     * Runs every window not done yet. A {@link ConnectorException} other than a malformed answer stops it (the
     * caller reschedules); the windows done so far stay done.
     */
    Done run(EnvironmentRecord env, User user, Connector connector) throws ConnectorException {
        ConnectionContext ctx = contexts.of(env, user, connector);
        KeyValueStore progress = ctx.store();
        Instant anchor = progress.get(ANCHOR)
                .map(v -> Instant.ofEpochSecond(Long.parseLong(v)))
                .orElse(null);
        if (anchor == null) {
            anchor = Instant.ofEpochSecond(clock.instant().getEpochSecond());
            progress.put(ANCHOR, Long.toString(anchor.getEpochSecond()));
        }
        var d = connector.descriptor();
        int items = 0;
        for (DataType type : DataType.values()) {
            if (!d.provides(type)) continue;
            Duration depth = d.history().backfillDepth(type);
            if (depth.isZero()) continue;
            for (BackfillWindow w : connector.planBackfill(type, anchor.minus(depth), anchor)) {
                String key = PROGRESS + type.wireName() + "/" + (w.stream() == null ? "-" : w.stream()) + "/"
                        + w.start().getEpochSecond() + "-" + w.end().getEpochSecond();
                if (progress.get(key).isPresent()) continue;
                try {
                    if (w.delivery() == HistoryDelivery.PUSH) {
                        limiter.acquire(d, ctx.app().ref(), user.id(), ProviderLimits.Unit.BACKFILL_DAYS, days(w));
                        connector.requestBackfill(ctx, w);
                    } else
                        items += pulls.pull(env, user, connector, type, w.start(), w.end(), true)
                                .items();
                    progress.put(key, "done");
                } catch (ConnectorException e) {
                    if (e.kind() != ConnectorException.Kind.BAD_RESPONSE) throw e;
                    log.warn(
                            "{} backfill {} {} {}..{} of user {} skipped, nothing stored: {}",
                            d.provider(),
                            type.wireName(),
                            w.stream() == null ? "" : w.stream(),
                            w.start(),
                            w.end(),
                            user.id(),
                            e.getMessage());
                    progress.put(key, "skipped");
                }
            }
        }
        for (String k : progress.list(PROGRESS).keySet()) progress.delete(k);
        return new Done(items, anchor);
    }

    /** The earliest instant a backfill of this connector reaches back to from {@code end}. */
    static Instant historyStart(Connector connector, Instant end) {
        Duration deepest = Duration.ZERO;
        for (DataType t : connector.descriptor().dataTypes()) {
            Duration d = connector.descriptor().history().backfillDepth(t);
            if (d.compareTo(deepest) > 0) deepest = d;
        }
        return end.minus(deepest);
    }

    /** Whole days a window asks for (Garmin counts backfill quota in days). */
    static long days(BackfillWindow w) {
        long seconds = Duration.between(w.start(), w.end()).toSeconds();
        return Math.max(1, (seconds + 86_399) / 86_400);
    }
}
