package io.tributary.server.streaming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * This node's sockets: the identified consumers of each environment, to which {@link #deliver} fans a frame out
 * (never blocking: each connection has its own bounded queue), and the producers, for the connection state that
 * {@link StreamPresence} shows.
 */
@Component
class StreamHub {
    private final Map<UUID, Set<StreamConnection>> consumers = new ConcurrentHashMap<>();
    private final Map<String, StreamConnection> all = new ConcurrentHashMap<>();
    private final StreamingProperties props;
    final AtomicLong delivered = new AtomicLong();

    StreamHub(StreamingProperties props) {
        this.props = props;
    }

    void opened(StreamConnection c) {
        all.put(c.id(), c);
    }

    void closed(StreamConnection c) {
        all.remove(c.id());
        UUID env = c.environmentId;
        if (env != null && c.role == StreamConnection.Role.CONSUMER) {
            Set<StreamConnection> set = consumers.get(env);
            if (set != null) set.remove(c);
        }
    }

    /** Registers an identified consumer; false when the environment already has its limit on this node. */
    boolean addConsumer(StreamConnection c) {
        Set<StreamConnection> set = consumers.computeIfAbsent(c.environmentId, k -> ConcurrentHashMap.newKeySet());
        synchronized (set) {
            set.removeIf(StreamConnection::closing);
            if (set.size() >= props.maxConsumers()) return false;
            set.add(c);
            return true;
        }
    }

    /** Sends a frame to every consumer of its environment on this node. */
    void deliver(Dispatch d) {
        Set<StreamConnection> set = consumers.get(d.environmentId());
        if (set == null || set.isEmpty()) return;
        String wire = d.wire();
        for (StreamConnection c : set) if (c.send(wire)) delivered.incrementAndGet();
    }

    /** Every open socket, for the deadline sweep. */
    Iterable<StreamConnection> connections() {
        return all.values();
    }

    int consumerCount(UUID env) {
        Set<StreamConnection> set = consumers.get(env);
        if (set == null) return 0;
        int n = 0;
        for (StreamConnection c : set) if (!c.closing()) n++;
        return n;
    }

    List<StreamConnection> producers(UUID env) {
        List<StreamConnection> out = new ArrayList<>();
        for (StreamConnection c : all.values())
            if (c.role == StreamConnection.Role.PRODUCER && env.equals(c.environmentId)) out.add(c);
        return out;
    }

    int open() {
        return all.size();
    }
}
