package io.tributary.connectors;

import io.tributary.model.DataType;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * What history a provider keeps and how it is fetched.
 *
 * @param initial how far back a new connection is backfilled (deployment override: {@code
 *     TRIBUTARY_<PROVIDER>_HISTORY_DAYS}); capped per type by {@code available}
 * @param available how far back the provider keeps each type (its documented limit)
 * @param maxWindow the longest period one provider request may cover
 * @param delivery whether backfilled history is pulled or arrives later by push
 */
public record HistoryPolicy(
        Duration initial, Map<DataType, Duration> available, Duration maxWindow, HistoryDelivery delivery) {

    public HistoryPolicy {
        if (initial == null || initial.isNegative()) throw new IllegalArgumentException("initial history");
        if (maxWindow == null || maxWindow.isZero() || maxWindow.isNegative())
            throw new IllegalArgumentException("maxWindow must be positive");
        available = available == null || available.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(available));
        if (delivery == null) delivery = HistoryDelivery.PULL;
    }

    /** Pulled history of unlimited depth, in windows of {@code maxWindow}, {@code initial} 30 days. */
    public static HistoryPolicy pull(Collection<DataType> types, Duration maxWindow) {
        Map<DataType, Duration> m = new EnumMap<>(DataType.class);
        for (DataType t : types) m.put(t, Duration.ofDays(3650));
        return new HistoryPolicy(Duration.ofDays(30), m, maxWindow, HistoryDelivery.PULL);
    }

    /** How far back a backfill of {@code type} goes: {@code initial} capped by what the provider keeps. */
    public Duration backfillDepth(DataType type) {
        Duration keeps = available.get(type);
        if (keeps == null) return Duration.ZERO;
        return keeps.compareTo(initial) < 0 ? keeps : initial;
    }

    public HistoryPolicy withInitialDays(int days) {
        return new HistoryPolicy(Duration.ofDays(Math.max(0, days)), available, maxWindow, delivery);
    }
}
