package io.tributary.server.streaming;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Connection state of an environment's producers on this node: which users have a producer socket open, since
 * when, and the device link they last reported with STATUS (op 8). STATUS is presence only: never dispatched or
 * stored. Shown by {@code GET /v2/streaming/connections}.
 */
@Component
public class StreamPresence {
    /** What {@code GET /v2/streaming/connections} shows of one producer socket. */
    public record Producer(
            UUID userId,
            Instant connectedAt,
            Boolean deviceConnected,
            String deviceId,
            String source,
            String reason,
            Instant statusAt) {}

    /** An environment's streaming state on this node. */
    public record State(int consumers, List<Producer> producers) {}

    private final Map<String, Producer> producers = new ConcurrentHashMap<>();
    private final Map<String, UUID> environments = new ConcurrentHashMap<>();
    private final StreamHub hub;
    private final Clock clock;

    StreamPresence(StreamHub hub, Clock clock) {
        this.hub = hub;
        this.clock = clock;
    }

    void producerConnected(StreamConnection c) {
        environments.put(c.id(), c.environmentId);
        producers.put(c.id(), new Producer(c.userId, clock.instant(), null, null, null, null, null));
    }

    void status(StreamConnection c, boolean connected, String deviceId, String source, String reason) {
        producers.computeIfPresent(
                c.id(),
                (k, p) -> new Producer(
                        p.userId(), p.connectedAt(), connected, deviceId, source, reason, clock.instant()));
    }

    void producerDisconnected(StreamConnection c) {
        producers.remove(c.id());
        environments.remove(c.id());
    }

    public State state(UUID environmentId) {
        List<Producer> out = new ArrayList<>();
        producers.forEach((id, p) -> {
            if (environmentId.equals(environments.get(id))) out.add(p);
        });
        out.sort(Comparator.comparing(Producer::connectedAt));
        return new State(hub.consumerCount(environmentId), out);
    }
}
