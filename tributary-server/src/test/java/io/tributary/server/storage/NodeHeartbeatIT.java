package io.tributary.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.support.IntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node whose heartbeat expired loses its leases at the next reap, whatever they are: a delivery (its in-flight
 * attempt becomes {@code interrupted} and is counted), a bulk cursor, a read job. A live node's leases are left
 * alone, and this process keeps its own row current.
 */
class NodeHeartbeatIT extends IntegrationTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    NodeStore nodes;

    @Autowired
    NodeHeartbeat heartbeat;

    @Test
    void theWorkOfAnExpiredNodeIsFreedAndALiveNodesIsNot() {
        UUID env = accounts.environmentByDevId(env(newDeveloper(), "testing").devId())
                .orElseThrow()
                .id();
        String dead = "dead" + System.nanoTime(), live = "live" + System.nanoTime();
        jdbc.sql("INSERT INTO nodes (id, expires_at) VALUES (?, now() - interval '1 second'),"
                        + " (?, now() + interval '1 hour')")
                .params(dead, live)
                .update();
        // inactive destinations: the running engine leaves their deliveries alone
        String dst = "dst_" + dead, cursorDst = "dst_c" + dead;
        for (String d : new String[] {dst, cursorDst})
            jdbc.sql("INSERT INTO destinations (id, environment_id, type, config, active)"
                            + " VALUES (?, ?, 'webhook', '{}', false)")
                    .params(d, env)
                    .update();
        String deadDelivery = delivery(env, dst, dead + "-7", dead);
        String liveDelivery = delivery(env, dst, live + "-3", live);
        jdbc.sql("INSERT INTO destination_cursors (destination_id, environment_id, tx, seq, locked_by, lease_until)"
                        + " VALUES (?, ?, pg_current_xact_id(), 0, ?, now() + interval '1 hour')")
                .params(cursorDst, env, dead + "-b1")
                .update();
        UUID user = UUID.randomUUID();
        jdbc.sql("INSERT INTO users (id, environment_id, provider, state) VALUES (?, ?, 'SANDBOX', 'authenticated')")
                .params(user, env)
                .update();
        String job = "job_" + dead;
        jdbc.sql("INSERT INTO read_jobs (id, environment_id, user_id, type, reference, range_json, with_samples, large,"
                        + " status, attempts, run_after, locked_until, locked_by) VALUES (?, ?, ?, 'daily', 'r', '{}',"
                        + " false, false, 'running', 1, now() + interval '1 hour', now() + interval '1 hour', ?)")
                .params(job, env, user, dead)
                .update();

        assertThat(nodes.reapExpired()).contains(dead).doesNotContain(live, heartbeat.nodeId());

        Map<String, Object> d = row(
                "SELECT status, locked_by, next_attempt_at <= now() AS due, attempt_count"
                        + " FROM deliveries WHERE id = ?",
                deadDelivery);
        assertThat(d)
                .containsEntry("status", "pending")
                .containsEntry("due", true)
                .containsEntry("attempt_count", 1);
        assertThat(d.get("locked_by")).isNull();
        assertThat(row("SELECT status, error FROM attempts WHERE delivery_id = ?", deadDelivery))
                .containsEntry("status", "interrupted");
        assertThat(row("SELECT status, locked_by, attempt_count FROM deliveries WHERE id = ?", liveDelivery))
                .containsEntry("status", "delivering")
                .containsEntry("locked_by", live + "-3")
                .containsEntry("attempt_count", 0);
        assertThat(row("SELECT status FROM attempts WHERE delivery_id = ?", liveDelivery))
                .containsEntry("status", "sending");
        Map<String, Object> c =
                row("SELECT locked_by, lease_until FROM destination_cursors WHERE destination_id = ?", cursorDst);
        assertThat(c.get("locked_by")).isNull();
        assertThat(row("SELECT status, locked_by, locked_until FROM read_jobs WHERE id = ?", job))
                .containsEntry("status", "queued")
                .containsEntry("locked_by", null);
        assertThat(nodes.alive()).contains(live, heartbeat.nodeId()).doesNotContain(dead);
    }

    @Autowired
    DeliveryStore deliveries;

    /** Attempts begun together (one statement) come back in the order asked, each on its own delivery. */
    @Test
    void attemptsBegunTogetherMapToTheirDeliveries() {
        UUID env = accounts.environmentByDevId(env(newDeveloper(), "testing").devId())
                .orElseThrow()
                .id();
        String dst = "dst_a" + System.nanoTime();
        jdbc.sql("INSERT INTO destinations (id, environment_id, type, config, active) VALUES (?, ?, 'webhook', '{}',"
                        + " false)")
                .params(dst, env)
                .update();
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) ids.add(delivery(env, dst, "n-" + i, "other"));
        java.util.Collections.shuffle(ids);
        java.time.Instant at = java.time.Instant.parse("2026-01-02T03:04:05Z");
        java.util.List<Long> attempts =
                deliveries.beginAttempts(ids, java.util.Collections.nCopies(ids.size(), at), "me");
        assertThat(attempts).hasSize(ids.size()).doesNotHaveDuplicates();
        for (int i = 0; i < ids.size(); i++)
            assertThat(jdbc.sql("SELECT delivery_id, status, sent_by, attempted_at FROM attempts WHERE id = ?")
                            .param(attempts.get(i))
                            .query()
                            .singleRow())
                    .containsEntry("delivery_id", ids.get(i))
                    .containsEntry("status", "sending")
                    .containsEntry("sent_by", "me")
                    .containsEntry("attempted_at", java.sql.Timestamp.from(at));
    }

    @Test
    void thisNodeRenewsItsRow() throws InterruptedException {
        String id = heartbeat.nodeId();
        java.sql.Timestamp first = beatOf(id);
        long deadline = System.currentTimeMillis() + 20_000;
        while (beatOf(id).equals(first) && System.currentTimeMillis() < deadline) Thread.sleep(200);
        assertThat(beatOf(id)).isAfter(first);
        assertThat(row("SELECT expires_at > now() + interval '5 seconds' AS ahead FROM nodes WHERE id = ?", id))
                .containsEntry("ahead", true);
    }

    private java.sql.Timestamp beatOf(String id) {
        return jdbc.sql("SELECT heartbeat_at FROM nodes WHERE id = ?")
                .param(id)
                .query(java.sql.Timestamp.class)
                .single();
    }

    /** An event and its delivery, leased by {@code token} until in an hour, with an attempt in flight. */
    private String delivery(UUID env, String dst, String token, String node) {
        String ev = "evt_" + UUID.randomUUID(), id = "dlv_" + UUID.randomUUID();
        long seq = jdbc.sql("INSERT INTO events (id, environment_id, type, reference, payload, ordering_ts)"
                        + " VALUES (?, ?, 'activity', 'r', '{}', now()) RETURNING seq")
                .params(ev, env)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO deliveries (id, event_id, destination_id, environment_id, event_seq, status, locked_by,"
                        + " next_attempt_at) VALUES (?, ?, ?, ?, ?, 'delivering', ?, now() + interval '1 hour')")
                .params(id, ev, dst, env, seq, token)
                .update();
        jdbc.sql("INSERT INTO attempts (delivery_id, attempted_at, status, sent_by) VALUES (?, now(), 'sending', ?)")
                .params(id, node)
                .update();
        return id;
    }

    private Map<String, Object> row(String sql, String id) {
        return jdbc.sql(sql).param(id).query().singleRow();
    }
}
