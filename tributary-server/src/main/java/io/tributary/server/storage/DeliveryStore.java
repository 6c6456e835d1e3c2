package io.tributary.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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
public class DeliveryStore {
    /** Only one process fans out at a time, so deliveries of one stream are created in event order. */
    private static final long DISPATCH_LOCK = 0x7472_6962_6469_7370L;

    private final JdbcClient jdbc;

    public DeliveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record NewDelivery(String id, String eventId, String destinationId) {}

    private record PendingEvent(long seq, String id, UUID environmentId, UUID userId, String type) {}

    /**
     * Fans out up to {@code limit} undispatched events (oldest first) to the active destinations of their
     * environment and marks them dispatched. Returns the number of events handled.
     */
    @Transactional
    public int dispatch(int limit, Function<String, String> newDeliveryId) {
        // durable commit (one per batch): delivery ids, the trace ids receivers dedupe on, must survive a crash
        // one dispatcher at a time (across processes), so a stream's deliveries are created in event order
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").params(DISPATCH_LOCK).query(rs -> {});
        List<PendingEvent> events = jdbc.sql("SELECT seq, id, environment_id, user_id, type FROM events"
                        + " WHERE dispatched_at IS NULL ORDER BY seq LIMIT ?")
                .params(limit)
                .query((rs, i) -> new PendingEvent(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class),
                        rs.getString(5)))
                .list();
        if (events.isEmpty()) return 0;
        Set<UUID> envs = new HashSet<>();
        for (PendingEvent e : events) envs.add(e.environmentId());
        Map<UUID, List<String>> destinations = new java.util.HashMap<>();
        jdbc.sql("SELECT id, environment_id FROM destinations WHERE active AND deleted_at IS NULL"
                        + " AND environment_id = ANY(?::uuid[]) ORDER BY id")
                .params((Object) envs.stream().map(UUID::toString).toArray(String[]::new))
                .query(rs -> {
                    destinations
                            .computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>())
                            .add(rs.getString(1));
                });
        List<String> ids = new ArrayList<>(), evIds = new ArrayList<>(), dests = new ArrayList<>();
        List<String> envIds = new ArrayList<>(), users = new ArrayList<>(), streams = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        for (PendingEvent e : events) {
            for (String d : destinations.getOrDefault(e.environmentId(), List.of())) {
                ids.add(newDeliveryId.apply(e.id()));
                evIds.add(e.id());
                dests.add(d);
                envIds.add(e.environmentId().toString());
                users.add(e.userId() == null ? null : e.userId().toString());
                streams.add(e.userId() == null ? null : e.userId() + "/" + e.type());
                seqs.add(e.seq());
            }
        }
        if (!ids.isEmpty()) lockStreams(dests, streams);
        if (!ids.isEmpty())
            jdbc.sql(
                            "INSERT INTO deliveries (id, event_id, destination_id, environment_id, user_id, stream, event_seq,"
                                    + " status) SELECT u.id, u.ev, u.dst, u.env::uuid, u.usr::uuid, u.stream, u.seq,"
                                    + " CASE WHEN u.stream IS NULL THEN 'pending' ELSE 'waiting' END"
                                    + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[])"
                                    + " AS u(id, ev, dst, env, usr, stream, seq) ON CONFLICT (event_id, destination_id) DO NOTHING")
                    .params(
                            (Object) ids.toArray(String[]::new),
                            (Object) evIds.toArray(String[]::new),
                            (Object) dests.toArray(String[]::new),
                            (Object) envIds.toArray(String[]::new),
                            (Object) users.toArray(String[]::new),
                            (Object) streams.toArray(String[]::new),
                            (Object) seqs.toArray(Long[]::new))
                    .update();
        if (!ids.isEmpty()) promoteHeads(dests, streams);
        jdbc.sql("UPDATE events SET dispatched_at = now() WHERE id = ANY(?::text[])")
                .params((Object) events.stream().map(PendingEvent::id).toArray(String[]::new))
                .update();
        if (!ids.isEmpty())
            jdbc.sql("SELECT pg_notify('tributary_deliveries', '')").query(rs -> {});
        return events.size();
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
     * {@code choose} sees the locked candidates (oldest first) and returns the ones to take with their lease in
     * milliseconds; the rest stay pending for others.
     */
    @Transactional
    public List<Claimed> claim(
            int limit, String[] busyDestinations, String token, Function<List<Candidate>, Map<String, Long>> choose) {
        asyncCommit();
        List<Candidate> candidates = jdbc.sql("SELECT d.id, d.destination_id FROM deliveries d"
                        + " JOIN destinations t ON t.id = d.destination_id AND t.active"
                        + " WHERE d.status IN ('pending', 'delivering') AND d.next_attempt_at <= now()"
                        + " AND NOT (d.destination_id = ANY(?::text[]))"
                        + " ORDER BY d.next_attempt_at LIMIT ? FOR UPDATE OF d SKIP LOCKED")
                .params((Object) busyDestinations, limit)
                .query((rs, i) -> new Candidate(rs.getString(1), rs.getString(2)))
                .list();
        if (candidates.isEmpty()) return List.of();
        Map<String, Long> chosen = choose.apply(candidates);
        if (chosen.isEmpty()) return List.of();
        String[] ids = chosen.keySet().toArray(String[]::new);
        Long[] leases = chosen.values().toArray(Long[]::new);
        return jdbc.sql("UPDATE deliveries d SET status = 'delivering', locked_by = ?,"
                        + " next_attempt_at = now() + c.lease * interval '1 millisecond', updated_at = now()"
                        + " FROM unnest(?::text[], ?::bigint[]) AS c(id, lease), events e, destinations t"
                        + " WHERE d.id = ANY(?::text[]) AND d.id = c.id AND e.id = d.event_id AND t.id = d.destination_id"
                        + " RETURNING d.id, d.event_id, d.destination_id, t.version, d.environment_id, e.type,"
                        + " e.user_id, e.reference, e.ordering_ts, e.created_at, e.payload::text, d.attempt_count")
                .params(token, ids, leases, ids)
                .query((rs, i) -> claimed(rs, token))
                .list();
    }

    private static Claimed claimed(ResultSet rs, String token) throws SQLException {
        return new Claimed(
                rs.getString(1),
                token,
                rs.getString(2),
                rs.getString(3),
                rs.getLong(4),
                rs.getObject(5, UUID.class),
                rs.getString(6),
                rs.getObject(7, UUID.class),
                rs.getString(8),
                rs.getTimestamp(9).toInstant(),
                rs.getTimestamp(10).toInstant(),
                rs.getString(11),
                rs.getInt(12));
    }

    /**
     * The result of one attempt. {@code status} is the delivery's new status: {@code delivered}, {@code failed},
     * or {@code pending} (retry after {@code retryDelayMs}).
     */
    public record Completion(
            String deliveryId,
            String token,
            String status,
            long retryDelayMs,
            Instant attemptedAt,
            Integer statusCode,
            String error,
            int durationMs,
            String response) {}

    /**
     * Records attempts and moves their deliveries on, in one transaction. A delivery whose lease was taken over
     * by another worker (token mismatch) keeps the other worker's state; its attempt is still recorded.
     */
    @Transactional
    public void complete(List<Completion> completions) {
        if (completions.isEmpty()) return;
        asyncCommit();
        int n = completions.size();
        String[] ids = new String[n], tokens = new String[n], statuses = new String[n], errors = new String[n];
        String[] responses = new String[n], times = new String[n];
        Long[] delays = new Long[n];
        Integer[] codes = new Integer[n], durations = new Integer[n];
        for (int i = 0; i < n; i++) {
            Completion c = completions.get(i);
            ids[i] = c.deliveryId();
            tokens[i] = c.token();
            statuses[i] = c.status();
            delays[i] = c.retryDelayMs();
            times[i] = c.attemptedAt().toString();
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
        jdbc.sql(
                        "INSERT INTO attempts (delivery_id, attempted_at, status_code, error, duration_ms, response)"
                                + " SELECT * FROM unnest(?::text[], ?::timestamptz[], ?::int[], ?::text[], ?::int[], ?::text[])")
                .params(ids, times, codes, errors, durations, responses)
                .update();
        jdbc.sql("UPDATE deliveries d SET status = c.status, attempt_count = d.attempt_count + 1, locked_by = NULL,"
                        + " next_attempt_at = CASE WHEN c.status = 'pending'"
                        + "   THEN now() + c.delay * interval '1 millisecond' ELSE d.next_attempt_at END,"
                        + " delivered_at = CASE WHEN c.status = 'delivered' THEN now() ELSE d.delivered_at END,"
                        + " last_status_code = c.code, last_error = c.error, updated_at = now()"
                        + " FROM unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::int[], ?::text[])"
                        + " AS c(id, token, status, delay, code, error)"
                        + " WHERE d.id = ANY(?::text[]) AND d.id = c.id AND d.locked_by = c.token"
                        + " AND d.status = 'delivering'")
                .params(ids, tokens, statuses, delays, codes, errors, ids)
                .update();
        if (!finished.isEmpty())
            promote(
                    "SELECT DISTINCT destination_id AS dst, stream FROM deliveries"
                            + " WHERE id = ANY(?::text[]) AND stream IS NOT NULL",
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
                destinationIds.toArray(String[]::new),
                streams.toArray(String[]::new));
    }

    /** For each (dst, stream) the source query yields: one index probe for the oldest open delivery. */
    private void promote(String streamsQuery, Object... params) {
        jdbc.sql("UPDATE deliveries d SET status = 'pending', next_attempt_at = now(), updated_at = now()"
                        + " FROM (" + streamsQuery + ") s CROSS JOIN LATERAL (SELECT w.id, w.status FROM deliveries w"
                        + "   WHERE w.destination_id = s.dst AND w.stream = s.stream"
                        + "   AND w.status IN ('waiting', 'pending', 'delivering') ORDER BY w.event_seq LIMIT 1) h"
                        + " WHERE d.id = h.id AND h.status = 'waiting' AND NOT EXISTS (SELECT 1 FROM deliveries o"
                        + "   WHERE o.destination_id = s.dst AND o.stream = s.stream"
                        + "   AND o.status IN ('pending', 'delivering'))")
                .params(params)
                .update();
    }

    /**
     * Claims and attempt results commit without waiting for the WAL flush. Safe: events and deliveries were
     * committed durably; if the database host crashes and loses the last few hundred milliseconds of claims and
     * results, those deliveries are simply sent again (at-least-once, same trace id). It takes
     * an fsync per claim and per batch of results off the hot path (this machine does ~220 fsyncs/s).
     */
    private void asyncCommit() {
        jdbc.sql("SET LOCAL synchronous_commit = off").update();
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
                        + " dispatched_at) VALUES (?, ?, NULL, ?, ?, ?::jsonb, now(), now()) RETURNING seq")
                .params(eventId, environmentId, type, reference, payloadJson)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO deliveries (id, event_id, destination_id, environment_id, user_id, stream, event_seq,"
                        + " status) VALUES (?, ?, ?, ?, NULL, NULL, ?, 'pending')")
                .params(deliveryId, eventId, destinationId, environmentId, seq)
                .update();
        return deliveryId;
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
