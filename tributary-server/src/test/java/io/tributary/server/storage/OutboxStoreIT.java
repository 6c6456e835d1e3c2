package io.tributary.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.server.shared.Ids;
import io.tributary.server.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inside a transaction the outbox collects events and writes them in one statement just before commit: in
 * append order, not at all on rollback, announced only after commit, early on {@code flush()} or when many
 * pile up.
 */
class OutboxStoreIT extends IntegrationTest {
    @Autowired
    OutboxStore outbox;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager txManager;

    @Autowired
    ConfigurableApplicationContext context;

    TransactionTemplate tx;
    final List<OutboxStore.Appended> announced = java.util.Collections.synchronizedList(new ArrayList<>());
    UUID env;

    @BeforeEach
    void setUp() {
        tx = new TransactionTemplate(txManager);
        context.addApplicationListener(ApplicationListener.forPayload((OutboxStore.Appended a) -> announced.add(a)));
        env = accounts.environmentByDevId(env(newDeveloper(), "testing").devId())
                .orElseThrow()
                .id();
    }

    private String append(int n) {
        String id = Ids.newId("evt", System.currentTimeMillis());
        outbox.append(id, env, UUID.randomUUID(), "body", "ref-" + n, "{\"n\":" + n + "}", Instant.now());
        return id;
    }

    private long count(List<String> ids) {
        return jdbc.sql("SELECT count(*) FROM events WHERE id = ANY(?::text[])")
                .param(ids.toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    private boolean announced(String id) {
        synchronized (announced) {
            return announced.stream().anyMatch(a -> a.eventIds().contains(id));
        }
    }

    @Test
    void aTransactionsEventsAppearAtCommitInAppendOrderAndAreAnnouncedAfterIt() {
        List<String> ids = new ArrayList<>();
        tx.executeWithoutResult(st -> {
            for (int i = 0; i < 5; i++) ids.add(append(i));
            // not written yet: nothing to see from another connection, nothing announced
            assertThat(announced(ids.get(0))).isFalse();
        });
        assertThat(count(ids)).isEqualTo(5);
        List<String> bySeq = jdbc.sql("SELECT id FROM events WHERE id = ANY(?::text[]) ORDER BY seq")
                .param(ids.toArray(String[]::new))
                .query(String.class)
                .list();
        assertThat(bySeq).containsExactlyElementsOf(ids);
        assertThat(ids).allMatch(this::announced);
        // one transaction: one tx id for all of them
        assertThat(jdbc.sql("SELECT count(DISTINCT tx) FROM events WHERE id = ANY(?::text[])")
                        .param(ids.toArray(String[]::new))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRolledBackTransactionLeavesNoEventAndAnnouncesNothing() {
        List<String> ids = new ArrayList<>();
        assertThatThrownBy(() -> tx.executeWithoutResult(st -> {
                    ids.add(append(1));
                    outbox.flush(); // even written early, it goes with the rollback
                    ids.add(append(2));
                    throw new IllegalStateException("the change failed");
                }))
                .hasMessage("the change failed");
        assertThat(count(ids)).isZero();
        assertThat(ids).noneMatch(this::announced);
    }

    @Test
    void flushWritesTheEventsInsideTheTransaction() {
        tx.executeWithoutResult(st -> {
            String id = append(1);
            assertThat(jdbc.sql("SELECT count(*) FROM events WHERE id = ?")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isZero();
            outbox.flush();
            assertThat(jdbc.sql("SELECT count(*) FROM events WHERE id = ?")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        });
    }

    @Test
    void manyEventsAreWrittenOnTheWayAndAllArrive() {
        List<String> ids = new ArrayList<>();
        tx.executeWithoutResult(st -> {
            for (int i = 0; i < OutboxStore.FLUSH_AT + 10; i++) ids.add(append(i));
            // the first FLUSH_AT went out already (visible inside the transaction)
            assertThat(jdbc.sql("SELECT count(*) FROM events WHERE id = ANY(?::text[])")
                            .param(ids.toArray(String[]::new))
                            .query(Long.class)
                            .single())
                    .isEqualTo(OutboxStore.FLUSH_AT);
        });
        assertThat(count(ids)).isEqualTo(OutboxStore.FLUSH_AT + 10);
        assertThat(ids).allMatch(this::announced);
    }

    @Test
    void withoutATransactionTheEventIsWrittenAndAnnouncedAtOnce() {
        String id = append(1);
        assertThat(count(List.of(id))).isEqualTo(1);
        assertThat(announced(id)).isTrue();
    }
}
