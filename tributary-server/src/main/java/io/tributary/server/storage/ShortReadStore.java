package io.tributary.server.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The hottest read, a few weeks of a once-a-day type of one user (a synchronous {@code GET /v2/daily}), in one
 * round trip: the user row, only if it is visible in the environment (the same condition as {@link UserStore#find}),
 * together with the objects' JSON, which PostgreSQL joins with commas in start order. Looking the user up and then
 * reading the rows cost two statements, and the first was about a seventh of the server's CPU per read.
 *
 * <p>The whole result is one value in memory, so use this only for ranges known to hold few objects.
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

    public ShortReadStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Empty when there is no such user in the environment (or it is deauthenticated). */
    public Optional<UserObjects> read(
            UUID environmentId, UUID userId, String type, DataRange range, boolean withSamples) {
        String column = withSamples ? "d.payload" : "COALESCE(d.summary, d.payload)";
        StringBuilder sql = new StringBuilder(
                "SELECT u.*, (SELECT string_agg(" + column + "::text, ',' ORDER BY d.start_local, d.id)"
                        + " FROM data_objects d WHERE d.environment_id = u.environment_id AND d.user_id = u.id"
                        + " AND d.type = ? AND d.start_local >= ? AND d.start_local < ?");
        List<Object> params = new ArrayList<>(List.of(type, range.indexFrom(), range.indexTo()));
        if (range.instantFrom() != null) {
            sql.append(" AND d.start_time >= ?");
            params.add(range.instantFrom().atOffset(ZoneOffset.UTC));
        }
        if (range.instantTo() != null) {
            sql.append(" AND d.start_time <= ?");
            params.add(range.instantTo().atOffset(ZoneOffset.UTC));
        }
        sql.append(") AS objects_json FROM users u WHERE u.environment_id = ? AND u.id = ? AND ")
                .append(UserStore.VISIBLE);
        params.add(environmentId);
        params.add(userId);
        return Optional.ofNullable(jdbc.query(
                con -> {
                    PreparedStatement ps = con.prepareStatement(sql.toString());
                    for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
                    return ps;
                },
                (ResultSet rs) -> {
                    if (!rs.next()) return null;
                    // a text value in the text protocol: getBytes gives the UTF-8 bytes as sent, not decoded
                    byte[] objects = rs.getBytes("objects_json");
                    return new UserObjects(UserStore.map(rs, 0), objects == null ? new byte[0] : objects);
                }));
    }
}
