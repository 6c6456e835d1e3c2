package io.tributary.server.shared;

import java.time.Instant;

/** Terra's timestamp form (docs/decisions.md#16); one implementation, in the model module. */
public final class Timestamps {
    private Timestamps() {}

    /** ISO-8601 in UTC with exactly six fractional digits and the offset; null stays null. */
    public static String iso(Instant t) {
        return t == null ? null : io.tributary.model.Timestamps.format(t);
    }
}
