package io.tributary.connectors;

/** How a provider hands over history when a backfill asks for it. */
public enum HistoryDelivery {
    /** The server pulls each window with {@link Connector#fetch(FetchRequest)}. */
    PULL,
    /**
     * The server asks for each window with {@link Connector#requestBackfill}; the provider answers later through
     * its push receiver (Garmin's backfill).
     */
    PUSH
}
