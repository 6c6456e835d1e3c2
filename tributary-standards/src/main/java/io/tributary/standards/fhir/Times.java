package io.tributary.standards.fhir;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;

/**
 * Terra timestamps (ISO-8601 with the wearer's offset, often microseconds) as FHIR dateTimes: milliseconds at most,
 * the offset kept, so a day is the wearer's day. A timestamp without an offset is taken as UTC (FHIR requires a zone
 * on every dateTime with a time).
 */
final class Times {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private Times() {}

    /** Null when absent or not a timestamp. */
    static OffsetDateTime parse(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    static String text(OffsetDateTime t) {
        OffsetDateTime ms = t.truncatedTo(ChronoUnit.MILLIS);
        return (ms.getNano() == 0 ? SECONDS : MILLIS).format(ms);
    }

    static DateTimeType dateTime(OffsetDateTime t) {
        return new DateTimeType(text(t));
    }

    static Period period(OffsetDateTime start, OffsetDateTime end) {
        Period p = new Period().setStartElement(dateTime(start));
        if (end != null && !end.isBefore(start)) p.setEndElement(dateTime(end));
        return p;
    }

    /** The wearer's calendar day that {@code t} falls in: local midnight to the next, in t's own offset. */
    static Period day(OffsetDateTime t) {
        OffsetDateTime start = t.truncatedTo(ChronoUnit.DAYS);
        return period(start, start.plusDays(1));
    }
}
