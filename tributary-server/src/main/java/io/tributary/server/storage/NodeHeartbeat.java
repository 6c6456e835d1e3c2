package io.tributary.server.storage;

import io.tributary.server.shared.Ids;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This process's identity and liveness among the nodes sharing the database (docs/delivery.md, Crash recovery).
 *
 * <p>API for work that is leased in the database (deliveries, bulk cursors, read jobs, uploads, pulls):
 *
 * <ul>
 *   <li>write {@link #nodeId()} — or {@code nodeId() + "-" + anything}, e.g. a per-claim counter — into the
 *       work's holder column when claiming it;
 *   <li>make the store that owns the work a {@link NodeLeases} bean: {@code releaseNodes(dead)} makes the work
 *       of those nodes claimable again (match the holder with {@link NodeStore#nodeOf}); it runs inside the
 *       transaction that deletes the dead nodes' rows;
 *   <li>keep the work's own lease (its expiry time) as well: it still covers holders that never had a heartbeat
 *       row (an older release) and is the bound when the heartbeat cannot be written.
 * </ul>
 *
 * Every {@code interval} (TRIBUTARY_NODE_HEARTBEAT_INTERVAL, 3 s) this node renews its {@code nodes} row until now +
 * {@code ttl} (TRIBUTARY_NODE_HEARTBEAT_TTL, 15 s) and removes the rows that expired, freeing their work: a node
 * killed with {@code kill -9} loses its leases within about ttl + interval. On a graceful stop (this bean stops
 * last) the row is removed and whatever the node still holds is freed at once. A node that could not beat for a
 * whole ttl (database unreachable, a long pause) may find its work taken over by others: at-least-once, and every
 * store's completion checks that the lease is still its own.
 */
@Component
public class NodeHeartbeat implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(NodeHeartbeat.class);

    private final NodeStore store;
    private final Duration interval;
    private final Duration ttl;
    /** Base62, so it never contains the {@code '-'} that separates it from a lease's own suffix. */
    private final String nodeId = Ids.randomToken(10);

    private volatile ScheduledExecutorService timer;
    private volatile boolean beaten;

    public NodeHeartbeat(
            NodeStore store,
            @Value("${tributary.node.heartbeat-interval:3s}") Duration interval,
            @Value("${tributary.node.heartbeat-ttl:15s}") Duration ttl) {
        this.store = store;
        this.interval = interval;
        this.ttl = ttl;
        if (ttl.compareTo(interval.multipliedBy(2)) < 0)
            throw new IllegalArgumentException("TRIBUTARY_NODE_HEARTBEAT_TTL must be at least twice the interval");
    }

    /** This process's node id (stable for its lifetime, new at every start). */
    public String nodeId() {
        return nodeId;
    }

    public Duration ttl() {
        return ttl;
    }

    @Override
    public synchronized void start() {
        if (timer != null) return;
        tick(); // the row exists before any other component claims work
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "node-heartbeat");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info(
                "Node {} started (heartbeat every {} ms, expires after {} ms)",
                nodeId,
                interval.toMillis(),
                ttl.toMillis());
    }

    /** Renews this node's row, then frees the work of nodes whose row expired. */
    void tick() {
        try {
            boolean renewed = store.beat(nodeId, host(), ProcessHandle.current().pid(), ttl);
            if (!renewed && beaten)
                log.warn("Node {}: heartbeat had lapsed and other nodes may have taken over its work", nodeId);
            beaten = true;
            List<String> dead = store.reapExpired();
            if (!dead.isEmpty()) log.info("Nodes {} stopped beating; their leased work is free again", dead);
        } catch (RuntimeException e) {
            log.warn("Node heartbeat: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (timer == null) return;
        timer.shutdownNow();
        timer = null;
        try {
            store.leave(nodeId);
        } catch (RuntimeException e) {
            log.warn(
                    "Node {} could not sign off ({}); its work is freed when its heartbeat expires",
                    nodeId,
                    e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }

    /** Starts before (and stops after) every component that claims work. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return null;
        }
    }
}
