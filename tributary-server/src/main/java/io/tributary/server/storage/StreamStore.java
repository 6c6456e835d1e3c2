package io.tributary.server.storage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Streaming API's tables (V16): hashed single-use tokens, and the submitted frames that the PostgreSQL bus
 * writes, announces with {@code NOTIFY tributary_stream} (the frames themselves when they fit in a notification,
 * else their seqs) and replays. Also the bus's {@code
 * LISTEN} connection, for the same reason as {@link DueNotifications}: only storage touches JDBC.
 */
@Repository
public class StreamStore {
    private static final Logger log = LoggerFactory.getLogger(StreamStore.class);
    public static final String CHANNEL = "tributary_stream";
    /** NOTIFY payloads must stay below 8000 bytes; a batch is split into payloads of at most this. */
    static final int MAX_NOTIFY_BYTES = 7900;
    /**
     * The notification format: frames separated by RS, each {@code f<seq>US<env>US<user>US<type>US<0|1>US<created
     * micros>US<payload JSON>}, or {@code i<seq>} for a frame too big to travel inline (listeners read its row).
     * Neither separator can occur in a field: the payload is compact JSON (control characters escaped) and data
     * types are refused with control characters.
     */
    static final char RS = '\u001e', US = '\u001f';
    /** First key of the per-environment advisory lock that serialises frame writers (the second: the env hash). */
    static final int LOCK_CLASS = 16016;

    public record TokenGrant(UUID environmentId, UUID userId) {}

    public record NewFrame(UUID environmentId, UUID userId, String dataType, String payloadJson, boolean synthetic) {}

