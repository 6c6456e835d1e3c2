package io.tributary.server.storage;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The range of a data read, on an object's {@code metadata.start_time}. Each bound is either a wall-clock time
 * (from a {@code YYYY-MM-DD} parameter: compared with the time as written in the object, in its own offset) or an
 * instant (from a unix-seconds parameter, or "now" for a missing {@code end_date}). Exactly one of each pair is set.
 *
 * @param localFrom inclusive lower bound on the object's local start time
 * @param instantFrom inclusive lower bound on the object's start instant
 * @param localTo exclusive upper bound on the object's local start time (the day after {@code end_date})
 * @param instantTo inclusive upper bound on the object's start instant
 */
public record DataRange(LocalDateTime localFrom, Instant instantFrom, LocalDateTime localTo, Instant instantTo) {
    /** Offsets in use span UTC-12 … UTC+14: a local bound maps to an instant within this distance. */
    public static final long MAX_OFFSET_SECONDS = 14 * 3600;

    public DataRange {
        if ((localFrom == null) == (instantFrom == null)) throw new IllegalArgumentException("exactly one lower bound");
        if ((localTo == null) == (instantTo == null)) throw new IllegalArgumentException("exactly one upper bound");
    }

    /** The earliest instant an object in this range can start at. */
    public Instant earliestInstant() {
        return instantFrom != null
                ? instantFrom
                : localFrom.toInstant(ZoneOffset.UTC).minusSeconds(MAX_OFFSET_SECONDS);
    }

    /** The latest instant an object in this range can start at (exclusive). */
    public Instant latestInstant() {
        return instantTo != null
                ? instantTo.plusSeconds(1)
                : localTo.toInstant(ZoneOffset.UTC).plusSeconds(MAX_OFFSET_SECONDS);
    }

    /** Lower bound on start_local usable with the index (exact for local bounds, widened for instants). */
    LocalDateTime indexFrom() {
        return localFrom != null
                ? localFrom
                : LocalDateTime.ofInstant(instantFrom.minusSeconds(MAX_OFFSET_SECONDS), ZoneOffset.UTC);
    }

    /** Exclusive upper bound on start_local usable with the index. */
    LocalDateTime indexTo() {
        return localTo != null
                ? localTo
                : LocalDateTime.ofInstant(instantTo.plusSeconds(MAX_OFFSET_SECONDS + 1), ZoneOffset.UTC);
    }
}
