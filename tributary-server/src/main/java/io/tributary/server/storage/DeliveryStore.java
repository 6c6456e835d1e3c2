package io.tributary.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery tables: fan-out of outbox events into {@code deliveries}, claiming due deliveries with {@code FOR
 * UPDATE SKIP LOCKED} (so several server processes share the work), recording attempts.
 */
@Repository
public class DeliveryStore implements NodeLeases {
    /** Only one process fans out at a time, so deliveries of one stream are created in event order. */
    private static final long DISPATCH_LOCK = 0x7472_6962_6469_7370L;

    private final JdbcClient jdbc;

    public DeliveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewDelivery(String id, String eventId, String destinationId) {}

    private record PendingEvent(
            long seq,
            String id,
            UUID environmentId,
            UUID userId,
            String type,
            String reference,
            Instant orderingTs,
            Instant createdAt) {}

    private record Dest(String id, long version) {}

    /**
     * How the calling process takes stream heads straight into its own send queues instead of leaving them
     * {@code pending} for a later claim: the deliveries that become due are marked {@code delivering} for {@code
     * token} with the lease {@code leaseMillis} gives their destination. A destination for which {@code
     * leaseMillis} returns {@code null} (its local queue is full) gets {@code pending} deliveries, claimed later
     * by whichever process has room. {@link #NONE} takes nothing.
     */
    public record HandOff(String token, Function<String, Long> leaseMillis) {
        public static final HandOff NONE = new HandOff(null, d -> null);

        Long lease(String destinationId) {
            return token == null ? null : leaseMillis.apply(destinationId);
        }
    }

    /** What a fan-out did: events handled, and the deliveries handed to the caller (already {@code delivering}). */
    public record Dispatched(int events, List<Claimed> handedOff) {}

