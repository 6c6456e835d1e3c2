package io.tributary.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Objects;

/**
 * Terra timestamps: ISO-8601 with exactly six fractional digits and the offset when known, e.g.
 * {@code 2022-10-28T10:00:00.000000+01:00} (UTC is written {@code +00:00}, never {@code Z}). Without an offset the
 * time is the user's local time ({@code yyyy-MM-ddTHH:mm:ss.SSSSSS}).
 *
 * <p>Model records keep timestamps as the {@code String} they were given, so nothing is reformatted on a round trip;
 * these helpers are for producing and interpreting them.
 */
public final class Timestamps {
    /** Formatter of Terra timestamps with offset: {@code yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx}. */
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx");

    /** Formatter of Terra local timestamps (no offset): {@code yyyy-MM-dd'T'HH:mm:ss.SSSSSS}. */
    public static final DateTimeFormatter LOCAL_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    private static final DateTimeFormatter LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2)
            .appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart()
            .appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .optionalEnd()
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH:MM:ss", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HHMM", "Z")
            .optionalEnd()
            .optionalStart()
            .appendOffset("+HH", "Z")
            .optionalEnd()
            .toFormatter();

    private Timestamps() {}

    /** {@code instant} in UTC, e.g. {@code 2022-10-28T09:00:00.000000+00:00}. */
    public static String format(Instant instant) {
        return FORMAT.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** {@code instant} at the offset that {@code zone} has at that instant. */
    public static String format(Instant instant, ZoneId zone) {
        return FORMAT.format(instant.atZone(zone));
    }

    /** {@code time} with its own offset. */
    public static String format(OffsetDateTime time) {
        return FORMAT.format(time);
    }

    /** {@code time} with its offset (the zone id is not written). */
    public static String format(ZonedDateTime time) {
        return FORMAT.format(time);
    }

    /** A local time without offset, e.g. {@code 2022-10-28T10:00:00.000000}. */
    public static String formatLocal(LocalDateTime time) {
        return LOCAL_FORMAT.format(time);
    }

    /** Local midnight of {@code date} in {@code zone}, e.g. the {@code start_time} of a Daily or Body object. */
    public static String startOfDay(LocalDate date, ZoneId zone) {
        return FORMAT.format(date.atStartOfDay(zone));
    }

    /**
     * Parses a timestamp leniently: {@code T} or a space between date and time; seconds and fraction optional (0–9
     * digits); offset {@code Z}, {@code +01:00}, {@code +0100}, {@code +01} or absent (then {@code defaultOffset}
     * applies); a bare date is its midnight.
     *
     * @throws IllegalArgumentException when the text is not such a timestamp
     */
    public static OffsetDateTime parse(String text, ZoneOffset defaultOffset) {
        Objects.requireNonNull(defaultOffset, "defaultOffset");
        if (text == null) {
            throw new IllegalArgumentException("timestamp is null");
        }
        TemporalAccessor t;
        try {
            t = LENIENT.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 timestamp: '" + text + "'", e);
        }
        LocalDate date = LocalDate.from(t);
        LocalDateTime local = t.isSupported(ChronoField.HOUR_OF_DAY)
                ? LocalDateTime.of(
                        date,
                        java.time.LocalTime.of(
                                t.get(ChronoField.HOUR_OF_DAY),
                                t.get(ChronoField.MINUTE_OF_HOUR),
                                t.isSupported(ChronoField.SECOND_OF_MINUTE) ? t.get(ChronoField.SECOND_OF_MINUTE) : 0,
                                t.isSupported(ChronoField.NANO_OF_SECOND) ? t.get(ChronoField.NANO_OF_SECOND) : 0))
                : date.atStartOfDay();
        ZoneOffset offset = t.isSupported(ChronoField.OFFSET_SECONDS)
                ? ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS))
                : defaultOffset;
        return OffsetDateTime.of(local, offset);
    }

    /** {@link #parse(String, ZoneOffset)} with UTC for timestamps without offset. */
    public static OffsetDateTime parse(String text) {
        return parse(text, ZoneOffset.UTC);
    }

    /** {@link #parse(String)} as an instant. */
    public static Instant parseInstant(String text) {
        return parse(text).toInstant();
    }

    /** Whether {@code text} carries an explicit offset (or {@code Z}). */
    public static boolean hasOffset(String text) {
        try {
            return LENIENT.parse(text.strip()).isSupported(ChronoField.OFFSET_SECONDS);
        } catch (DateTimeParseException | NullPointerException e) {
            return false;
        }
    }

    /** Re-formats any parseable timestamp canonically (six fractional digits, offset; UTC when it had none). */
    public static String normalize(String text) {
        return format(parse(text));
    }
}
