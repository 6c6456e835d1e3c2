package io.tributary.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.shared.Ids;
import io.tributary.server.storage.DeliveryStore;
import io.tributary.server.support.TestHttp;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk destinations read the outbox through a cursor (V10, {@link BulkStreams}): what must hold whatever the
 * timing — an event committed after a later-numbered one is still delivered, each destination gets every event
 * once, events for one destination only (healthchecks) do not leak to the others, a destination switched off
 * and on again starts from the present, and failed batches become ordinary deliveries with their attempts.
 */
class BulkCursorIT extends DeliveryTestSupport {
    static EmbeddedPostgres pg;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager txManager;

    @Autowired
    DeliveryStore deliveryStore;

    @Autowired
    io.tributary.server.storage.OutboxStore outbox;

    TransactionTemplate tx;

    @BeforeAll
    static void start() throws Exception {
        pg = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (pg != null) pg.close();
    }

    @BeforeEach
    void transactions() {
        tx = new TransactionTemplate(txManager);
    }

    private String postgres(Env e, String schema, String extra) {
        TestHttp.Response r = e.api()
                .post(
                        "/v2/dashboard/destinations",
                        "{\"type\":\"postgres\",\"host\":\"127.0.0.1\",\"port\":" + pg.getPort()
                                + ",\"database\":\"postgres\",\"user\":\"postgres\",\"schema\":\"" + schema
                                + "\",\"healthcheck_enabled\":false" + (extra == null ? "" : "," + extra) + "}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asString();
    }

    /** Payload ids (= delivery ids) of the data rows in one schema; empty while the table does not exist. */
    private List<String> rows(String schema) {
        List<String> out = new ArrayList<>();
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT payload_id FROM \"" + schema + "\".terra_data_payloads"
                        + " UNION ALL SELECT payload_id FROM \"" + schema + "\".terra_misc_payloads")) {
            while (rs.next()) out.add(rs.getString(1));
        } catch (Exception notYet) {
            return List.of();
        }
        return out;
    }

    private static void await(int seconds, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.currentTimeMillis())
                    .as("condition within %d s", seconds)
                    .isLessThan(deadline);
            sleep(100);
        }
    }

    private String deliveryOf(String eventId, String destinationId) {
        return jdbc.sql("SELECT id FROM deliveries WHERE event_id = ? AND destination_id = ?")
                .params(eventId, destinationId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    @Test
    void anEventCommittedAfterALaterNumberedOneIsStillDelivered() throws Exception {
        Env e = newEnv();
        String schema = "late_" + UUID.randomUUID().toString().substring(0, 8);
        String dst = postgres(e, schema, null);
        UUID user = UUID.randomUUID();
        CountDownLatch appended = new CountDownLatch(1), release = new CountDownLatch(1);
        String[] early = new String[1];
        // the first event takes its sequence number, then its transaction stays open
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> tx.executeWithoutResult(st -> {
            early[0] = emit(e, user, "activity", 1);
            outbox.flush(); // the row exists (with its seq) while the transaction stays open
            appended.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                throw new IllegalStateException(ex);
            }
        }));
        assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
        String later = emit(e, user, "activity", 2); // a higher seq, committed first
        sleep(1500);
        // nothing passes an open transaction's events: the later one waits for the horizon
        assertThat(rows(schema)).isEmpty();
        release.countDown();
        slow.get(10, TimeUnit.SECONDS);
        assertThat(seq(later)).isGreaterThan(seq(early[0]));
        await(20, () -> rows(schema).size() == 2);
        assertThat(rows(schema))
                .containsExactlyInAnyOrder(deliveryOf(early[0], dst), deliveryOf(later, dst))
                .doesNotContainNull();
        assertThat(jdbc.sql("SELECT count(*) FROM deliveries WHERE destination_id = ? AND status = 'delivered'")
                        .param(dst)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private long seq(String eventId) {
        return jdbc.sql("SELECT seq FROM events WHERE id = ?")
                .param(eventId)
                .query(Long.class)
                .single();
    }

    @Test
    void severalBulkDestinationsAndAWebhookEachGetEveryEventOnceWithStableIds() throws Exception {
        Env e = newEnv();
        String a = "multi_a_" + UUID.randomUUID().toString().substring(0, 8);
        String b = "multi_b_" + UUID.randomUUID().toString().substring(0, 8);
        String dstA = postgres(e, a, null);
        String dstB = postgres(e, b, null);
        try (Receiver receiver = new Receiver()) {
            webhook(e, receiver.url(), null);
            List<String> events = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                int k = i;
                events.add(tx.execute(st -> emit(e, new UUID(7, k % 13), "body", k)));
            }
            await(
                    60,
                    () -> rows(a).size() == 300
                            && rows(b).size() == 300
                            && receiver.requests().size() >= 300);
            sleep(500);
            assertThat(rows(a)).hasSize(300).doesNotHaveDuplicates();
            assertThat(rows(b)).hasSize(300).doesNotHaveDuplicates();
            assertThat(receiver.requests()).hasSize(300);
            // the delivery id of an event to a bulk destination is derived from the pair (a rewrite dedupes)
            for (String ev : events.subList(0, 20)) {
                Instant created = jdbc.sql("SELECT created_at FROM events WHERE id = ?")
                        .param(ev)
                        .query(java.sql.Timestamp.class)
                        .single()
                        .toInstant();
                assertThat(deliveryOf(ev, dstA)).isEqualTo(DeliveryStore.deliveryId(ev, dstA, created));
                assertThat(deliveryOf(ev, dstB)).isEqualTo(DeliveryStore.deliveryId(ev, dstB, created));
            }
            assertThat(rows(a)).doesNotContainAnyElementsOf(rows(b));
        }
    }

    @Test
    void anEventForOneDestinationDoesNotReachTheOthers() {
        Env e = newEnv();
        String a = "direct_a_" + UUID.randomUUID().toString().substring(0, 8);
        String b = "direct_b_" + UUID.randomUUID().toString().substring(0, 8);
        String dstA = postgres(e, a, null);
        postgres(e, b, null);
        String eventId = Ids.newId("evt", System.currentTimeMillis());
        String id = deliveryStore.insertDirect(
                eventId,
                e.rec().id(),
                "body", // SQL targets only ping on healthchecks; any event type may be sent to one destination
                UUID.randomUUID().toString(),
                "{\"type\":\"body\",\"data\":[{\"n\":0}],\"version\":\"2022-03-16\"}",
                dstA,
                Ids.newId("dlv", System.currentTimeMillis()));
        engine.wakeUp();
        emit(e, UUID.randomUUID(), "body", 1); // something both get, after it
        // the direct event is tried on A only (this SQL target refuses it: it has no user)
        await(
                20,
                () -> rows(a).size() == 1
                        && rows(b).size() == 1
                        && jdbc.sql("SELECT count(*) FROM attempts WHERE delivery_id = ?")
                                        .param(id)
                                        .query(Long.class)
                                        .single()
                                > 0);
        sleep(500);
        assertThat(jdbc.sql("SELECT destination_id FROM deliveries WHERE event_id = ?")
                        .param(eventId)
                        .query(String.class)
                        .list())
                .containsExactly(dstA);
        assertThat(rows(b)).hasSize(1).doesNotContain(id);
    }

    @Autowired
    DeliveryEngine engine;

    @Autowired
    io.tributary.server.storage.BulkCursorStore cursors;

    @Test
    void aCursorLeasedByAnotherNodeIsTakenOverWhenItsLeaseEnds() {
        Env e = newEnv();
        String schema = "lease_" + UUID.randomUUID().toString().substring(0, 8);
        String dst = postgres(e, schema, null);
        // another node holds the cursor (it read the event and then died before writing it); this process's
        // engine is stopped meanwhile so that it cannot take the cursor first
        String taken;
        io.tributary.server.storage.BulkCursorStore.Taken held;
        engine.stop();
        try {
            taken = emit(e, UUID.randomUUID(), "body", 1);
            held = cursors.take(dst, "other-node-1", 3000, 500);
        } finally {
            engine.start();
        }
        assertThat(held.events())
                .extracting(io.tributary.server.storage.BulkCursorStore.BulkEvent::id)
                .containsExactly(taken);
        engine.wakeUp();
        sleep(1500);
        assertThat(rows(schema)).as("nothing while the other node's lease runs").isEmpty();
        await(20, () -> rows(schema).size() == 1);
        assertThat(rows(schema)).containsExactly(deliveryOf(taken, dst));
        // the dead node's late record is refused: its lease is gone
        assertThat(cursors.advance(
                        dst,
                        "other-node-1",
                        e.rec().id(),
                        List.of(new io.tributary.server.storage.BulkCursorStore.Result(
                                "dlv_late", held.events().get(0), "delivered", 0, null, null, null)),
                        Instant.now(),
                        1,
                        null,
                        null,
                        null))
                .isFalse();
    }

    @Test
    void aDestinationSwitchedOffAndOnStartsFromThePresent() {
        Env e = newEnv();
        String schema = "pause_" + UUID.randomUUID().toString().substring(0, 8);
        String dst = postgres(e, schema, null);
        UUID user = UUID.randomUUID();
        emit(e, user, "body", 1);
        await(20, () -> rows(schema).size() == 1);
        assertThat(e.api()
                        .patch("/v2/dashboard/destinations/" + dst, "{\"active\":false}")
                        .status())
                .isEqualTo(200);
        String whileOff = emit(e, user, "body", 2);
        sleep(1000);
        assertThat(rows(schema)).hasSize(1);
        assertThat(e.api()
                        .patch("/v2/dashboard/destinations/" + dst, "{\"active\":true}")
                        .status())
                .isEqualTo(200);
        String after = emit(e, user, "body", 3);
        await(20, () -> rows(schema).size() == 2);
        sleep(500);
        assertThat(rows(schema)).hasSize(2);
        assertThat(deliveryOf(whileOff, dst)).isNull();
        assertThat(deliveryOf(after, dst)).isNotNull();
    }

    @Test
    void aBatchThatFailsAsAWholeBecomesRetriedDeliveriesAndTheCursorBacksOff() throws Exception {
        Env e = newEnv();
        String schema = "down_" + UUID.randomUUID().toString().substring(0, 8);
        // a port nothing listens on: every batch fails as a whole
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        TestHttp.Response r = e.api()
                .post(
                        "/v2/dashboard/destinations",
                        "{\"type\":\"postgres\",\"host\":\"127.0.0.1\",\"port\":" + closed
                                + ",\"database\":\"postgres\",\"user\":\"postgres\",\"schema\":\"" + schema
                                + "\",\"verify\":false,\"healthcheck_enabled\":false,\"retry_schedule\":[1,1,1]}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String dst = r.json().get("id").asString();
        String ev = emit(e, UUID.randomUUID(), "body", 1);
        // each try waits for the connection timeout (10 s) before it fails
        await(
                90,
                () -> jdbc.sql("SELECT count(*) FROM attempts a JOIN deliveries d ON d.id = a.delivery_id"
                                        + " WHERE d.event_id = ? AND a.error IS NOT NULL")
                                .param(ev)
                                .query(Long.class)
                                .single()
                        >= 2);
        // the event went on as an ordinary delivery (retried on its schedule), the cursor recorded the failure
        assertThat(jdbc.sql("SELECT failures > 0 AND last_error IS NOT NULL FROM destination_cursors"
                                + " WHERE destination_id = ?")
                        .param(dst)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        // and the dashboard shows it on the destination
        var view = e.api().get("/v2/dashboard/destinations/" + dst).json().get("destination");
        assertThat(view.get("bulk_delivery").get("failed_batches_in_a_row").asInt())
                .isPositive();
        assertThat(view.get("bulk_delivery").get("last_error").asString()).isNotBlank();
        String error = jdbc.sql("SELECT last_error FROM deliveries WHERE event_id = ?")
                .param(ev)
                .query(String.class)
                .single();
        assertThat(error).isNotBlank();
    }
}
