package io.tributary.connectors.oura;

import io.tributary.connectors.ConnectorException;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.DailyMetadata;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Oura's times are ISO 8601 with the ring's local offset ({@code 2021-11-01T23:12:34+02:00}) and days are local
 * dates ({@code day}). Tributary keeps that offset (never forced to UTC).
 */
final class OuraTime {
    private OuraTime() {}

    /** An Oura timestamp in Terra's format at its own offset; null when absent. */
    static String at(String iso) throws ConnectorException {
        OffsetDateTime t = parse(iso);
        return t == null ? null : Timestamps.format(t);
    }

    static OffsetDateTime parse(String iso) throws ConnectorException {
        if (iso == null || iso.isBlank()) return null;
        try {
            return Timestamps.parse(iso);
        } catch (IllegalArgumentException e) {
            throw ConnectorException.malformed("not an ISO-8601 timestamp: " + iso);
        }
    }

    /** The offset of an Oura timestamp; UTC when absent. */
    static ZoneOffset offset(String iso) throws ConnectorException {
        OffsetDateTime t = parse(iso);
        return t == null ? ZoneOffset.UTC : t.getOffset();
    }

    static LocalDate day(String day) throws ConnectorException {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException | NullPointerException e) {
            throw ConnectorException.malformed("not a day: " + day);
        }
    }

    /**
     * The local day {@code day} midnight to midnight at the offset of {@code timestamp} (Oura's day summaries
     * carry both): the Daily identity is that date.
     */
    static DailyMetadata daily(String day, String timestamp) throws ConnectorException {
        LocalDate d = day(day);
        ZoneOffset off = offset(timestamp);
        return DailyMetadata.builder()
                .startTime(Timestamps.startOfDay(d, off))
                .endTime(Timestamps.startOfDay(d.plusDays(1), off))
                .timestampLocalization(TimestampLocalization.LOCAL.value())
                .uploadType(UploadType.AUTOMATIC.value())
                .build();
    }
}
