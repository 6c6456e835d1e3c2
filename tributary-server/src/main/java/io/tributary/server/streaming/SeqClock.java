package io.tributary.server.streaming;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Seqs for the buses without a central counter: microseconds since the epoch, bumped by one when two frames share
 * a microsecond. Monotonic within a process and, the clock permitting, across its restarts; sparse, as the
 * protocol allows ("a monotonic but sparse cursor").
 */
final class SeqClock {
    private final AtomicLong last = new AtomicLong();
    private final Clock clock;

    SeqClock(Clock clock) {
        this.clock = clock;
    }

    long next() {
        long now = clock.millis() * 1000 + (System.nanoTime() / 1000) % 1000;
        return last.updateAndGet(prev -> Math.max(prev + 1, now));
    }
}
