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

    /**
     * Writes several events (of distinct user/type streams, so in any order) and returns, per event and in the
     * same order, null when it was written or the failure that kept it out. Implementations use the target's
     * batch form (one transaction, one flush, one batch request) and must keep failures per event: one
     * rejected event must not fail the others. The default writes one at a time.
     */
    default java.util.List<RuntimeException> writeBatch(java.util.List<TargetEvent> events) {
        java.util.List<RuntimeException> out = new java.util.ArrayList<>(events.size());
        for (TargetEvent e : events) {
            try {
                write(e);
                out.add(null);
            } catch (RuntimeException ex) {
                out.add(ex);
            }
        }
        return out;
    }

    @Override
    void close();
}
