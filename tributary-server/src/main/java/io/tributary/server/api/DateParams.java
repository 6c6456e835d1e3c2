package io.tributary.server.api;

import io.tributary.model.Timestamps;
import io.tributary.server.shared.ApiException;
import io.tributary.server.storage.DataRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * {@code start_date} / {@code end_date} of the data reads: {@code YYYY-MM-DD} (a day in the object's own local
 * time) or unix seconds (an instant); a full ISO-8601 timestamp with offset is also accepted as an instant.
 */
final class DateParams {
    private DateParams() {}

    /** A parsed bound: a local date or an instant. */
    record Bound(LocalDate date, Instant instant) {
        Instant approxInstant() {
            return instant != null ? instant : date.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
    }

    static Bound parse(String name, String value) {
        String v = value.trim();
        if (v.matches("-?\\d{1,12}")) {
            long secs = Long.parseLong(v);
            return new Bound(null, Instant.ofEpochSecond(secs));
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return new Bound(LocalDate.parse(v), null);
            } catch (DateTimeParseException e) {
                throw invalid(name, value);
            }
        }
        if (v.length() > 10 && v.matches("\\d{4}-\\d{2}-\\d{2}[T ].*") && Timestamps.hasOffset(v)) {
            try {
                OffsetDateTime t = Timestamps.parse(v);
                return new Bound(null, t.toInstant());
            } catch (IllegalArgumentException e) {
                throw invalid(name, value);
            }
        }
        if (v.length() > 10 && v.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
            try {
                // a local date-time without offset: its date
                return new Bound(Timestamps.parse(v).toLocalDate(), null);
            } catch (IllegalArgumentException e) {
                throw invalid(name, value);
            }
        }
        throw invalid(name, value);
    }

    private static ApiException invalid(String name, String value) {
        return ApiException.badRequest(
                "invalid " + name + " '" + value + "': use a date YYYY-MM-DD or a unix timestamp in seconds");
    }

    /**
     * The range of start times for {@code [start_date, end_date]}: a date start means from 00:00 of that day, a
     * date end means up to the end of that day (both in the object's own offset); a missing end means now.
     */
    static DataRange range(String start, String end, Instant now) {
        if (start == null || start.isBlank())
            throw ApiException.badRequest("query parameter 'start_date' is required (YYYY-MM-DD or unix seconds)");
        Bound s = parse("start_date", start);
        Bound e = end == null || end.isBlank() ? new Bound(null, now) : parse("end_date", end);
        boolean after = s.date() != null && e.date() != null
                ? s.date().isAfter(e.date())
                : s.approxInstant()
                        .isAfter(
                                e.date() != null
                                        ? e.date().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)
                                        : e.instant());
        if (after)
            throw ApiException.badRequest("start_date (" + start + ") is after end_date ("
                    + (end == null || end.isBlank() ? "now, the default" : end) + ")");
        LocalDateTime localFrom = s.date() == null ? null : s.date().atStartOfDay();
        LocalDateTime localTo = e.date() == null ? null : e.date().plusDays(1).atStartOfDay();
        return new DataRange(localFrom, s.instant(), localTo, e.instant());
    }
}
