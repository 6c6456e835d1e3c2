package io.tributary.connectors.whoop;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.Timestamps;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/**
 * WHOOP's times are UTC instants ({@code 2022-04-24T02:25:44.774Z}) with the member's offset beside them in {@code
 * timezone_offset} ({@code -05:00}, {@code +hh:mm} or {@code Z}; https://developer.whoop.com/api/). Tributary
 * writes each time at that offset (never forced to UTC); an absent offset is UTC, as WHOOP's v2 migration guide
 * says ("timezone handling standardized to UTC when not specified").
 */
final class WhoopTime {
    private WhoopTime() {}

    /** The record's {@code timezone_offset}; UTC when absent; {@code BAD_RESPONSE} when unreadable. */
    static ZoneOffset offset(JsonNode e) throws ConnectorException {
        String tz = ProviderJson.text(e, "timezone_offset");
        if (tz == null || tz.isBlank()) return ZoneOffset.UTC;
        try {
            return ZoneOffset.of(tz.trim());
        } catch (DateTimeException ex) {
            throw ConnectorException.malformed("not a timezone_offset: " + tz);
        }
    }

    /** Field {@code field} of {@code e} at the record's offset; null when absent. */
    static OffsetDateTime at(JsonNode e, String field, ZoneOffset offset) throws ConnectorException {
        String s = ProviderJson.text(e, field);
        if (s == null || s.isBlank()) return null;
        try {
            return OffsetDateTime.parse(s.trim()).withOffsetSameInstant(offset);
        } catch (DateTimeParseException ex) {
            throw ConnectorException.malformed("not an ISO-8601 timestamp in '" + field + "': " + s);
        }
    }

    static OffsetDateTime requireAt(JsonNode e, String field, ZoneOffset offset) throws ConnectorException {
        OffsetDateTime t = at(e, field, offset);
        if (t == null) throw ConnectorException.malformed("required field '" + field + "' is missing");
        return t;
    }

    static String format(OffsetDateTime t) {
        return t == null ? null : Timestamps.format(t);
    }

    /**
     * The calendar day a physiological cycle stands for. A cycle runs from falling asleep to the next falling asleep
     * (https://developer.whoop.com/docs/developing/user-data/cycle/), so one that starts in the evening is the next
     * day's (the WHOOP app labels a cycle by the morning it wakes into): the local date of {@code start}, plus one
     * day when it starts at or after local noon.
     */
    static LocalDate cycleDay(OffsetDateTime start) {
        LocalDate d = start.toLocalDate();
        return start.getHour() >= 12 ? d.plusDays(1) : d;
    }
}
