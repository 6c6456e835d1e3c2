package io.tributary.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Delivery history (deliveries with their attempts) and replay, scoped to one environment. */
@Repository
public class DeliveryHistoryStore {
    private final JdbcClient jdbc;
    private final DeliveryStore deliveries;

    public DeliveryHistoryStore(JdbcClient jdbc, DeliveryStore deliveries) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
    }

    /** Resent deliveries of a stream queue up behind its current head, oldest event first. */
    private static final String REQUEUE = "status = CASE WHEN d.stream IS NULL THEN 'pending' ELSE 'waiting' END,"
            + " attempt_count = 0, next_attempt_at = now(), locked_by = NULL, updated_at = now()";

    private int promote(List<String[]> touched) {
        List<String> dst = new ArrayList<>(), streams = new ArrayList<>();
        for (String[] t : touched) {
            if (t[1] == null) continue;
            dst.add(t[0]);
            streams.add(t[1]);
        }
        if (!dst.isEmpty()) {
            deliveries.lockStreams(dst, streams);
            deliveries.promoteHeads(dst, streams);
        }
        return touched.size();
    }

    /** Every field may be null (no filter). Time bounds apply to the delivery's creation. */
    public record Filter(
            UUID environmentId,
            Instant from,
            Instant to,
            UUID userId,
            String referenceId,
            String dataType,
            String status,
            String destinationId,
            String provider,
            String deliveryId,
            int limit,
            int offset) {}

    public record Row(
            String id,
            String eventId,
            String destinationId,
            String destinationType,
            String type,
            UUID userId,
            String provider,
            String userReferenceId,
            String reference,
            String status,
            int attemptCount,
            Instant nextAttemptAt,
            Integer lastStatusCode,
            String lastError,
            Instant createdAt,
            Instant deliveredAt,
            Instant eventCreatedAt,
            Instant orderingTs) {}

    public record Attempt(
            String deliveryId,
            Instant attemptedAt,
            Integer statusCode,
            String error,
            int durationMs,
            String response) {}

    public record Page(List<Row> rows, long total) {}

    /** One snapshot for the count and the page, so {@code total} never disagrees with the rows returned. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Page search(Filter f) {
        StringBuilder where = new StringBuilder(" WHERE d.environment_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(f.environmentId());
        if (f.from() != null) {
            where.append(" AND d.created_at >= ?");
            params.add(Timestamp.from(f.from()));
        }
        if (f.to() != null) {
            where.append(" AND d.created_at <= ?");
            params.add(Timestamp.from(f.to()));
        }
        if (f.userId() != null) {
            where.append(" AND d.user_id = ?");
            params.add(f.userId());
        }
        if (f.referenceId() != null) {
            where.append(" AND (u.reference_id = ? OR e.reference = ?)");
            params.add(f.referenceId());
            params.add(f.referenceId());
        }
        if (f.dataType() != null) {
            where.append(" AND e.type = ?");
            params.add(f.dataType());
        }
        if (f.status() != null) {
            where.append(" AND d.status = ?");
            params.add(f.status());
        }
        if (f.destinationId() != null) {
            where.append(" AND d.destination_id = ?");
            params.add(f.destinationId());
        }
        if (f.provider() != null) {
            where.append(" AND upper(u.provider) = upper(?)");
            params.add(f.provider());
        }
        if (f.deliveryId() != null) {
            where.append(" AND d.id = ?");
            params.add(f.deliveryId());
        }
        String from = " FROM deliveries d JOIN events e ON e.id = d.event_id"
                + " JOIN destinations t ON t.id = d.destination_id LEFT JOIN users u ON u.id = d.user_id";
        long total = jdbc.sql("SELECT count(*)" + from + where)
                .params(params)
                .query(Long.class)
                .single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(f.limit());
        pageParams.add(f.offset());
        List<Row> rows = jdbc.sql("SELECT d.id, d.event_id, d.destination_id, t.type, e.type, d.user_id, u.provider,"
                        + " u.reference_id, e.reference, d.status, d.attempt_count, d.next_attempt_at,"
                        + " d.last_status_code, d.last_error, d.created_at, d.delivered_at, e.created_at, e.ordering_ts"
                        + from + where + " ORDER BY d.created_at DESC, d.id DESC LIMIT ? OFFSET ?")
                .params(pageParams)
                .query(DeliveryHistoryStore::row)
                .list();
        return new Page(rows, total);
    }

    public Map<String, List<Attempt>> attempts(List<String> deliveryIds) {
        Map<String, List<Attempt>> out = new LinkedHashMap<>();
        if (deliveryIds.isEmpty()) return out;
        jdbc.sql("SELECT delivery_id, attempted_at, status_code,"
                        // recorded before the request went out (V11): no answer yet
                        + " CASE WHEN status = 'sending' THEN 'sending: no answer yet' ELSE error END,"
                        + " coalesce(duration_ms, 0), response FROM attempts"
                        + " WHERE delivery_id = ANY(?::text[]) ORDER BY id")
                .params((Object) deliveryIds.toArray(String[]::new))
                .query((rs, i) -> new Attempt(
                        rs.getString(1),
                        rs.getTimestamp(2).toInstant(),
                        (Integer) rs.getObject(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getString(6)))
                .list()
                .forEach(a -> out.computeIfAbsent(a.deliveryId(), k -> new ArrayList<>())
                        .add(a));
        return out;
    }

    /**
     * Makes one delivery due again now with a fresh retry schedule (same id, so the same trace id). Returns
     * false if there is no such delivery in the environment.
     */
    @Transactional
    public boolean resendDelivery(UUID environmentId, String deliveryId) {
        return promote(jdbc.sql("UPDATE deliveries d SET " + REQUEUE + " WHERE d.id = ? AND d.environment_id = ?"
                                + " AND d.status <> 'delivering' RETURNING d.destination_id, d.stream")
                        .params(deliveryId, environmentId)
                        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                        .list())
                > 0;
    }

    /** Every failed delivery created in the range (optionally to one destination) is due again now. */
    @Transactional
    public int resendFailed(UUID environmentId, Instant from, Instant to, String destinationId) {
        return promote(jdbc.sql("UPDATE deliveries d SET " + REQUEUE + " FROM destinations t"
                        + " WHERE t.id = d.destination_id AND t.deleted_at IS NULL AND d.environment_id = ?"
                        + " AND d.status = 'failed' AND d.created_at >= ? AND d.created_at <= ?"
                        + " AND (?::text IS NULL OR d.destination_id = ?) RETURNING d.destination_id, d.stream")
                .params(environmentId, Timestamp.from(from), Timestamp.from(to), destinationId, destinationId)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list());
    }

    /**
     * Every event of a user written in the range goes out again to every active destination (or one): existing
     * deliveries are made due again, missing ones (destinations added since) are created.
     */
    @Transactional
    public int resendUserEvents(UUID environmentId, UUID userId, Instant from, Instant to, String destinationId) {
        List<String[]> pairs = jdbc.sql("SELECT e.id, t.id, e.created_at FROM events e JOIN destinations t"
                        + " ON t.environment_id = e.environment_id AND t.active AND t.deleted_at IS NULL"
                        + " WHERE e.environment_id = ? AND e.user_id = ? AND e.created_at >= ? AND e.created_at <= ?"
                        + " AND (?::text IS NULL OR t.id = ?) ORDER BY e.seq")
                .params(environmentId, userId, Timestamp.from(from), Timestamp.from(to), destinationId, destinationId)
                .query((rs, i) -> new String[] {
                    rs.getString(1),
                    rs.getString(2),
                    DeliveryStore.deliveryId(
                            rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant())
                })
                .list();
        if (pairs.isEmpty()) return 0;
        String[] ids = new String[pairs.size()], events = new String[pairs.size()], dests = new String[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            ids[i] = pairs.get(i)[2]; // a delivery not made yet (a bulk cursor's) gets the id the cursor will use
            events[i] = pairs.get(i)[0];
            dests[i] = pairs.get(i)[1];
        }
        return promote(jdbc.sql("INSERT INTO deliveries (id, event_id, destination_id, environment_id, user_id, stream,"
                        + " event_seq, status) SELECT u.id, e.id, u.dst, e.environment_id, e.user_id,"
                        + " e.user_id || '/' || e.type, e.seq, 'waiting' FROM unnest(?::text[], ?::text[], ?::text[])"
                        + " AS u(id, ev, dst) JOIN events e ON e.id = u.ev"
                        + " ON CONFLICT (event_id, destination_id) DO UPDATE SET status = 'waiting',"
                        + " attempt_count = 0, next_attempt_at = now(), locked_by = NULL, updated_at = now()"
                        + " WHERE deliveries.status <> 'delivering' RETURNING destination_id, stream")
                .params(ids, events, dests)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
                .list());
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, UUID.class),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getInt(11),
                ts(rs, 12),
                (Integer) rs.getObject(13),
                rs.getString(14),
                ts(rs, 15),
                ts(rs, 16),
                ts(rs, 17),
                ts(rs, 18));
    }

    private static Instant ts(ResultSet rs, int col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }
}
