package io.tributary.server.ingest;

import io.tributary.model.Timestamps;
import io.tributary.server.shared.ApiException;
import io.tributary.server.storage.DataRange;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * {@code start_date} / {@code end_date} of the data reads: {@code YYYY-MM-DD} (a day in the object's own local
 * time) or unix seconds (an instant); a full ISO-8601 timestamp with offset is also accepted as an instant.
 */
public final class DateParams {
    private DateParams() {}

    /** A parsed bound: a local date or an instant. */
    record Bound(LocalDate date, Instant instant) {
        Instant approxInstant() {
            return instant != null ? instant : date.atStartOfDay().toInstant(ZoneOffset.UTC);
        }
    }

    private static final Pattern UNIX_SECONDS = Pattern.compile("-?\\d{1,12}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ].*");

    static Bound parse(String name, String value) {
        String v = value.trim();
        if (isDate(v)) { // the common case, parsed by hand: DateTimeFormatter costs more than the rest of a read
            try {
                return new Bound(LocalDate.of(digits(v, 0, 4), digits(v, 5, 7), digits(v, 8, 10)), null);
            } catch (DateTimeException e) {
                throw invalid(name, value);
            }
        }
        if (UNIX_SECONDS.matcher(v).matches()) {
            long secs = Long.parseLong(v);
            return new Bound(null, Instant.ofEpochSecond(secs));
        }
        if (v.length() > 10 && DATE_TIME.matcher(v).matches() && Timestamps.hasOffset(v)) {
            try {
                OffsetDateTime t = Timestamps.parse(v);
                return new Bound(null, t.toInstant());
            } catch (IllegalArgumentException e) {
                throw invalid(name, value);
            }
        }
        if (v.length() > 10 && DATE_TIME.matcher(v).matches()) {
            try {
                // a local date-time without offset: its date
                return new Bound(Timestamps.parse(v).toLocalDate(), null);
            } catch (IllegalArgumentException e) {
                throw invalid(name, value);
            }
        }
        throw invalid(name, value);
    }

    /** {@code YYYY-MM-DD} with ASCII digits (what {@code \\d{4}-\\d{2}-\\d{2}} matches). */
    static boolean isDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') return false;
        for (int i = 0; i < 10; i++) {
            char c = v.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) return false;
        }
        return true;
    }

    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) n = n * 10 + (v.charAt(i) - '0');
        return n;
    }

    private static ApiException invalid(String name, String value) {
        return ApiException.badRequest(
                "invalid " + name + " '" + value + "': use a date YYYY-MM-DD or a unix timestamp in seconds");
    }

    /**
     * The range of start times for {@code [start_date, end_date]}: a date start means from 00:00 of that day, a
     * date end means up to the end of that day (both in the object's own offset); a missing end means now.
     */
    public static DataRange range(String start, String end, Instant now) {
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
