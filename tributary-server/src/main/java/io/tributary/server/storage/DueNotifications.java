package io.tributary.server.storage;

import java.sql.Connection;
import java.sql.Statement;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The other side of {@link DeliveryStore#notifyDue()}: a dedicated connection that {@code LISTEN}s on {@code
 * tributary_deliveries}, so that deliveries made due by any process's dispatcher wake this process's claimer
 * without waiting for its next poll. Notifications are hints only (a lost one costs one poll interval).
 */
@Component
public class DueNotifications {
    private static final Logger log = LoggerFactory.getLogger(DueNotifications.class);
    static final String CHANNEL = "tributary_deliveries";

    private final DataSource dataSource;

    public DueNotifications(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Blocks while {@code running}, calling {@code onDue} for every batch of notifications; a lost connection is
     * reopened after 2 s (the caller polls meanwhile). Returns when {@code running} is false or on interrupt.
     */
    public void listen(BooleanSupplier running, Runnable onDue) {
        while (running.getAsBoolean()) {
            try (Connection c = dataSource.getConnection()) {
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                if (!c.getAutoCommit()) c.commit();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running.getAsBoolean()) {
                    PGNotification[] ns = pg.getNotifications(1000);
                    if (ns != null && ns.length > 0) onDue.run();
                }
            } catch (Exception e) {
                if (!running.getAsBoolean()) return;
                log.debug("LISTEN connection lost ({}); polling until it is back", e.toString());
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
