package io.tributary.server.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final List<Duration> SCHEDULE = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2));

    @RepeatedTest(20)
    void retriesOnTheScheduleWithJitter() {
        RetryPolicy.Decision d = RetryPolicy.decide(SendOutcome.retry(500, "x", null), 1, SCHEDULE, 0.2);
        assertThat(d.status()).isEqualTo("pending");
        assertThat(d.delayMs()).isBetween(24_000L, 36_000L);
        d = RetryPolicy.decide(SendOutcome.retry(500, "x", null), 2, SCHEDULE, 0.2);
        assertThat(d.delayMs()).isBetween(96_000L, 144_000L);
    }

    @Test
    void failsAfterTheLastRetry() {
        assertThat(RetryPolicy.decide(SendOutcome.retry(500, "x", null), 3, SCHEDULE, 0.2)
                        .status())
                .isEqualTo("failed");
    }

    @Test
    void retryAfterWinsOverTheSchedule() {
        RetryPolicy.Decision d =
                RetryPolicy.decide(SendOutcome.retryAfter(429, "x", null, Duration.ofSeconds(7)), 1, SCHEDULE, 0.2);
        assertThat(d).isEqualTo(new RetryPolicy.Decision("pending", 7000));
    }

    @Test
    void successAndGone() {
        assertThat(RetryPolicy.decide(SendOutcome.success(200, null), 1, SCHEDULE, 0.2)
                        .status())
                .isEqualTo("delivered");
        assertThat(RetryPolicy.decide(SendOutcome.gone(410, "x", null), 1, SCHEDULE, 0.2)
                        .status())
                .isEqualTo("failed");
    }
}
