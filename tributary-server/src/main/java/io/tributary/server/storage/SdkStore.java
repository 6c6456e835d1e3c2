package io.tributary.server.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mobile SDK connections and the raw records apps post ({@code sdk_connections}, {@code sdk_records}, V7). */
@Repository
public class SdkStore {
    private final JdbcClient jdbc;

    public SdkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An SDK connection: the user it belongs to and the SHA-256 of its secret. */
    public record SdkConnection(UUID userId, UUID environmentId, String provider, String deviceId, byte[] secretHash) {}

    /** A stored record, already normalised ({@code kind}, times, value in Terra units, extra fields as JSON). */
    public record SdkRecord(
            String recordId,
            String platform,
            String recordType,
            String kind,
            Instant start,
            Instant end,
            int offsetSeconds,
            LocalDate localDate,
            Double value,
            String extraJson,
            String rawJson) {}

    public void insertConnection(SdkConnection c) {
        jdbc.sql("INSERT INTO sdk_connections (user_id, environment_id, provider, device_id, secret_hash)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(c.userId(), c.environmentId(), c.provider(), c.deviceId(), c.secretHash())
                .update();
    }

    public Optional<SdkConnection> findConnection(UUID userId) {
        return jdbc.sql("SELECT user_id, environment_id, provider, device_id, secret_hash FROM sdk_connections"
                        + " WHERE user_id = ?")
                .param(userId)
                .query((rs, i) -> new SdkConnection(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBytes(5)))
                .optional();
    }

    /** Candidates for a Bearer secret: connections whose secret hash equals {@code hash} (compared again in Java). */
    public List<SdkConnection> connectionsByHash(byte[] hash) {
        return jdbc.sql("SELECT user_id, environment_id, provider, device_id, secret_hash FROM sdk_connections"
                        + " WHERE secret_hash = ?")
                .param(hash)
                .query((rs, i) -> new SdkConnection(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBytes(5)))
                .list();
    }

    /** Serialises SDK batches of one user until the transaction ends (each recompute sees the other's records). */
    public void lockUser(UUID userId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 7))")
                .param(userId.toString())
                .query((rs, i) -> 1)
                .list();
    }

    public void deleteUser(UUID userId) {
        jdbc.sql("DELETE FROM sdk_records WHERE user_id = ?").param(userId).update();
        jdbc.sql("DELETE FROM sdk_connections WHERE user_id = ?").param(userId).update();
    }

    /**
     * Inserts or updates one record. Returns 1 when inserted, 2 when an existing row changed, 0 when the same record
     * (identical raw JSON) was already stored.
     */
    public int upsert(UUID environmentId, UUID userId, SdkRecord r) {
        List<Boolean> res = jdbc.sql("INSERT INTO sdk_records (user_id, record_id, environment_id, platform,"
                        + " record_type, kind, start_ts, end_ts, offset_seconds, local_date, value, extra, raw)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))"
                        + " ON CONFLICT (user_id, record_id) DO UPDATE SET platform = EXCLUDED.platform,"
                        + " record_type = EXCLUDED.record_type, kind = EXCLUDED.kind, start_ts = EXCLUDED.start_ts,"
                        + " end_ts = EXCLUDED.end_ts, offset_seconds = EXCLUDED.offset_seconds,"
                        + " local_date = EXCLUDED.local_date, value = EXCLUDED.value, extra = EXCLUDED.extra,"
                        + " raw = EXCLUDED.raw, received_at = now()"
                        + " WHERE sdk_records.raw IS DISTINCT FROM EXCLUDED.raw"
                        + " RETURNING (xmax = 0)")
                .params(
                        userId,
                        r.recordId(),
                        environmentId,
                        r.platform(),
                        r.recordType(),
                        r.kind(),
                        ts(r.start()),
                        ts(r.end()),
                        r.offsetSeconds(),
                        r.localDate(),
                        r.value(),
                        r.extraJson(),
                        r.rawJson())
                .query((rs, i) -> rs.getBoolean(1))
                .list();
        if (res.isEmpty()) return 0;
        return res.get(0) ? 1 : 2;
    }

    /** Deletes one stored record (deleted on the device); false when there was none. */
    public boolean deleteRecord(UUID userId, String recordId) {
        return jdbc.sql("DELETE FROM sdk_records WHERE user_id = ? AND record_id = ?")
                        .params(userId, recordId)
                        .update()
                > 0;
    }

    /** The stored record with this id, if any (its previous day/time matter when an update moves it). */
    public Optional<SdkRecord> find(UUID userId, String recordId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sdk_records WHERE user_id = ? AND record_id = ?")
                .params(userId, recordId)
                .query(SdkStore::map)
                .optional();
    }

    /** Every stored record of these kinds on these local days. */
    public List<SdkRecord> onDays(UUID userId, Collection<String> kinds, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sdk_records WHERE user_id = ? AND local_date = ?"
                        + " AND kind = ANY(?) ORDER BY start_ts, record_id")
                .params(userId, day, kinds.toArray(new String[0]))
                .query(SdkStore::map)
                .list();
    }

    /** Every stored record of these kinds starting in [from, to). */
    public List<SdkRecord> between(UUID userId, Collection<String> kinds, Instant from, Instant to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM sdk_records WHERE user_id = ? AND start_ts >= ? AND start_ts < ?"
                        + " AND kind = ANY(?) ORDER BY start_ts, record_id")
                .params(userId, ts(from), ts(to), kinds.toArray(new String[0]))
                .query(SdkStore::map)
                .list();
    }

    public int count(UUID userId) {
        return jdbc.sql("SELECT count(*) FROM sdk_records WHERE user_id = ?")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    private static final String COLUMNS = "record_id, platform, record_type, kind, start_ts, end_ts, offset_seconds,"
            + " local_date, value, extra::text, raw::text";

    private static SdkRecord map(ResultSet rs, int i) throws SQLException {
        OffsetDateTime s = rs.getObject(5, OffsetDateTime.class);
        OffsetDateTime e = rs.getObject(6, OffsetDateTime.class);
        java.sql.Date d = rs.getDate(8);
        double v = rs.getDouble(9);
        Double value = rs.wasNull() ? null : v;
        return new SdkRecord(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                s == null ? null : s.toInstant(),
                e == null ? null : e.toInstant(),
                rs.getInt(7),
                d == null ? null : d.toLocalDate(),
                value,
                rs.getString(10),
                rs.getString(11));
    }

    private static OffsetDateTime ts(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
