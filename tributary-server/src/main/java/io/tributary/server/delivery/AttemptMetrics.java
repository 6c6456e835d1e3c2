package io.tributary.server.delivery;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code tributary_delivery_attempts_seconds{destination, outcome}}: every send's duration per destination, with
 * the outcome {@code delivered}, {@code retry} (failed, tried again later) or {@code failed} (given up), so the
 * count per outcome gives deliveries, retries and failures, and the histogram the per-destination latency.
 */
@Component
public class AttemptMetrics {
    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public AttemptMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable();
    }

    void record(String destinationId, String status, int ms) {
        if (registry == null) return;
        String outcome = switch (status) {
            case "delivered" -> "delivered";
            case "failed" -> "failed";
            default -> "retry";
        };
        timers.computeIfAbsent(
                        destinationId + "|" + outcome,
                        k -> Timer.builder("tributary.delivery.attempts")
                                .description("sends to a destination, by outcome")
                                .tag("destination", destinationId)
                                .tag("outcome", outcome)
                                .publishPercentileHistogram()
                                .register(registry))
                .record(Duration.ofMillis(Math.max(0, ms)));
    }
}
