package io.tributary.server.storage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends events to the outbox. Callers do this inside the transaction of the change that caused the event
 * (so an event exists if and only if its change committed); the delivery module takes it from there.
 *
 * <p>Inside a transaction the events are collected and written just before it commits, all in one multi-row
 * statement (and every {@link #FLUSH_AT} events or {@link #FLUSH_AT_CHARS} payload characters on the way, to
 * bound memory): a transaction that stores a batch
 * of records appends its events in one round trip instead of one each, which halves the database's work per
 * event. The event rows therefore appear at commit, not at {@link #append}: nothing reads the outbox inside the
 * transaction that writes it. Without a transaction the event is written at once.
 */
@Repository
public class OutboxStore {
    /** Events collected in one transaction before they are written anyway … */
    static final int FLUSH_AT = 500;
    /** … or payload characters (large read-job chunks are several MB each). */
    static final long FLUSH_AT_CHARS = 8L << 20;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    /**
     * Published after the events' transaction committed (no database NOTIFY: that would serialise every writer's
     * commit on PostgreSQL's notification queue lock); the delivery engine wakes up on it. {@code
     * queuedForFanOut}: some of them were queued for the dispatcher (their environment has webhooks).
     */
    public record Appended(List<String> eventIds, boolean queuedForFanOut) {}

    public OutboxStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    private record Row(
            String id,
            UUID environmentId,
            UUID userId,
            String type,
            String reference,
            String payloadJson,
            Instant orderingTs) {}

    /**
     * @param id event id ({@code evt_…})
     * @param reference the {@code terra-reference} shared by every event a request causes
     * @param payloadJson the complete event body exactly as destinations will receive it
     * @param orderingTs sent as {@code X-Terra-Ordering-Timestamp}; a newer copy of the same record has a
     *     higher value
     */
    public void append(
            String id,
            UUID environmentId,
            UUID userId,
            String type,
            String reference,
            String payloadJson,
            Instant orderingTs) {
        Row row = new Row(id, environmentId, userId, type, reference, payloadJson, orderingTs);
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            boolean queued = insert(List.of(row));
            events.publishEvent(new Appended(List.of(id), queued));
            return;
        }
        Batch batch = currentBatch();
        if (batch == null) {
            batch = new Batch();
            TransactionSynchronizationManager.registerSynchronization(batch);
        }
        if (payloadJson.length() >= FLUSH_AT_CHARS) {
            // a huge event (an activity of 50 MB) is written alone, after those before it, with a plain parameter:
            // in a text[] it would be escaped into a second, larger copy of itself (issue 24, 256 MB heap)
            batch.flush();
            batch.queued |= insertOne(row);
            batch.written.add(row.id());
            return;
        }
        batch.rows.add(row);
        batch.chars += payloadJson.length();
        if (batch.rows.size() >= FLUSH_AT || batch.chars >= FLUSH_AT_CHARS) batch.flush();
    }

    /**
     * Writes the events the current transaction has appended so far now rather than at commit, for a caller that
     * needs their rows (and sequence numbers) inside the transaction.
     */
    public void flush() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) return;
        Batch batch = currentBatch();
        if (batch != null) batch.flush();
    }

    /** The current transaction's own batch, or null (an inner REQUIRES_NEW transaction has its own). */
    private Batch currentBatch() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations())
            if (s instanceof Batch b && b.owner() == this) return b;
        return null;
    }

    /** One transaction's events: written before commit, announced after it. */
    private final class Batch implements TransactionSynchronization {
        final List<Row> rows = new ArrayList<>();
        final List<String> written = new ArrayList<>();
        boolean queued;
        long chars;

        OutboxStore owner() {
            return OutboxStore.this;
        }

        /** Also what {@code TransactionStatus.flush()} calls: the collected events are written now. */
        @Override
        public void flush() {
            if (rows.isEmpty()) return;
            queued |= insert(rows);
            for (Row r : rows) written.add(r.id());
            rows.clear();
            chars = 0;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            flush();
        }

        @Override
        public void afterCommit() {
            if (!written.isEmpty()) events.publishEvent(new Appended(List.copyOf(written), queued));
        }
    }

    /**
     * Writes events in one statement, in the given order, each with its place in the dispatch queue when its
     * environment has a destination that is fanned out (webhooks); bulk destinations read the events through
     * their cursors instead. Returns whether any was queued.
     */
    private boolean insertOne(Row r) {
        return jdbc.sql("WITH e AS (INSERT INTO events (id, environment_id, user_id, type, reference, payload,"
                                + " ordering_ts) VALUES (?, ?::uuid, ?::uuid, ?, ?, ?::json, ?::timestamptz)"
                                + " RETURNING seq, environment_id),"
                                + " q AS (INSERT INTO outbox_pending (seq) SELECT seq FROM e WHERE EXISTS (SELECT 1"
                                + " FROM destinations d WHERE d.environment_id = e.environment_id AND d.active"
                                + " AND d.deleted_at IS NULL AND " + DeliveryStore.FANNED_OUT + ") RETURNING seq)"
                                + " SELECT count(*) FROM q")
                        .params(
                                r.id(),
                                r.environmentId().toString(),
                                r.userId() == null ? null : r.userId().toString(),
                                r.type(),
                                r.reference(),
                                r.payloadJson(),
                                r.orderingTs().toString())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean insert(List<Row> rows) {
        int n = rows.size();
        String[] ids = new String[n], envs = new String[n], users = new String[n], types = new String[n];
        String[] refs = new String[n], payloads = new String[n], ts = new String[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            ids[i] = r.id();
            envs[i] = r.environmentId().toString();
            users[i] = r.userId() == null ? null : r.userId().toString();
            types[i] = r.type();
            refs[i] = r.reference();
            payloads[i] = r.payloadJson();
            ts[i] = r.orderingTs().toString(); // ISO-8601 in UTC: no time zone of the JVM or session involved
        }
        return jdbc.sql("WITH e AS (INSERT INTO events (id, environment_id, user_id, type, reference, payload,"
                                + " ordering_ts) SELECT id, env::uuid, usr::uuid, type, ref, payload::json, ts"
                                + " FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
                                + " ?::timestamptz[]) WITH ORDINALITY AS u(id, env, usr, type, ref, payload, ts, ord)"
                                + " ORDER BY ord RETURNING seq, environment_id),"
                                + " q AS (INSERT INTO outbox_pending (seq) SELECT seq FROM e WHERE EXISTS (SELECT 1"
                                + " FROM destinations d WHERE d.environment_id = e.environment_id AND d.active"
                                + " AND d.deleted_at IS NULL AND " + DeliveryStore.FANNED_OUT + ") RETURNING seq)"
                                + " SELECT count(*) FROM q")
                        .params(ids, envs, users, types, refs, payloads, ts)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
