package io.tributary.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.server.ops.QueueMetrics;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operations metrics on {@code /actuator/prometheus}: a receiver answering 500 shows as a {@code retry} attempt of
 * its destination and a {@code scheduled} delivery; a good one as a {@code delivered} attempt; the outbox gauges are
 * there.
 */
class QueueMetricsIT extends DeliveryTestSupport {
    @Autowired
    QueueMetrics queueMetrics;

    @Test
    void sendsAndQueuesShowInPrometheus() throws Exception {
        Env e = newEnv();
        try (Receiver bad = new Receiver();
                Receiver good = new Receiver()) {
            bad.status(500);
            String badId = webhook(e, bad.url(), "\"retry_schedule\":[3600]");
            String goodId = webhook(e, good.url(), null);
            emit(e, UUID.randomUUID(), "activity", 1);
            bad.await(20, rs -> !rs.isEmpty());
            good.await(20, rs -> !rs.isEmpty());

            String attemptsRetry =
                    "tributary_delivery_attempts_seconds_count\\{destination=\"" + badId + "\",outcome=\"retry\"}";
            String attemptsOk =
                    "tributary_delivery_attempts_seconds_count\\{destination=\"" + goodId + "\",outcome=\"delivered\"}";
            String scrape = "";
            for (int i = 0; i < 100; i++) {
                queueMetrics.refresh();
                scrape = http().get("/actuator/prometheus").body();
                if (value(scrape, attemptsRetry) >= 1
                        && value(scrape, attemptsOk) >= 1
                        && value(scrape, "tributary_deliveries\\{state=\"scheduled\"}") >= 1) break;
                Thread.sleep(100);
            }
            assertThat(value(scrape, attemptsRetry)).as(scrape).isEqualTo(1.0);
            assertThat(value(scrape, attemptsOk)).isEqualTo(1.0);
            assertThat(value(scrape, "tributary_deliveries\\{state=\"scheduled\"}"))
                    .isGreaterThanOrEqualTo(1.0);
            assertThat(scrape)
                    .contains("tributary_outbox_pending ")
                    .contains("tributary_outbox_lag_seconds ")
                    .contains("tributary_uploads{state=\"queued\"}")
                    .contains("tributary_read_jobs{state=\"queued\"}");

            // every series the example Grafana dashboard plots exists
            String dashboard =
                    java.nio.file.Files.readString(java.nio.file.Path.of("../deploy/grafana/tributary.json"));
            Matcher m = Pattern.compile("\\b((?:tributary|http_server|jvm)_[a-z_]+)")
                    .matcher(dashboard);
            int n = 0;
            while (m.find()) {
                assertThat(scrape).as("dashboard series " + m.group(1)).contains("\n" + m.group(1));
                n++;
            }
            assertThat(n).isGreaterThanOrEqualTo(8);
        }
    }

    private static double value(String scrape, String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " ([0-9.eE+-]+)$").matcher(scrape);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