    /**
     * Fans out up to {@code limit} undispatched events (oldest first) to the active destinations of their
     * environment and marks them dispatched. A new delivery that heads its stream (nothing open before it for
     * that destination) is due at once: handed off to the caller per {@code handOff}, or {@code pending}; the
     * rest wait for their predecessor.
     */
    @Transactional
    public Dispatched dispatch(int limit, Function<String, String> newDeliveryId, HandOff handOff) {
        // durable commit (one per batch): delivery ids, the trace ids receivers dedupe on, must survive a crash
        // one dispatcher at a time (across processes), so a stream's deliveries are created in event order
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").params(DISPATCH_LOCK).query(rs -> {});
        // payloads are read only for the deliveries handed to the caller (below), not for every event
        List<PendingEvent> events = jdbc.sql(
                        "SELECT e.seq, e.id, e.environment_id, e.user_id, e.type, e.reference, e.ordering_ts,"
                                + " e.created_at FROM (SELECT seq FROM outbox_pending ORDER BY seq"
                                + " LIMIT ?) p JOIN events e ON e.seq = p.seq ORDER BY e.seq")
                .params(limit)
                .query((rs, i) -> new PendingEvent(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8).toInstant()))
                .list();
        if (events.isEmpty()) return new Dispatched(0, List.of());
        Set<UUID> envs = new HashSet<>();
        for (PendingEvent e : events) envs.add(e.environmentId());
        Map<UUID, List<Dest>> destinations = new HashMap<>();
        // bulk destinations read the outbox through their cursor (BulkCursorStore) instead
        jdbc.sql("SELECT id, environment_id, version FROM destinations d WHERE active AND deleted_at IS NULL"
                        + " AND environment_id = ANY(?::uuid[]) AND " + FANNED_OUT + " ORDER BY id")
                .params((Object) envs.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    destinations
                            .computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>())
                            .add(new Dest(rs.getString(1), rs.getLong(3)));
                });
        List<String> ids = new ArrayList<>(), evIds = new ArrayList<>(), dests = new ArrayList<>();
        List<String> envIds = new ArrayList<>(), users = new ArrayList<>(), streams = new ArrayList<>();
        List<Long> seqs = new ArrayList<>(), leases = new ArrayList<>();
        Map<String, PendingEvent> byId = new HashMap<>();
        Map<String, Long> versions = new HashMap<>();
        for (PendingEvent e : events) {
            byId.put(e.id(), e);
            for (Dest d : destinations.getOrDefault(e.environmentId(), List.of())) {
                versions.put(d.id(), d.version());
                ids.add(newDeliveryId.apply(e.id()));
                evIds.add(e.id());
                dests.add(d.id());
                envIds.add(e.environmentId().toString());
                users.add(e.userId() == null ? null : e.userId().toString());
                streams.add(e.userId() == null ? null : e.userId() + "/" + e.type());
                seqs.add(e.seq());
                leases.add(handOff.lease(d.id()));
            }
        }
        List<Claimed> handed = new ArrayList<>();
        int[] pending = {0};
        if (!ids.isEmpty()) {
            lockStreams(dests, streams);
            // a stream's head: the first of the batch in its stream, with nothing open before it
            jdbc.sql(
                            "WITH ins AS (INSERT INTO deliveries (id, event_id, destination_id, environment_id, user_id, stream,"
                                    + " event_seq, status, locked_by, next_attempt_at)"
                                    + " SELECT id, ev, dst, env::uuid, usr::uuid, stream, seq,"
                                    + "   CASE WHEN NOT head THEN 'waiting' WHEN lease IS NULL THEN 'pending' ELSE 'delivering' END,"
                                    + "   CASE WHEN head AND lease IS NOT NULL THEN ? END,"
                                    + "   CASE WHEN head AND lease IS NOT NULL THEN now() + lease * interval '1 millisecond'"
                                    + "   ELSE now() END"
                                    + " FROM (SELECT u.*, u.stream IS NULL OR (row_number() OVER (PARTITION BY u.dst, u.stream"
                                    + "     ORDER BY u.seq) = 1 AND NOT EXISTS (SELECT 1 FROM deliveries o"
                                    + "     WHERE o.destination_id = u.dst AND o.stream = u.stream"
                                    + "     AND o.status IN ('waiting', 'pending', 'delivering'))) AS head"
                                    + "   FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[],"
                                    + "     ?::bigint[]) AS u(id, ev, dst, env, usr, stream, seq, lease)) n"
                                    + " ON CONFLICT (event_id, destination_id) DO NOTHING"
                                    + " RETURNING id, event_id, destination_id, status)"
                                    + " SELECT ins.id, ins.event_id, ins.destination_id, ins.status,"
                                    + " CASE WHEN ins.status = 'delivering' THEN e.payload::text END"
                                    + " FROM ins JOIN events e ON e.id = ins.event_id")
                    .params(
                            handOff.token(),
                            (Object) ids.toArray(String[]::new),
                            (Object) evIds.toArray(String[]::new),
                            (Object) dests.toArray(String[]::new),
                            (Object) envIds.toArray(String[]::new),
                            (Object) users.toArray(String[]::new),
                            (Object) streams.toArray(String[]::new),
                            (Object) seqs.toArray(Long[]::new),
                            (Object) leases.toArray(Long[]::new))
                    .query(rs -> {
                        if ("pending".equals(rs.getString(4))) pending[0]++;
                        if (!"delivering".equals(rs.getString(4))) return;
                        PendingEvent e = byId.get(rs.getString(2));
                        String dst = rs.getString(3);
                        handed.add(new Claimed(
                                rs.getString(1),
                                handOff.token(),
                                e.id(),
                                dst,
                                versions.get(dst),
                                e.environmentId(),
                                e.type(),
                                e.userId(),
                                e.reference(),
                                e.orderingTs(),
                                e.createdAt(),
                                rs.getString(5),
                                0));
                    });
        }
        jdbc.sql("DELETE FROM outbox_pending WHERE seq = ANY(?::bigint[])")
                .params((Object) events.stream().map(PendingEvent::seq).toArray(Long[]::new))
                .update();
        if (pending[0] > 0) notifyDue(); // due deliveries that any process may claim
        return new Dispatched(events.size(), handed);
    }

    /** A due delivery, locked by the claiming transaction, before it is taken. */
    public record Candidate(String id, String destinationId) {}

    /** A delivery taken by this process: everything a sender needs. */
    public record Claimed(
            String id,
            String token,
            String eventId,
            String destinationId,
            long destinationVersion,
            UUID environmentId,
            String type,
            UUID userId,
            String reference,
            Instant orderingTs,
            Instant eventCreatedAt,
            String payload,
            int attemptCount) {}

    /**
     * Takes due deliveries: {@code pending} ones whose time has come, and {@code delivering} ones whose lease
     * expired (their worker died). Only a stream's head is ever pending (the rest wait, see {@link
     * #promoteHeads}), so a stream goes out strictly in order.
     * {@code choose} sees the candidates (oldest first, not locked) and returns the ones to take with their lease
     * in milliseconds; those are then locked with {@code FOR UPDATE SKIP LOCKED} and taken if still due, the rest
     * stay pending for others.
     */
    @Transactional
    public List<Claimed> claim(
            int limit, String[] busyDestinations, String token, Function<List<Candidate>, Map<String, Long>> choose) {
        asyncCommit();
        // candidates are read without locks (so the ones not chosen are not locked either); the chosen ones are
        // then locked one by one by primary key, skipping any another process took in between
        List<Candidate> candidates = jdbc.sql("SELECT d.id, d.destination_id FROM deliveries d"
                        + " JOIN destinations t ON t.id = d.destination_id AND t.active"
                        + " WHERE d.status IN ('pending', 'delivering') AND d.next_attempt_at <= now()"
                        + " AND NOT (d.destination_id = ANY(?::text[]))"
                        + " ORDER BY d.next_attempt_at LIMIT ?")
                .params((Object) busyDestinations, limit)
                .query((rs, i) -> new Candidate(rs.getString(1), rs.getString(2)))
                .list();
        if (candidates.isEmpty()) return List.of();
        Map<String, Long> chosen = choose.apply(candidates);
        if (chosen.isEmpty()) return List.of();
        String[] ids = chosen.keySet().toArray(String[]::new);
        Long[] leases = chosen.values().toArray(Long[]::new);
        return jdbc.sql("WITH c AS (SELECT w.id, x.lease FROM unnest(?::text[], ?::bigint[]) AS x(id, lease)"
                        + "   CROSS JOIN LATERAL (SELECT w.id FROM deliveries w WHERE w.id = x.id"
                        + "   AND w.status IN ('pending', 'delivering') AND w.next_attempt_at <= now()"
                        + "   FOR UPDATE SKIP LOCKED) w)"
                        + " UPDATE deliveries d SET status = 'delivering', locked_by = ?,"
                        + " next_attempt_at = now() + c.lease * interval '1 millisecond', updated_at = now()"
                        + " FROM c, events e, destinations t"
                        + " WHERE d.id = c.id AND e.id = d.event_id AND t.id = d.destination_id"
                        + " RETURNING d.id, d.event_id, d.destination_id, t.version, d.environment_id, e.type,"
                        + " e.user_id, e.reference, e.ordering_ts, e.created_at, e.payload::text, d.attempt_count")
                .params(ids, leases, token)
                .query((rs, i) -> claimed(rs, token))
                .list();
    }

    private static Claimed claimed(ResultSet rs, String token) throws SQLException {
        return claimed(rs, token, 0);
    }

    /** The twelve claim columns (id … attempt_count), starting after {@code skip} leading columns. */
    private static Claimed claimed(ResultSet rs, String token, int skip) throws SQLException {
        return new Claimed(
                rs.getString(skip + 1),
                token,
                rs.getString(skip + 2),
                rs.getString(skip + 3),
                rs.getLong(skip + 4),
                rs.getObject(skip + 5, UUID.class),
                rs.getString(skip + 6),
                rs.getObject(skip + 7, UUID.class),
                rs.getString(skip + 8),
                rs.getTimestamp(skip + 9).toInstant(),
                rs.getTimestamp(skip + 10).toInstant(),
                rs.getString(skip + 11),
                rs.getInt(skip + 12));
    }

    /**
     * The result of one attempt, begun with {@link #beginAttempts} ({@code attemptId}). {@code status} is the
     * delivery's new status: {@code delivered}, {@code failed}, or {@code pending} (retry after {@code
     * retryDelayMs}).
     */
    public record Completion(
            String deliveryId,
            long attemptId,
            String destinationId,
            String token,
            String status,
            long retryDelayMs,
            Integer statusCode,
            String error,
            int durationMs,
            String response) {}

    /**
     * Records that the given deliveries are being sent now by {@code node}, before their requests go out:
     * one {@code sending} attempt each (so the history counts every send a receiver may have seen, even if this
     * node dies before the answer is recorded, see {@link #releaseNodes}). Returns the attempt ids, in the
     * order of {@code deliveryIds}.
     */
    @Transactional
    public List<Long> beginAttempts(List<String> deliveryIds, List<Instant> at, String node) {
        if (deliveryIds.isEmpty()) return List.of();
        asyncCommit(); // as claims: a database crash losing it means the send is simply repeated
        String[] times = at.stream().map(Instant::toString).toArray(String[]::new);
        // ids come from one sequence in the order the rows are produced (ORDER BY i): sorted, they match the input
        List<Long> ids = jdbc.sql("INSERT INTO attempts (delivery_id, attempted_at, status, sent_by)"
                        + " SELECT u.id, u.at, 'sending', ? FROM unnest(?::text[], ?::timestamptz[]) WITH ORDINALITY"
                        + " AS u(id, at, i) ORDER BY u.i RETURNING id")
                .params(node, (Object) deliveryIds.toArray(String[]::new), (Object) times)
                .query(Long.class)
                .list();
        List<Long> sorted = new ArrayList<>(ids);
        java.util.Collections.sort(sorted);
        return sorted;
    }

    /**
     * Records attempts and moves their deliveries on, in one transaction. A delivery whose lease was taken over
     * by another worker (token mismatch) keeps the other worker's state; its attempt is still recorded.
     */
    @Transactional
    public List<Claimed> complete(List<Completion> completions, HandOff handOff) {
        if (completions.isEmpty()) return List.of();
        asyncCommit();
        int n = completions.size();
        String[] ids = new String[n], tokens = new String[n], statuses = new String[n], errors = new String[n];
        String[] responses = new String[n];
        Long[] delays = new Long[n], attemptIds = new Long[n];
        Integer[] codes = new Integer[n], durations = new Integer[n];
        for (int i = 0; i < n; i++) {
            Completion c = completions.get(i);
            ids[i] = c.deliveryId();
            tokens[i] = c.token();
            statuses[i] = c.status();
            delays[i] = c.retryDelayMs();
            attemptIds[i] = c.attemptId();
            codes[i] = c.statusCode();
            errors[i] = c.error();
            durations[i] = c.durationMs();
            responses[i] = c.response();
        }
        List<String> finished = new ArrayList<>();
        for (Completion c : completions) if (!c.status().equals("pending")) finished.add(c.deliveryId());
        if (!finished.isEmpty())
            lockKeys(
                    "SELECT DISTINCT hashtextextended(destination_id || '/' || stream, 7) AS h FROM deliveries"
                            + " WHERE id = ANY(?::text[]) AND stream IS NOT NULL",
                    (Object) finished.toArray(String[]::new));
        // the attempt was recorded as 'sending' before the request went out; now it gets its answer (also when
        // its node was taken for dead meanwhile and the attempt marked interrupted: the answer is known now)
        jdbc.sql("UPDATE attempts a SET status = 'done', sent_by = NULL, status_code = c.code, error = c.error,"
                        + " duration_ms = c.ms, response = c.resp"
                        + " FROM unnest(?::bigint[], ?::int[], ?::text[], ?::int[], ?::text[]) AS c(id, code, error, ms, resp)"
                        + " WHERE a.id = c.id")
                .params(attemptIds, codes, errors, durations, responses)
                .update();
        jdbc.sql("UPDATE deliveries d SET status = c.status, attempt_count = d.attempt_count + 1, locked_by = NULL,"
                        + " next_attempt_at = CASE WHEN c.status = 'pending'"
                        + "   THEN now() + c.delay * interval '1 millisecond' ELSE d.next_attempt_at END,"
                        + " delivered_at = CASE WHEN c.status = 'delivered' THEN now() ELSE d.delivered_at END,"
                        + " last_status_code = c.code, last_error = c.error, updated_at = now()"
                        + " FROM unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::int[], ?::text[])"
                        + " AS c(id, token, status, delay, code, error)"
                        // the lease token is only set while delivering, so it stands for the status check (a
                        // status filter would steer the planner to the due index instead of the primary key)
                        + " WHERE d.id = c.id AND d.locked_by = c.token")
                .params(ids, tokens, statuses, delays, codes, errors)
                .update();
        if (finished.isEmpty()) return List.of();
        Map<String, Long> leases = new HashMap<>();
        for (Completion c : completions) {
            if (c.status().equals("pending") || leases.containsKey(c.destinationId())) continue;
            Long lease = handOff.lease(c.destinationId());
            if (lease != null) leases.put(c.destinationId(), lease);
        }
        return promote(
                "SELECT DISTINCT destination_id AS dst, stream FROM deliveries"
                        + " WHERE id = ANY(?::text[]) AND stream IS NOT NULL",
                handOff.token(),
                leases,
                (Object) finished.toArray(String[]::new));
    }

    /**
     * Dispatching, completing and replaying change which delivery heads a stream. Each takes a transaction-level
     * advisory lock per (destination, stream) it touches — always in hash order, so they cannot deadlock — before
     * reading the stream's state, so that a new delivery and the completion of its predecessor can never both
     * decide "someone else will promote it". Different streams never wait for each other.
     */
    public void lockStreams(List<String> destinationIds, List<String> streams) {
        lockKeys(
                "SELECT DISTINCT hashtextextended(dst || '/' || stream, 7) AS h"
                        + " FROM unnest(?::text[], ?::text[]) AS u(dst, stream) WHERE stream IS NOT NULL",
                destinationIds.toArray(String[]::new),
                streams.toArray(String[]::new));
    }

    private void lockKeys(String keysQuery, Object... params) {
        jdbc.sql("SELECT count(pg_advisory_xact_lock(h)) FROM (" + keysQuery + " ORDER BY h OFFSET 0) k")
                .params(params)
                .query(rs -> {});
    }

    /**
     * Makes the oldest waiting delivery of each given (destination, stream) pending, unless the stream already
     * has a pending or in-flight head. Call inside a transaction holding {@link #lockStreams} for them.
     */
    public void promoteHeads(List<String> destinationIds, List<String> streams) {
        promote(
                "SELECT DISTINCT dst, stream FROM unnest(?::text[], ?::text[]) AS u(dst, stream)"
                        + " WHERE stream IS NOT NULL",
                null,
                Map.of(),
                destinationIds.toArray(String[]::new),
                streams.toArray(String[]::new));
    }

    /**
     * For each (dst, stream) the source query yields: one index probe for the oldest open delivery; if it is
     * waiting (and nothing of the stream is due or in flight) it becomes due — {@code delivering} for {@code
     * token} when {@code leases} has its destination, else {@code pending}. Returns the deliveries handed off.
     */
    private List<Claimed> promote(String streamsQuery, String token, Map<String, Long> leases, Object... params) {
        List<Object> all = new ArrayList<>(List.of(params));
        all.add(token);
        all.add(leases.keySet().toArray(String[]::new));
        all.add(leases.values().toArray(Long[]::new));
        List<Claimed> handed = new ArrayList<>();
        jdbc.sql("WITH h AS (SELECT w.id, s.dst FROM (" + streamsQuery + ") s CROSS JOIN LATERAL (SELECT w.id,"
                        + "   w.status FROM deliveries w WHERE w.destination_id = s.dst AND w.stream = s.stream"
                        + "   AND w.status IN ('waiting', 'pending', 'delivering') ORDER BY w.event_seq LIMIT 1) w"
                        + " WHERE w.status = 'waiting' AND NOT EXISTS (SELECT 1 FROM deliveries o"
                        + "   WHERE o.destination_id = s.dst AND o.stream = s.stream"
                        + "   AND o.status IN ('pending', 'delivering')))"
                        + " UPDATE deliveries d SET"
                        + " status = CASE WHEN x.lease IS NULL THEN 'pending' ELSE 'delivering' END,"
                        + " locked_by = CASE WHEN x.lease IS NULL THEN NULL ELSE ?::text END,"
                        + " next_attempt_at = now() + coalesce(x.lease, 0) * interval '1 millisecond',"
                        + " updated_at = now()"
                        + " FROM h LEFT JOIN unnest(?::text[], ?::bigint[]) AS x(dst, lease) ON x.dst = h.dst,"
                        + " events e, destinations t"
                        + " WHERE d.id = h.id AND e.id = d.event_id AND t.id = d.destination_id"
                        + " RETURNING d.status, d.id, d.event_id, d.destination_id, t.version, d.environment_id, e.type,"
                        + " e.user_id, e.reference, e.ordering_ts, e.created_at,"
                        + " CASE WHEN d.status = 'delivering' THEN e.payload::text END, d.attempt_count")
                .params(all)
                .query(rs -> {
                    if ("delivering".equals(rs.getString(1))) handed.add(claimed(rs, token, 1));
                });
        return handed;
    }

    /**
     * Claims and attempt results commit without waiting for the WAL flush. Safe: events and deliveries were
     * committed durably; if the database host crashes and loses the last few hundred milliseconds of claims and
     * results, those deliveries are simply sent again (at-least-once, same trace id). It takes
     * an fsync per claim and per batch of results off the hot path (this machine does ~220 fsyncs/s).
     */
    void asyncCommit() {
        jdbc.sql("SET LOCAL synchronous_commit = off").update();
    }

    /** Wakes the claimers of every process ({@code LISTEN tributary_deliveries}): deliveries became due. */
    void notifyDue() {
        jdbc.sql("SELECT pg_notify('" + DueNotifications.CHANNEL + "', '')").query(rs -> {});
    }

    /**
     * Holds for a destination {@code d} that gets a deliveries row per event at fan-out (a webhook), not one that
     * reads the outbox through a cursor.
     */
    static final String FANNED_OUT = "NOT EXISTS (SELECT 1 FROM destination_cursors c WHERE c.destination_id = d.id)";

    /**
     * Deliveries leased by nodes that are gone: their in-flight attempts become {@code interrupted} (counted: the
     * receiver may have got them) and the deliveries, still their streams' heads, are due again at once.
     */
    @Override
    public void releaseNodes(List<String> deadNodes) {
        Object dead = deadNodes.toArray(String[]::new);
        jdbc.sql(
                        "WITH a AS (UPDATE attempts SET status = 'interrupted', error = 'the node sending it stopped before"
                                + " the answer was recorded' WHERE status = 'sending' AND sent_by = ANY(?::text[])"
                                + " RETURNING delivery_id), n AS (SELECT delivery_id, count(*) AS c FROM a GROUP BY 1)"
                                + " UPDATE deliveries d SET attempt_count = d.attempt_count + n.c FROM n WHERE d.id = n.delivery_id")
                .params(dead)
                .update();
        int freed = jdbc.sql("UPDATE deliveries SET status = 'pending', locked_by = NULL, next_attempt_at = now(),"
                        + " updated_at = now() WHERE status = 'delivering' AND " + NodeStore.nodeOf("locked_by")
                        + " = ANY(?::text[])")
                .params(dead)
                .update();
        if (freed > 0) notifyDue();
    }

    /** Hands back claimed deliveries that were never sent (shutdown): due again at once. */
    public void release(List<String> ids) {
        if (ids.isEmpty()) return;
        jdbc.sql("UPDATE deliveries SET status = 'pending', locked_by = NULL, next_attempt_at = now()"
                        + " WHERE id = ANY(?::text[]) AND status = 'delivering'")
                .params((Object) ids.toArray(String[]::new))
                .update();
    }

    /** Sends one event to one destination outside the fan-out (healthchecks): event and delivery at once. */
    @Transactional
    public String insertDirect(
            String eventId,
            UUID environmentId,
            String type,
            String reference,
            String payloadJson,
            String destinationId,
            String deliveryId) {
        long seq = jdbc.sql("INSERT INTO events (id, environment_id, user_id, type, reference, payload, ordering_ts,"
                        + " direct) VALUES (?, ?, NULL, ?, ?, ?::json, now(), true) RETURNING seq")
                .params(eventId, environmentId, type, reference, payloadJson)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO deliveries (id, event_id, destination_id, environment_id, user_id, stream, event_seq,"
                        + " status) VALUES (?, ?, ?, ?, NULL, NULL, ?, 'pending')")
                .params(deliveryId, eventId, destinationId, environmentId, seq)
                .update();
        return deliveryId;
    }

    /**
     * The delivery id of an event to a bulk destination (or a replay of it): derived from the pair, so a batch
     * written again after a crash or a lost lease carries the same trace ids and the target dedupes it.
     */
    public static String deliveryId(String eventId, String destinationId, Instant eventCreatedAt) {
        return io.tributary.server.shared.Ids.derivedId(
                "dlv", eventCreatedAt.toEpochMilli(), eventId + "/" + destinationId);
    }

    /** Deliveries this destination got through in [now - from, now - to). */
    public long deliveredBetween(String destinationId, long fromSecondsAgo, long toSecondsAgo) {
        return jdbc.sql("SELECT count(*) FROM deliveries WHERE destination_id = ? AND delivered_at IS NOT NULL"
                        + " AND delivered_at >= now() - make_interval(secs => ?)"
                        + " AND delivered_at < now() - make_interval(secs => ?)")
                .params(destinationId, fromSecondsAgo, toSecondsAgo)
                .query(Long.class)
                .single();
    }
}
