package io.tributary.server.ingest;

import io.tributary.connectors.Connector;
import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.Connectors;
import io.tributary.connectors.FetchRequest;
import io.tributary.connectors.FetchResult;
import io.tributary.model.DataType;
import io.tributary.server.connection.ConnectionContexts;
import io.tributary.server.shared.EnvironmentRecord;
import io.tributary.server.storage.User;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The one place a pull from a provider is made, for both callers: {@link ScheduledPulls} (history after connecting,
 * then every poll interval) and {@link DataFetcher} (the parts of a data read the store lacks). It builds the {@link
 * FetchRequest} with the connection's {@link io.tributary.connectors.ConnectionContext} (authenticated,
 * rate-limited HTTP, its key-value store, the effective URLs, the clock, the app), calls the connector and hands the
 * mapped records to {@link DataIngest} (partial ones merged into what is stored). A connector's own request planning (window size per request, provider quotas) belongs
 * here, around {@link #pull}, so that both callers obey it.
 */
@Component
public class ProviderPulls {
    private final Connectors connectors;
    private final ConnectionContexts contexts;
    private final DataIngest ingest;

    public ProviderPulls(Connectors connectors, ConnectionContexts contexts, DataIngest ingest) {
        this.connectors = connectors;
        this.contexts = contexts;
        this.ingest = ingest;
    }

    /** The user's provider's connector when it provides this type. */
    public Optional<Connector> connectorFor(User user, DataType type) {
        return connectors.find(user.provider()).filter(c -> c.descriptor().provides(type));
    }

    /** What one pull produced: whether the connector pulls this type at all, and how many objects it delivered. */
    public record Pulled(boolean supported, int items) {
        static final Pulled UNSUPPORTED = new Pulled(false, 0);
    }

    /**
     * Pulls {@code [start, end)} of one type for a connected user and ingests the result.
     *
     * @param emitEvents false for a data read that pulls missing parts (the read emits its result itself, once)
     */
    public Pulled pull(
            EnvironmentRecord env,
            User user,
            Connector connector,
            DataType type,
            Instant start,
            Instant end,
            boolean emitEvents)
            throws ConnectorException {
        FetchResult r = connector.fetch(FetchRequest.of(contexts.of(env, user, connector), type, start, end, Map.of()));
        if (!r.supported()) return Pulled.UNSUPPORTED;
        if (!r.records().isEmpty())
            ingest.ingestMapped(env, user, r.records(), UUID.randomUUID().toString(), emitEvents);
        return new Pulled(true, r.records().size());
    }
}
