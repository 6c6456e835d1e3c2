package io.tributary.server.storage;

import java.util.List;

/**
 * Work that a node leases under its node id ({@link NodeHeartbeat#nodeId()}): a store holding such leases
 * implements this (as a Spring bean) and is told, inside the transaction that removes the expired heartbeat rows,
 * which nodes are gone, so it can make their work claimable again at once. A lease holder column must hold the
 * node id, or the node id followed by {@code '-'} and anything (match it with {@link NodeStore#nodeOf}).
 */
public interface NodeLeases {
    /** Frees the work leased by {@code deadNodes} (their heartbeat expired, or they stopped gracefully). */
    void releaseNodes(List<String> deadNodes);
}
