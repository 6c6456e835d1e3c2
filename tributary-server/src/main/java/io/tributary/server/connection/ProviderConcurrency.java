package io.tributary.server.connection;

import io.tributary.connectors.ConnectorDescriptor;
import io.tributary.connectors.ConnectorException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Holds requests to a provider to its descriptor's {@link io.tributary.connectors.ProviderLimits#maxConcurrentRequests()}: one fair
 * semaphore per (provider, environment), because each environment is its own developer app at the provider with its
 * own quota, and one busy app must not starve another's users (README, design: "outbound I/O is bounded per
 * provider"). Per node: every node holds its own slots. A request that waits longer than {@code
 * TRIBUTARY_PROVIDER_SLOT_WAIT} fails as {@link ConnectorException.Kind#TRANSIENT}, so the pull is retried later
 * instead of blocking a worker indefinitely.
 */
@Component
public class ProviderConcurrency {
    private final Map<String, Semaphore> slots = new ConcurrentHashMap<>();
    private final Duration maxWait;

    public ProviderConcurrency(@Value("${tributary.provider-slot-wait:60s}") Duration maxWait) {
        this.maxWait = maxWait;
    }

    /** A slot to release (close) when the request is done. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    public Slot acquire(ConnectorDescriptor d, UUID environmentId) throws ConnectorException {
        Semaphore s = slots.computeIfAbsent(
                d.provider() + "/" + environmentId,
                k -> new Semaphore(d.limits().maxConcurrentRequests(), true));
        try {
            if (!s.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS))
                throw new ConnectorException(
                        ConnectorException.Kind.TRANSIENT,
                        "no free request slot for " + d.provider() + " within " + maxWait.toSeconds() + " s ("
                                + d.limits().maxConcurrentRequests() + " in flight)",
                        30,
                        null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(ConnectorException.Kind.TRANSIENT, "interrupted", 30, e);
        }
        return s::release;
    }

    /** Requests to the provider in flight for this environment right now (for tests and metrics). */
    public int inFlight(ConnectorDescriptor d, UUID environmentId) {
        Semaphore s = slots.get(d.provider() + "/" + environmentId);
        return s == null ? 0 : d.limits().maxConcurrentRequests() - s.availablePermits();
    }
}
