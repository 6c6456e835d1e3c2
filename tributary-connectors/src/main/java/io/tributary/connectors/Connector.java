package io.tributary.connectors;

/**
 * A data source: a descriptor (what it is, how users connect, which data types it has) plus fetch planning
 * and mapping from the provider's JSON to the Terra model. Pure Java, no Spring: the server supplies HTTP,
 * tokens and storage. Implementations are registered with {@link java.util.ServiceLoader} in {@code
 * META-INF/services/io.tributary.connectors.Connector}.
 */
public interface Connector {
    ConnectorDescriptor descriptor();

    /**
     * Pulls one data type for one connected user and a time range. Connectors that only receive pushes (or
     * not this type) return {@link FetchResult#unsupported()}.
     */
    default FetchResult fetch(FetchRequest request) throws ConnectorException {
        return FetchResult.unsupported();
    }
}
