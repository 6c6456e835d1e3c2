package io.tributary.server.delivery;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What happens after an attempt (docs/decisions.md#12): success → {@code delivered}; 410 (GONE) → {@code failed} and
 * the destination is disabled; otherwise retry after the receiver's {@code Retry-After} or the schedule's
 * delay for this attempt (± jitter), until the schedule is exhausted → {@code failed}.
 */
public final class RetryPolicy {
    private RetryPolicy() {}

    public record Decision(String status, long delayMs) {}

    /** @param attempt 1 for the first try */
    public static Decision decide(SendOutcome o, int attempt, List<Duration> schedule, double jitter) {
        return switch (o.kind()) {
            case SUCCESS -> new Decision("delivered", 0);
            case GONE -> new Decision("failed", 0);
            case RETRY -> {
                if (attempt > schedule.size()) yield new Decision("failed", 0);
                if (o.retryAfter() != null)
                    yield new Decision("pending", o.retryAfter().toMillis());
                long base = schedule.get(attempt - 1).toMillis();
                double factor = 1 + jitter * (ThreadLocalRandom.current().nextDouble() * 2 - 1);
                yield new Decision("pending", Math.max(0, Math.round(base * factor)));
            }
        };
    }
}