    public record StoredFrame(
            long seq,
            UUID environmentId,
            UUID userId,
            String dataType,
            String payloadJson,
            boolean synthetic,
            Instant createdAt) {}

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    public StreamStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public void insertToken(
            byte[] hash, UUID environmentId, String role, UUID userId, boolean reusable, Instant expiresAt) {
        jdbc.sql("INSERT INTO stream_tokens (token_hash, environment_id, role, user_id, reusable, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(hash, environmentId, role, userId, reusable, utc(expiresAt))
                .update();
    }

    /**
     * Redeems a token for a role: once when single-use, any number of times before expiry when reusable. A token of
     * the other role is not consumed.
     */
    public Optional<TokenGrant> redeemToken(byte[] hash, String role, Instant now) {
        return jdbc.sql("UPDATE stream_tokens SET redeemed_at = ? WHERE token_hash = ? AND role = ? AND expires_at > ?"
                        + " AND (reusable OR redeemed_at IS NULL) RETURNING environment_id, user_id")
                .params(utc(now), hash, role, utc(now))
                .query((rs, n) -> new TokenGrant(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional();
    }

    public int deleteTokensExpiredBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM stream_tokens WHERE expires_at < ?")
                .param(utc(cutoff))
                .update();
    }

    /**
     * Inserts a batch of frames and announces their seqs, in one transaction. Writers take a per-environment
     * advisory lock (in a fixed order, so two nodes cannot deadlock) before drawing seqs, so within an environment
     * the commit order, and with it the order in which every listener is notified, is the seq order.
     */
    @Transactional
    public List<Long> appendFrames(List<NewFrame> frames) {
        if (frames.isEmpty()) return List.of();
        TreeSet<String> envs = new TreeSet<>();
        for (NewFrame f : frames) envs.add(f.environmentId().toString());
        StringBuilder lock = new StringBuilder("SELECT count(pg_advisory_xact_lock(")
                .append(LOCK_CLASS)
                .append(", hashtext(e))) FROM (SELECT e FROM (VALUES ");
        for (int i = 0; i < envs.size(); i++) lock.append(i == 0 ? "(?)" : ",(?)");
        lock.append(") v(e) ORDER BY e) s");
        jdbc.sql(lock.toString())
                .params(new ArrayList<Object>(envs))
                .query(Long.class)
                .single();

        StringBuilder insert = new StringBuilder(
                "INSERT INTO stream_frames (environment_id, user_id, data_type, payload, synthetic) VALUES ");
        List<Object> params = new ArrayList<>(frames.size() * 5);
        for (int i = 0; i < frames.size(); i++) {
            NewFrame f = frames.get(i);
            insert.append(i == 0 ? "" : ",").append("(?, ?, ?, ?::json, ?)");
            params.add(f.environmentId());
            params.add(f.userId());
            params.add(f.dataType());
            params.add(f.payloadJson());
            params.add(f.synthetic());
        }
        insert.append(" RETURNING seq, created_at");
        List<long[]> rows = jdbc.sql(insert.toString())
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), micros(rs.getObject(2, OffsetDateTime.class))})
                .list();
        List<Long> seqs = new ArrayList<>(rows.size());
        StringBuilder payload = new StringBuilder();
        int payloadBytes = 0;
        for (int i = 0; i < rows.size(); i++) {
            long seq = rows.get(i)[0];
            seqs.add(seq);
            NewFrame f = frames.get(i);
            String line = "f" + seq + US + f.environmentId() + US + f.userId() + US + f.dataType() + US
                    + (f.synthetic() ? '1' : '0') + US + rows.get(i)[1] + US + f.payloadJson();
            int bytes = line.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_NOTIFY_BYTES - 1) {
                line = "i" + seq; // too big to travel in the notification: listeners read the row
                bytes = line.length();
            }
            if (payloadBytes + bytes + 1 > MAX_NOTIFY_BYTES) {
                notify(payload.toString());
                payload.setLength(0);
                payloadBytes = 0;
            }
            if (payload.length() > 0) {
                payload.append(RS);
                payloadBytes++;
            }
            payload.append(line);
            payloadBytes += bytes;
        }
        if (payload.length() > 0) notify(payload.toString());
        return seqs;
    }

    /**
     * The frames a notification announces, in seq order: those that travelled inline, and those read back by seq.
     */
    public List<StoredFrame> decode(String payload) {
        List<StoredFrame> out = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        for (String line : payload.split(String.valueOf(RS))) {
            if (line.startsWith("i")) {
                missing.add(Long.parseLong(line.substring(1)));
            } else if (line.startsWith("f")) {
                String[] p = line.substring(1).split(String.valueOf(US), 7);
                out.add(new StoredFrame(
                        Long.parseLong(p[0]),
                        UUID.fromString(p[1]),
                        UUID.fromString(p[2]),
                        p[3],
                        p[6],
                        p[4].equals("1"),
                        instant(Long.parseLong(p[5]))));
            }
        }
        if (!missing.isEmpty()) {
            out.addAll(framesBySeq(missing));
            out.sort(java.util.Comparator.comparingLong(StoredFrame::seq));
        }
        return out;
    }

    private static long micros(OffsetDateTime t) {
        Instant i = t.toInstant();
        return i.getEpochSecond() * 1_000_000L + i.getNano() / 1000;
    }

    private static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
    }

    private void notify(String payload) {
        jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, payload).query().singleRow();
    }

    /** The frames with these seqs, in seq order (a seq trimmed meanwhile is simply absent). */
    public List<StoredFrame> framesBySeq(List<Long> seqs) {
        if (seqs.isEmpty()) return List.of();
        StringBuilder sql = new StringBuilder(
                "SELECT seq, environment_id, user_id, data_type, payload::text, synthetic, created_at FROM stream_frames"
                        + " WHERE seq IN (");
        for (int i = 0; i < seqs.size(); i++) sql.append(i == 0 ? "?" : ",?");
        sql.append(") ORDER BY seq");
        return jdbc.sql(sql.toString())
                .params(new ArrayList<Object>(seqs))
                .query(StreamStore::frame)
                .list();
    }

    /**
     * Retained frames of an environment with {@code after < seq < before}, created at or after {@code notBefore}, at
     * most the {@code limit} newest of them, in seq order.
     */
    public List<StoredFrame> replay(UUID environmentId, long after, long before, Instant notBefore, int limit) {
        return jdbc.sql("SELECT * FROM (SELECT seq, environment_id, user_id, data_type, payload::text, synthetic,"
                        + " created_at FROM stream_frames WHERE environment_id = ? AND seq > ? AND seq < ?"
                        + " AND created_at >= ? ORDER BY seq DESC LIMIT ?) x ORDER BY seq")
                .params(environmentId, after, before, utc(notBefore), limit)
                .query(StreamStore::frame)
                .list();
    }

    /** Retention: frames older than {@code cutoff}, and beyond the newest {@code keepPerEnvironment} of each. */
    public int trimFrames(Instant cutoff, int keepPerEnvironment) {
        int n = jdbc.sql("DELETE FROM stream_frames WHERE created_at < ?")
                .param(utc(cutoff))
                .update();
        List<UUID> crowded = jdbc.sql(
                        "SELECT environment_id FROM stream_frames GROUP BY environment_id" + " HAVING count(*) > ?")
                .param(keepPerEnvironment)
                .query(UUID.class)
                .list();
        for (UUID env : crowded) {
            n += jdbc.sql("DELETE FROM stream_frames WHERE environment_id = ? AND seq <= (SELECT seq FROM"
                            + " stream_frames WHERE environment_id = ? ORDER BY seq DESC OFFSET ? LIMIT 1)")
                    .params(env, env, keepPerEnvironment)
                    .update();
        }
        return n;
    }

    /**
     * Blocks while {@code running}, passing the payload of every notification on {@link #CHANNEL} to {@code
     * onPayload}, in the order PostgreSQL delivers them (commit order). {@code onConnected} runs each time the
     * {@code LISTEN} is (re)established, so that the caller can catch up on what it may have missed. A lost
     * connection is reopened after 1 s. Returns when {@code running} is false or on interrupt.
     */
    public void listen(BooleanSupplier running, Runnable onConnected, Consumer<String> onPayload) {
        while (running.getAsBoolean()) {
            try (Connection c = dataSource.getConnection()) {
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                if (!c.getAutoCommit()) c.commit();
                onConnected.run();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running.getAsBoolean()) {
                    PGNotification[] ns = pg.getNotifications(500);
                    if (ns != null) for (PGNotification n : ns) onPayload.accept(n.getParameter());
                }
            } catch (Exception e) {
                if (!running.getAsBoolean()) return;
                log.warn("stream LISTEN connection lost ({}); reconnecting", e.toString());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** The environment and provider of a user (the demo producer is for synthetic-data providers only). */
    public record UserProvider(UUID environmentId, String provider) {}

    public Optional<UserProvider> userProvider(UUID userId) {
        return jdbc.sql("SELECT environment_id, provider FROM users WHERE id = ?")
                .param(userId)
                .query((rs, n) -> new UserProvider(rs.getObject(1, UUID.class), rs.getString(2)))
                .optional();
    }

    private static StoredFrame frame(ResultSet rs, int n) throws SQLException {
        return new StoredFrame(
                rs.getLong(1),
                rs.getObject(2, UUID.class),
                rs.getObject(3, UUID.class),
                rs.getString(4),
                rs.getString(5),
                rs.getBoolean(6),
                rs.getObject(7, OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}
