package io.tributary.connectors.garmin;

import io.tributary.connectors.ProviderJson;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.TimestampLocalization;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/**
 * Garmin's times: UTC epoch seconds ({@code startTimeInSeconds}) plus the device's offset at that moment ({@code
 * startTimeOffsetInSeconds}), and for one-per-day summaries the local {@code calendarDate}. Tributary writes each
 * timestamp at the device's offset (never forced to UTC); without an offset it falls back to UTC.
 */
final class GarminTime {
    private GarminTime() {}

    /** The offset in {@code field} (e.g. {@code startTimeOffsetInSeconds}); null when absent or out of range. */
    static ZoneOffset offset(JsonNode e, String field) {
        Long s = ProviderJson.longValue(e, field);
        if (s == null || Math.abs(s) > 18 * 3600) return null;
        return ZoneOffset.ofTotalSeconds(s.intValue());
    }

    /** An epoch second at the offset (UTC when unknown), Terra's format. */
    static String at(long epochSecond, ZoneOffset offset) {
        Instant i = Instant.ofEpochSecond(epochSecond);
        return offset == null ? Timestamps.format(i) : Timestamps.format(i, offset);
    }

    /** {@code TimestampLocalization} of what {@link #at} wrote. */
    static int localization(ZoneOffset offset) {
        return (offset == null ? TimestampLocalization.UTC : TimestampLocalization.LOCAL).value();
    }

    /** {@code calendarDate} when present and valid, else the local date of {@code epochSecond} at the offset. */
    static LocalDate day(JsonNode e, Long epochSecond, ZoneOffset offset) {
        String cal = ProviderJson.text(e, "calendarDate");
        if (cal != null) {
            try {
                return LocalDate.parse(cal);
            } catch (DateTimeParseException ignored) {
                // fall back to the start time
            }
        }
        if (epochSecond == null) return null;
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), offset == null ? ZoneOffset.UTC : offset);
    }

    /** Local midnight of {@code day}: with the offset when known, else as local time without offset. */
    static String midnight(LocalDate day, ZoneOffset offset) {
        return offset == null ? Timestamps.formatLocal(day.atStartOfDay()) : Timestamps.startOfDay(day, offset);
    }
}
