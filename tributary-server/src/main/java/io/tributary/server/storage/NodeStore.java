package io.tributary.server.storage;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code nodes} table (V11): one row per running server process, renewed by its {@link NodeHeartbeat}. All
 * times are the database's, so the nodes' clocks do not matter. Use {@link NodeHeartbeat}, not this, from
 * services.
 */
@Repository
public class NodeStore {
    private final JdbcClient jdbc;
    private final List<NodeLeases> leases;

    public NodeStore(JdbcClient jdbc, List<NodeLeases> leases) {
        this.jdbc = jdbc;
        this.leases = leases;
    }

    /**
     * The node id in a lease holder column that holds {@code <node id>} or {@code <node id>-<anything>}, as SQL:
     * {@code nodeOf("locked_by") + " = ANY(?::text[])"}.
     */
    public static String nodeOf(String column) {
        return "split_part(" + column + ", '-', 1)";
    }

    /**
     * Renews the node's row until now + {@code ttl}. Returns false if the row was missing (first beat, or other
     * nodes found it expired and freed its work) and has been created again.
     */
    public boolean beat(String nodeId, String host, long pid, Duration ttl) {
        int renewed = jdbc.sql(
                        "UPDATE nodes SET heartbeat_at = now(), expires_at = now() + ? * interval '1 millisecond'"
                                + " WHERE id = ?")
                .params(ttl.toMillis(), nodeId)
                .update();
        if (renewed > 0) return true;
        jdbc.sql("INSERT INTO nodes (id, host, pid, expires_at) VALUES (?, ?, ?, now() + ? * interval '1 millisecond')"
                        + " ON CONFLICT (id) DO UPDATE SET heartbeat_at = now(), expires_at = excluded.expires_at")
                .params(nodeId, host, pid, ttl.toMillis())
                .update();
        return false;
    }

    /**
     * Removes the rows of nodes whose heartbeat expired and frees their work ({@link NodeLeases}), in one
     * transaction (so exactly one live node frees each dead one). Returns the dead nodes' ids.
     */
    @Transactional
    public List<String> reapExpired() {
        List<String> dead = jdbc.sql("DELETE FROM nodes WHERE expires_at < now() RETURNING id")
                .query(String.class)
                .list();
        if (!dead.isEmpty()) for (NodeLeases l : leases) l.releaseNodes(dead);
        return dead;
    }

    /** A node that stops gracefully: its row goes and whatever it still holds is freed at once. */
    @Transactional
    public void leave(String nodeId) {
        jdbc.sql("DELETE FROM nodes WHERE id = ?").param(nodeId).update();
        for (NodeLeases l : leases) l.releaseNodes(List.of(nodeId));
    }

    /** Node ids whose heartbeat is current. */
    public List<String> alive() {
        return jdbc.sql("SELECT id FROM nodes WHERE expires_at >= now() ORDER BY started_at")
                .query(String.class)
                .list();
    }
}
