package io.tributary.server.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Terra's timestamp form (spec decision 16): ISO-8601 with exactly six fractional digits and the offset. */
public final class Timestamps {
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    private Timestamps() {}

    public static String iso(Instant t) {
        return t == null ? null : MICROS.format(t.atOffset(ZoneOffset.UTC));
    }
}
