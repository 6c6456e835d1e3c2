package io.tributary.server.delivery.writer;

/**
 * An open connection to one configured destination (a pool, a client, a producer). Thread-safe: the
 * delivery pipeline may write several events at once. Failures are {@link TargetException}s.
 */
public interface Target extends AutoCloseable {
    /** Proves the configuration works (reachable, credentials accepted, permission to write). */
    void ping();

    /** Writes one event; a repeated call with the same trace id does not create a second copy where the target allows it. */
    void write(TargetEvent event);

    @Override
    void close();
}
