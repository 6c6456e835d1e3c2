package io.tributary.server.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The hottest read, a few weeks of a once-a-day type of one user (a synchronous {@code GET /v2/daily}), in one
 * round trip: the user row, only if it is visible in the environment (the same condition as {@link UserStore#find}),
 * together with the objects' JSON, which PostgreSQL joins with commas in start order. Looking the user up and then
 * reading the rows cost two statements, and the first was about a seventh of the server's CPU per read.
 *
 * <p>The whole result is one value in memory, so use this only for ranges known to hold few objects. The statement
 * runs on the connections of {@link ShortReadPool}.
 */
@Repository
public class ShortReadStore {
    /**
     * The user and its objects.
     *
     * @param objectsJson the objects' JSON separated by commas (the inside of a JSON array), as the UTF-8 bytes
     *     PostgreSQL sent; empty when no object is in the range
     */
    public record UserObjects(User user, byte[] objectsJson) {}

    private final JdbcTemplate jdbc;

    public ShortReadStore(ShortReadPool pool) {
        this.jdbc = new JdbcTemplate(pool.dataSource());
    }

    /** Empty when there is no such user in the environment (or it is deauthenticated). */
    public Optional<UserObjects> read(
            UUID environmentId, UUID userId, String type, DataRange range, boolean withSamples) {
        // Bounds go as text and timestamps come back as epoch microseconds: a timestamp parameter or column makes
        // pgjdbc build a TimestampUtils (calendars, time zone) for the statement, a twentieth of a read's CPU.
        String column = withSamples ? "d.payload" : "COALESCE(d.summary, d.payload)";
        StringBuilder sql = new StringBuilder("SELECT u.id, u.environment_id, u.provider, u.reference_id, u.scopes,"
                + " u.active, u.state, u.provider_user_id, " + MICROS.formatted("u.created_at") + ", "
                + MICROS.formatted("u.last_webhook_update") + ", (SELECT string_agg(" + column
                + "::text, ',' ORDER BY d.start_local, d.id) FROM data_objects d"
                + " WHERE d.environment_id = u.environment_id AND d.user_id = u.id AND d.type = ?"
                + " AND d.start_local >= ?::timestamp AND d.start_local < ?::timestamp");
        List<Object> bounds = new ArrayList<>(List.of(range.indexFrom(), range.indexTo()));
        if (range.instantFrom() != null) {
            sql.append(" AND d.start_time >= ?::timestamptz");
            bounds.add(range.instantFrom().atOffset(ZoneOffset.UTC));
        }
        if (range.instantTo() != null) {
            sql.append(" AND d.start_time <= ?::timestamptz");
            bounds.add(range.instantTo().atOffset(ZoneOffset.UTC));
        }
        sql.append(") FROM users u WHERE u.environment_id = ? AND u.id = ? AND ")
                .append(UserStore.VISIBLE);
        return Optional.ofNullable(jdbc.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement(sql.toString());
                    ps.setString(1, type);
                    int i = 2;
                    for (Object b : bounds) bind(ps, i++, (Temporal) b);
                    ps.setObject(i++, environmentId);
                    ps.setObject(i, userId);
                    return ps;
                },
                (ResultSet rs) -> rs.next() ? map(rs) : null));
    }

    private static final String MICROS = "(extract(epoch FROM %s) * 1000000)::int8";

    private static UserObjects map(ResultSet rs) throws SQLException {
        User user = new User(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getBoolean(6),
                rs.getString(7),
                rs.getString(8),
                instant(rs, 9),
                instant(rs, 10));
        // a text value in the text protocol: getBytes gives the UTF-8 bytes as sent, not decoded
        byte[] objects = rs.getBytes(11);
        return new UserObjects(user, objects == null ? new byte[0] : objects);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long micros = rs.getLong(column);
        if (rs.wasNull()) return null;
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    /**
     * ISO-8601 text, which PostgreSQL reads exactly, for the years it is unambiguous in (1–9999); any other year
     * (reachable with unix-seconds bounds) goes through the driver, which writes BC and five-digit years.
     */
    private static void bind(PreparedStatement ps, int i, Temporal t) throws SQLException {
        int year = t.get(ChronoField.YEAR);
        if (year >= 1 && year <= 9999) ps.setString(i, t.toString());
        else ps.setObject(i, t);
    }
}
