package io.tributary.server.streaming;

import java.util.List;
import java.util.UUID;

/**
 * How submitted frames reach the consumers on every node. An implementation gives each frame its seq (monotonic
 * per environment) and hands it to {@link StreamHub#deliver} on every node, the submitting one included, in seq
 * order per environment; and answers REPLAY from what it retains.
 */
interface StreamBus {
    /** Queues a frame; false when it cannot be taken (the producer is closed with 1011). */
    boolean publish(Submission s);

    /** Retained frames of the environment with {@code after < seq < before}, in seq order. */
    List<Dispatch> replay(UUID environmentId, long after, long before);

    /** For the health of the bench and tests: frames accepted but not yet handed to the hub. */
    default int backlog() {
        return 0;
    }
}
