package io.tributary.server.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cursors of bulk destinations over the outbox (V10): instead of a {@code deliveries} row per event made at
 * fan-out and moved along one step at a time, such a destination's worker leases its cursor, reads the events
 * after it, writes them in one batch and records the batch in one transaction. Events are taken in (tx, seq)
 * order and only below {@code pg_snapshot_xmin}: every transaction that wrote them has ended, so no event can
 * still appear behind the cursor.
 */
@Repository
public class BulkCursorStore implements NodeLeases {
    private final JdbcClient jdbc;
    private final DeliveryStore deliveries;

    public BulkCursorStore(JdbcClient jdbc, DeliveryStore deliveries) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
    }

    /** Where a new (or re-activated) destination starts: after every event already committed. */
    private static final String NOW = "pg_snapshot_xmin(pg_current_snapshot())";

    /** Gives a new bulk destination its cursor, positioned after every event committed so far. */
    public void create(String destinationId, UUID environmentId) {
        jdbc.sql("INSERT INTO destination_cursors (destination_id, environment_id, tx, seq) VALUES (?, ?, " + NOW
                        + ", 0) ON CONFLICT (destination_id) DO NOTHING")
                .params(destinationId, environmentId)
                .update();
    }

    /**
     * A destination that was inactive is active again: like the fan-out for other destinations, it gets the
     * events from now on, not those written while it was off.
     */
    public void restart(String destinationId) {
        jdbc.sql("UPDATE destination_cursors SET tx = " + NOW + ", seq = 0, failures = 0, last_error = NULL,"
                        + " next_attempt_at = now(), updated_at = now() WHERE destination_id = ?")
                .params(destinationId)
                .update();
    }

    /**
     * Active bulk destinations that are due (not backing off, not leased) and have at least one readable event
     * after their cursor, except those in {@code skip} (already being drained by this process).
     */
    public List<String> due(String[] skip) {
        return jdbc.sql("SELECT c.destination_id FROM destination_cursors c"
                        + " JOIN destinations t ON t.id = c.destination_id AND t.active AND t.deleted_at IS NULL"
                        + " WHERE c.next_attempt_at <= now() AND (c.locked_by IS NULL OR c.lease_until < now())"
                        + " AND NOT (c.destination_id = ANY(?::text[]))"
                        + " AND EXISTS (SELECT 1 FROM events e WHERE e.environment_id = c.environment_id"
                        + "   AND NOT e.direct AND (e.tx, e.seq) > (c.tx, c.seq) AND e.tx < " + NOW + ")")
                .params((Object) skip)
                .query(String.class)
                .list();
    }

    /** One outbox event as a cursor reads it. */
    public record BulkEvent(
            long tx,
            long seq,
            String id,
            UUID userId,
            String type,
            String reference,
            Instant orderingTs,
            Instant createdAt,
            String payload) {}

    /**
     * What a worker took: the destination's version and environment, and up to {@code limit} events after the
     * cursor (empty: nothing to do, the lease was not kept).
     */
    public record Taken(String destinationId, long version, UUID environmentId, int failures, List<BulkEvent> events) {}

    /**
     * Leases the cursor for {@code token} (if it is due and not leased by another worker) and reads the next
     * events after it. With nothing to read, the lease is given back in the same transaction.
     */
    @Transactional
    public Taken take(String destinationId, String token, long leaseMillis, int limit) {
        asyncCommit();
        record Cursor(long tx, long seq, UUID env, long version, int failures) {}
        Cursor c = jdbc.sql("UPDATE destination_cursors c SET locked_by = ?,"
                        + " lease_until = now() + ? * interval '1 millisecond'"
                        + " FROM destinations t WHERE c.destination_id = ? AND t.id = c.destination_id AND t.active"
                        + " AND t.deleted_at IS NULL AND c.next_attempt_at <= now()"
                        + " AND (c.locked_by IS NULL OR c.lease_until < now() OR c.locked_by = ?)"
                        + " RETURNING c.tx::text::bigint, c.seq, c.environment_id, t.version, c.failures")
                .params(token, leaseMillis, destinationId, token)
                .query((rs, i) -> new Cursor(
                        rs.getLong(1), rs.getLong(2), rs.getObject(3, UUID.class), rs.getLong(4), rs.getInt(5)))
                .optional()
                .orElse(null);
        if (c == null) return new Taken(destinationId, 0, null, 0, List.of());
        List<BulkEvent> events = read(c.env(), c.tx(), c.seq(), limit);
        if (events.isEmpty()) release(destinationId, token);
        return new Taken(destinationId, c.version(), c.env(), c.failures(), events);
    }

    /**
     * The events after the last of {@code taken}, for the holder of the cursor's lease to write next (the cursor
     * is still before them until the batches before are recorded). They are only written once {@code taken} got
     * through, which resets the cursor's failure count: hence 0.
     */
    public Taken readAfter(Taken taken, int limit) {
        BulkEvent last = taken.events().get(taken.events().size() - 1);
        return new Taken(
                taken.destinationId(),
                taken.version(),
                taken.environmentId(),
                0,
                read(taken.environmentId(), last.tx(), last.seq(), limit));
    }

    private List<BulkEvent> read(UUID environmentId, long tx, long seq, int limit) {
        return jdbc.sql("SELECT e.tx::text::bigint, e.seq, e.id, e.user_id, e.type, e.reference,"
                        + " e.ordering_ts, e.created_at, e.payload::text FROM events e WHERE e.environment_id = ?"
                        + " AND NOT e.direct AND (e.tx, e.seq) > (?::text::xid8, ?) AND e.tx < " + NOW
                        + " ORDER BY e.tx, e.seq LIMIT ?")
                .params(environmentId, Long.toString(tx), seq, limit)
                .query((rs, i) -> new BulkEvent(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8).toInstant(),
                        rs.getString(9)))
                .list();
    }

    /** One event of a written batch and what became of it. */
    public record Result(
            String deliveryId,
            BulkEvent event,
            String status,
            long retryDelayMs,
            Integer statusCode,
            String error,
            String response) {}

    /**
     * Records a written batch and moves the cursor past its last event, in one transaction: every event gets
     * its deliveries row ({@code delivered}, or {@code pending}/{@code failed} for those that failed, which the
     * per-delivery engine then retries in stream order) and one attempt. With {@code backOffMillis} (nothing of
     * the batch got through) the cursor also waits that long before its next batch and keeps {@code error} for
     * the dashboard. With {@code keepLeaseMillis} the caller keeps the cursor (it is writing the next batch),
     * else the lease ends. Returns false, recording nothing, if the lease was lost meanwhile (another worker took
     * the cursor over and writes the batch again).
     */
    @Transactional
    public boolean advance(
            String destinationId,
            String token,
            UUID environmentId,
            List<Result> results,
            Instant attemptedAt,
            int durationMs,
            Long backOffMillis,
            String error,
            Long keepLeaseMillis) {
        asyncCommit();
        BulkEvent last = results.get(results.size() - 1).event();
        int moved = jdbc.sql("UPDATE destination_cursors SET tx = ?::text::xid8, seq = ?,"
                        + " failures = CASE WHEN ?::bigint IS NULL THEN 0 ELSE failures + 1 END, last_error = ?,"
                        + " next_attempt_at = now() + coalesce(?::bigint, 0) * interval '1 millisecond',"
                        + " locked_by = CASE WHEN ?::bigint IS NULL THEN NULL ELSE locked_by END,"
                        + " lease_until = now() + ?::bigint * interval '1 millisecond', updated_at = now()"
                        + " WHERE destination_id = ? AND locked_by = ?")
                .params(
                        Long.toString(last.tx()),
                        last.seq(),
                        backOffMillis,
                        backOffMillis == null ? null : error,
                        backOffMillis,
                        keepLeaseMillis,
                        keepLeaseMillis,
                        destinationId,
                        token)
                .update();
        if (moved == 0) return false;
        int n = results.size();
        String[] ids = new String[n], evs = new String[n], users = new String[n], streams = new String[n];
        String[] statuses = new String[n], errors = new String[n], responses = new String[n];
        Long[] seqs = new Long[n], delays = new Long[n];
        Integer[] codes = new Integer[n];
        List<String> openStreams = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Result r = results.get(i);
            BulkEvent e = r.event();
            ids[i] = r.deliveryId();
            evs[i] = e.id();
            users[i] = e.userId() == null ? null : e.userId().toString();
            streams[i] = e.userId() == null ? null : e.userId() + "/" + e.type();
            seqs[i] = e.seq();
            statuses[i] = r.status();
            delays[i] = r.retryDelayMs();
            codes[i] = r.statusCode();
            errors[i] = r.error();
            responses[i] = r.response();
            if (r.status().equals("pending") && streams[i] != null) openStreams.add(streams[i]);
        }
        // events that failed on their own join their stream's queue in the per-delivery engine: the first of a
        // stream with nothing open before it is due after its retry delay, the others wait behind it
        if (!openStreams.isEmpty())
            deliveries.lockStreams(java.util.Collections.nCopies(openStreams.size(), destinationId), openStreams);
        jdbc.sql("INSERT INTO deliveries (id, event_id, destination_id, environment_id, user_id, stream, event_seq,"
                        + " status, attempt_count, next_attempt_at, delivered_at, last_status_code, last_error)"
                        + " SELECT id, ev, ?, ?, usr::uuid, stream, seq,"
                        + "   CASE WHEN status <> 'pending' OR head THEN status ELSE 'waiting' END, 1,"
                        + "   now() + delay * interval '1 millisecond',"
                        + "   CASE WHEN status = 'delivered' THEN now() END, code, err"
                        + " FROM (SELECT u.*, u.status <> 'pending' OR u.stream IS NULL OR (row_number() OVER"
                        + "     (PARTITION BY u.stream, u.status = 'pending' ORDER BY u.seq) = 1 AND NOT EXISTS (SELECT 1"
                        + "     FROM deliveries o WHERE o.destination_id = ? AND o.stream = u.stream"
                        + "     AND o.status IN ('waiting', 'pending', 'delivering'))) AS head"
                        + "   FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::bigint[],"
                        + "     ?::int[], ?::text[]) AS u(id, ev, usr, stream, seq, status, delay, code, err)) n"
                        + " ON CONFLICT (event_id, destination_id) DO NOTHING")
                .params(
                        destinationId,
                        environmentId,
                        destinationId,
                        ids,
                        evs,
                        users,
                        streams,
                        seqs,
                        statuses,
                        delays,
                        codes,
                        errors)
                .update();
        String at = attemptedAt.toString();
        jdbc.sql("INSERT INTO attempts (delivery_id, attempted_at, status_code, error, duration_ms, response)"
                        + " SELECT id, ?::timestamptz, code, err, ?, resp"
                        + " FROM unnest(?::text[], ?::int[], ?::text[], ?::text[]) AS u(id, code, err, resp)")
                .params(at, durationMs, ids, codes, errors, responses)
                .update();
        if (!openStreams.isEmpty()) deliveries.notifyDue();
        return true;
    }

    /** Cursors leased by nodes that are gone: free to take at once (the batch in flight is written again). */
    @Override
    public void releaseNodes(List<String> deadNodes) {
        jdbc.sql("UPDATE destination_cursors SET locked_by = NULL, lease_until = NULL WHERE "
                        + NodeStore.nodeOf("locked_by") + " = ANY(?::text[])")
                .params((Object) deadNodes.toArray(String[]::new))
                .update();
    }

    /** Gives the lease back without moving the cursor (shutdown, nothing to do). */
    public void release(String destinationId, String token) {
        jdbc.sql("UPDATE destination_cursors SET locked_by = NULL, lease_until = NULL"
                        + " WHERE destination_id = ? AND locked_by = ?")
                .params(destinationId, token)
                .update();
    }

    /** The cursor's state for the dashboard: consecutive failed batches and the last error, or null. */
    public record State(int failures, String lastError, Instant nextAttemptAt) {}

    public java.util.Optional<State> state(String destinationId) {
        return jdbc.sql(
                        "SELECT failures, last_error, next_attempt_at FROM destination_cursors WHERE destination_id = ?")
                .param(destinationId)
                .query((rs, i) -> new State(
                        rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** A lost cursor move (database crash) only means the batch is written again, with the same ids. */
    private void asyncCommit() {
        deliveries.asyncCommit();
    }
}
