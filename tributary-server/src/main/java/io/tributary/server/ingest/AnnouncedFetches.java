package io.tributary.server.ingest;

import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.FetchRequest;
import io.tributary.connectors.FetchResult;
import io.tributary.connectors.PushAction;
import io.tributary.server.connection.ConnectionContexts;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fetches that a notification announced (a ping's callback): run off the request thread so the hook answers at
 * once, through the connector's {@code fetch} with the notification's hints, and ingested with events. A transient
 * failure is retried after the provider's {@code Retry-After} (at least {@link #MIN_RETRY}), up to {@link #ATTEMPTS}
 * times; a rate limit (429, or the app's declared quota spent) defers the fetch until the quota allows, up to {@link
 * #MAX_DEFERRALS} times (in memory: a node that stops loses its deferred fetches); an auth failure has already become {@code connection_error}; a malformed answer is
 * logged with the connection and nothing of it is stored.
 */
@Component
public class AnnouncedFetches {
    private static final Logger log = LoggerFactory.getLogger(AnnouncedFetches.class);
    static final int ATTEMPTS = 5;
    static final Duration MIN_RETRY = Duration.ofSeconds(30);
    /** Rate-limited fetches wait for the quota this many times (a day's window at least) before they are dropped. */
    static final int MAX_DEFERRALS = 200;

    private final ConnectionContexts contexts;
    private final DataIngest ingest;
    private final TransactionTemplate tx;
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(2, r -> {
        Thread t = new Thread(r, "announced-fetch");
        t.setDaemon(true);
        return t;
    });

    public AnnouncedFetches(ConnectionContexts contexts, DataIngest ingest, PlatformTransactionManager txManager) {
        this.contexts = contexts;
        this.ingest = ingest;
        this.tx = new TransactionTemplate(txManager);
    }

    public void schedule(EnvironmentRecord env, User user, Connector connector, PushAction.Fetch fetch) {
        executor.execute(() -> run(env, user, connector, fetch, 1, 0));
    }

    private void run(
            EnvironmentRecord env, User user, Connector connector, PushAction.Fetch f, int attempt, int deferrals) {
        String provider = connector.descriptor().provider();
        try {
            FetchResult r = connector.fetch(
                    FetchRequest.of(contexts.of(env, user, connector), f.type(), f.start(), f.end(), f.hints()));
            if (!r.supported() || r.records().isEmpty()) return;
            tx.executeWithoutResult(s -> ingest.ingestMapped(
                    env, user, r.records(), UUID.randomUUID().toString(), true));
        } catch (ConnectorException e) {
            // a rate limit is not a failure of the fetch: it waits for the quota without using up its attempts
            boolean limited = e.kind() == ConnectorException.Kind.RATE_LIMITED;
            boolean retry = limited
                    ? deferrals < MAX_DEFERRALS
                    : e.kind() == ConnectorException.Kind.TRANSIENT && attempt < ATTEMPTS;
            log.warn(
                    "{} announced {} fetch for user {} failed ({}, attempt {}){}: {}",
                    provider,
                    f.type().wireName(),
                    user.id(),
                    e.kind(),
                    attempt,
                    retry ? ", retrying" : "",
                    e.getMessage());
            if (retry) {
                Duration wait = e.retryAfter().compareTo(MIN_RETRY) < 0 ? MIN_RETRY : e.retryAfter();
                executor.schedule(
                        () -> run(
                                env,
                                user,
                                connector,
                                f,
                                limited ? attempt : attempt + 1,
                                deferrals + (limited ? 1 : 0)),
                        wait.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            log.warn(
                    "{} announced {} fetch for user {} failed, nothing stored: {}",
                    provider,
                    f.type().wireName(),
                    user.id(),
                    e.toString());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
