package io.tributary.connectors.withings;

import io.tributary.connectors.ProviderJson;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.BodyMetadata;
import io.tributary.model.nested.DailyMetadata;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import tools.jackson.databind.JsonNode;

/**
 * Withings times are epoch seconds with the user's time zone given as an IANA name beside them ({@code timezone}:
 * {@code Europe/Paris}); days are local dates ({@code date}: {@code 2020-06-24}). Tributary writes every time at
 * that zone's offset at that instant (never forced to UTC); a summary without a zone falls back to UTC.
 */
final class WithingsTime {
    private WithingsTime() {}

    static ZoneId zone(String tz) {
        if (tz == null || tz.isBlank()) return ZoneOffset.UTC;
        try {
            return ZoneId.of(tz.trim());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    static ZoneId zone(JsonNode e, ZoneId fallback) {
        String tz = ProviderJson.text(e, "timezone");
        return tz == null || tz.isBlank() ? fallback : zone(tz);
    }

    static String at(long epochSeconds, ZoneId zone) {
        return Timestamps.format(Instant.ofEpochSecond(epochSeconds), zone);
    }

    static String at(Long epochSeconds, ZoneId zone) {
        return epochSeconds == null ? null : at(epochSeconds.longValue(), zone);
    }

    static LocalDate day(long epochSeconds, ZoneId zone) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSeconds), zone);
    }

    static DailyMetadata daily(LocalDate day, ZoneId zone) {
        return DailyMetadata.builder()
                .startTime(Timestamps.startOfDay(day, zone))
                .endTime(Timestamps.startOfDay(day.plusDays(1), zone))
                .timestampLocalization(TimestampLocalization.LOCAL.value())
                .uploadType(UploadType.AUTOMATIC.value())
                .build();
    }

    static BodyMetadata body(LocalDate day, ZoneId zone) {
        return BodyMetadata.builder()
                .startTime(Timestamps.startOfDay(day, zone))
                .endTime(Timestamps.startOfDay(day.plusDays(1), zone))
                .timestampLocalization(TimestampLocalization.LOCAL.value())
                .build();
    }
}
