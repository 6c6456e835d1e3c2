package io.tributary.connectors;

import io.tributary.model.DataType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One request of a backfill: {@code [start, end)} of one type, at most the provider's window long.
 *
 * @param stream the provider endpoint it asks (e.g. Garmin's {@code epochs}, one of several feeding Daily); null
 *     when the type has a single source
 * @param delivery {@code PULL}: the server calls {@link Connector#fetch}; {@code PUSH}: it calls {@link
 *     Connector#requestBackfill} and the data arrives later at the push receiver
 */
public record BackfillWindow(DataType type, String stream, Instant start, Instant end, HistoryDelivery delivery) {
    public BackfillWindow {
        if (!end.isAfter(start)) throw new IllegalArgumentException("empty backfill window");
    }

    /** Whole days this window covers (rounded up), what Garmin-style day quotas count. */
    public long days() {
        long s = Duration.between(start, end).toSeconds();
        return Math.max(1, (s + 86399) / 86400);
    }

    /**
     * {@code [from, to)} cut into windows of at most {@code policy.maxWindow()}, newest first (so a new user sees
     * the recent weeks before the old years).
     */
    public static List<BackfillWindow> split(
            HistoryPolicy policy, DataType type, String stream, Instant from, Instant to) {
        List<BackfillWindow> out = new ArrayList<>();
        Instant end = to;
        while (end.isAfter(from)) {
            Instant start = end.minus(policy.maxWindow());
            if (start.isBefore(from)) start = from;
            out.add(new BackfillWindow(type, stream, start, end, policy.delivery()));
            end = start;
        }
        return out;
    }
}
