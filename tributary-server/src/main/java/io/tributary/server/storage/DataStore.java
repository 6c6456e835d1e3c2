package io.tributary.server.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The normalised data: one row per data object ({@code data_objects}), keyed by environment, user, type and
 * identity key (docs/decisions.md#17). Reads stream rows through a server-side cursor, so a year of activities with
 * samples never sits in memory at once.
 */
@Repository
public class DataStore {
    /** Rows per round trip of a streaming read. */
    static final int FETCH_SIZE = 64;
    /**
     * Rows per round trip when reading payloads with samples of types whose objects can be large (a 1 Hz activity
     * is ~1 MB of JSON): bounds what one fetch holds in memory.
     */
    static final int LARGE_ROWS_FETCH_SIZE = 4;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    public DataStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    /** What an upsert did. */
    public enum Outcome {
        INSERTED,
        REPLACED,
        UNCHANGED
    }

    public record UpsertResult(Outcome outcome, int version) {}

    /**
     * Inserts the object, or replaces the stored copy with the same identity key (version + 1). A payload that is
     * JSON-equal to the stored one changes nothing and reports {@link Outcome#UNCHANGED}.
     */
    public UpsertResult upsert(
            UUID environmentId,
            UUID userId,
            String type,
            String identityKey,
            Instant startTime,
            LocalDateTime startLocal,
            Instant endTime,
            String payloadJson,
            int payloadBytes,
            String summaryJson) {
        Optional<UpsertResult> r = jdbc.sql("""
                        INSERT INTO data_objects (environment_id, user_id, type, identity_key, start_time, start_local,
                                                  end_time, payload, payload_bytes, summary)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb)
                        ON CONFLICT (environment_id, user_id, type, identity_key) DO UPDATE
                           SET payload = EXCLUDED.payload, payload_bytes = EXCLUDED.payload_bytes,
                               summary = EXCLUDED.summary,
                               start_time = EXCLUDED.start_time, start_local = EXCLUDED.start_local,
                               end_time = EXCLUDED.end_time, received_at = now(),
                               version = data_objects.version + 1
                         WHERE data_objects.payload IS DISTINCT FROM EXCLUDED.payload
                        RETURNING (xmax = 0) AS inserted, version
                        """)
                .params(
                        environmentId,
                        userId,
                        type,
                        identityKey,
                        ts(startTime),
                        startLocal,
                        ts(endTime),
                        payloadJson,
                        payloadBytes,
                        summaryJson)
                .query((rs, n) -> new UpsertResult(
                        rs.getBoolean("inserted") ? Outcome.INSERTED : Outcome.REPLACED, rs.getInt("version")))
                .optional();
        return r.orElse(new UpsertResult(Outcome.UNCHANGED, 0));
    }

    /**
     * Streams one user's objects of one type whose start falls in {@code range}, in start order, to {@code each}
     * (called on this thread, inside a read-only transaction so PostgreSQL uses a cursor); without samples the
     * precomputed summary is read.
     */
    @Transactional
    public void stream(
            UUID environmentId,
            UUID userId,
            String type,
            DataRange range,
            boolean withSamples,
            Consumer<StoredObject> each) {
        doStream(environmentId, userId, type, range, withSamples, each);
    }

    private void doStream(
            UUID environmentId,
            UUID userId,
            String type,
            DataRange range,
            boolean withSamples,
            Consumer<StoredObject> each) {
        String column = withSamples ? "payload::text" : "COALESCE(summary, payload)::text";
        int fetchSize = withSamples && !type.equals("daily") ? LARGE_ROWS_FETCH_SIZE : FETCH_SIZE;
        query("id, type, " + column + " AS p, payload_bytes", fetchSize, environmentId, userId, type, range, rs -> {
            each.accept(new StoredObject(
                    rs.getLong("id"), rs.getString("type"), rs.getString("p"), rs.getInt("payload_bytes")));
        });
    }

    /**
     * As {@link #stream}, giving each object's JSON as the UTF-8 bytes PostgreSQL sent (no decoding into a {@code
     * String} and encoding back): for synchronous reads, which copy the objects into the response unchanged.
     */
    @Transactional
    public void streamJson(
            UUID environmentId, UUID userId, String type, DataRange range, boolean withSamples, Consumer<byte[]> each) {
        doStreamJson(environmentId, userId, type, range, withSamples, each);
    }

    private void doStreamJson(
            UUID environmentId, UUID userId, String type, DataRange range, boolean withSamples, Consumer<byte[]> each) {
        String column = withSamples ? "payload::text" : "COALESCE(summary, payload)::text";
        int fetchSize = withSamples && !type.equals("daily") ? LARGE_ROWS_FETCH_SIZE : FETCH_SIZE;
        // For a text column in the text protocol, pgjdbc's getBytes is the value as sent: UTF-8 (the driver always
        // sets client_encoding to UTF8).
        query(column + " AS p", fetchSize, environmentId, userId, type, range, rs -> each.accept(rs.getBytes(1)));
    }

    /** The stored sizes (bytes) of the objects {@link #stream} would give, in the same order. */
    @Transactional
    public List<Integer> sizes(UUID environmentId, UUID userId, String type, DataRange range) {
        List<Integer> out = new ArrayList<>();
        query("payload_bytes", FETCH_SIZE * 16, environmentId, userId, type, range, rs -> {
            out.add(rs.getInt("payload_bytes"));
        });
        return out;
    }

    private void query(
            String columns,
            int fetchSize,
            UUID environmentId,
            UUID userId,
            String type,
            DataRange range,
            org.springframework.jdbc.core.RowCallbackHandler rch) {
        StringBuilder sql = new StringBuilder("SELECT " + columns + " FROM data_objects"
                + " WHERE environment_id = ? AND user_id = ? AND type = ? AND start_local >= ? AND start_local < ?");
        List<Object> params = new ArrayList<>(List.of(environmentId, userId, type, range.indexFrom(), range.indexTo()));
        if (range.instantFrom() != null) {
            sql.append(" AND start_time >= ?");
            params.add(ts(range.instantFrom()));
        }
        if (range.instantTo() != null) {
            sql.append(" AND start_time <= ?");
            params.add(ts(range.instantTo()));
        }
        sql.append(" ORDER BY start_local, id");
        streaming.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement(sql.toString());
                    ps.setFetchSize(fetchSize);
                    for (int i = 0; i < params.size(); i++) setParam(ps, i + 1, params.get(i));
                    return ps;
                },
                rch);
    }

    /**
     * Serialises read-merge-writes of one object until the caller's transaction ends (two pushes of the same day
     * merging at once would otherwise lose one's part).
     */
    public void lockObject(UUID userId, String type, String identityKey) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param(userId + "|" + type + "|" + identityKey)
                .query((rs, n) -> 1)
                .list();
    }

    /** The stored object with this identity key (athlete: {@code athlete}). */
    public Optional<StoredObject> find(UUID environmentId, UUID userId, String type, String identityKey) {
        return jdbc.sql("SELECT id, type, payload::text AS p, payload_bytes FROM data_objects"
                        + " WHERE environment_id = ? AND user_id = ? AND type = ? AND identity_key = ?")
                .params(environmentId, userId, type, identityKey)
                .query((rs, n) -> new StoredObject(
                        rs.getLong("id"), rs.getString("type"), rs.getString("p"), rs.getInt("payload_bytes")))
                .optional();
    }

    /**
     * Removes one stored object (its source records were deleted on the device); returns its last payload, or empty
     * when nothing was stored under that key.
     */
    public Optional<String> deleteObject(UUID environmentId, UUID userId, String type, String identityKey) {
        return jdbc.sql("DELETE FROM data_objects WHERE environment_id = ? AND user_id = ? AND type = ?"
                        + " AND identity_key = ? RETURNING payload::text")
                .params(environmentId, userId, type, identityKey)
                .query(String.class)
                .optional();
    }

    /** Removes everything stored for a user (deauthentication, failed flows). */
    public void deleteUser(UUID environmentId, UUID userId) {
        jdbc.sql("DELETE FROM data_objects WHERE environment_id = ? AND user_id = ?")
                .params(environmentId, userId)
                .update();
        jdbc.sql("DELETE FROM fetched_ranges WHERE environment_id = ? AND user_id = ?")
                .params(environmentId, userId)
                .update();
        jdbc.sql("DELETE FROM read_jobs WHERE environment_id = ? AND user_id = ? AND status IN ('queued', 'running')")
                .params(environmentId, userId)
                .update();
    }

    public long count(UUID environmentId, UUID userId, String type) {
        return jdbc.sql("SELECT count(*) FROM data_objects WHERE environment_id = ? AND user_id = ? AND type = ?")
                .params(environmentId, userId, type)
                .query(Long.class)
                .single();
    }

    /** A pulled interval {@code [start, end)}. */
    public record Interval(Instant start, Instant end) {}

    /** Recorded fetches of this user and type that overlap {@code [from, to)}, by start. */
    public List<Interval> fetchedRanges(UUID environmentId, UUID userId, String type, Instant from, Instant to) {
        return jdbc.sql("SELECT range_start, range_end FROM fetched_ranges WHERE environment_id = ? AND user_id = ?"
                        + " AND type = ? AND range_start < ? AND range_end > ? ORDER BY range_start")
                .params(environmentId, userId, type, ts(to), ts(from))
                .query((rs, n) -> new Interval(
                        rs.getObject("range_start", OffsetDateTime.class).toInstant(),
                        rs.getObject("range_end", OffsetDateTime.class).toInstant()))
                .list();
    }

    public void recordFetched(UUID environmentId, UUID userId, String type, Instant start, Instant end) {
        if (!end.isAfter(start)) return;
        jdbc.sql("INSERT INTO fetched_ranges (environment_id, user_id, type, range_start, range_end)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(environmentId, userId, type, ts(start), ts(end))
                .update();
    }

    /** Sets the user's {@code last_webhook_update} (data was emitted for them). */
    public void touchWebhookUpdate(UUID userId, Instant at) {
        jdbc.sql("UPDATE users SET last_webhook_update = ? WHERE id = ?")
                .params(ts(at), userId)
                .update();
    }

    private static OffsetDateTime ts(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    private static void setParam(PreparedStatement ps, int i, Object v) throws SQLException {
        ps.setObject(i, v);
    }

    /** Wall-clock of an instant in UTC (for callers building local bounds). */
    public static LocalDateTime utcLocal(Instant t) {
        return LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
