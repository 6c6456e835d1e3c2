package io.tributary.server.streaming;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The last frames of one environment, bounded by count and age: what REPLAY answers from on the memory and Kafka
 * buses (the PostgreSQL bus replays from its table, which survives restarts). Frames arrive in seq order.
 */
final class ReplayBuffer {
    private final int size;
    private final Duration age;
    private final ArrayDeque<Dispatch> frames = new ArrayDeque<>();

    ReplayBuffer(int size, Duration age) {
        this.size = size;
        this.age = age;
    }

    synchronized void add(Dispatch d) {
        frames.addLast(d);
        while (frames.size() > size) frames.removeFirst();
    }

    /** Frames with {@code after < seq < before} and not older than the age bound, in seq order. */
    synchronized List<Dispatch> range(long after, long before, Instant now) {
        Instant oldest = now.minus(age);
        while (!frames.isEmpty() && frames.peekFirst().at().isBefore(oldest)) frames.removeFirst();
        List<Dispatch> out = new ArrayList<>();
        if (before <= after + 1) return out;
        for (Iterator<Dispatch> it = frames.iterator(); it.hasNext(); ) {
            Dispatch d = it.next();
            if (d.seq() >= before) break;
            if (d.seq() > after) out.add(d);
        }
        return out;
    }

    synchronized int size() {
        return frames.size();
    }
}
