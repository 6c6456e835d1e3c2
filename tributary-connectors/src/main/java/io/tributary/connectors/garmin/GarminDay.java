package io.tributary.connectors.garmin;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.BodyMetadata;
import io.tributary.model.nested.DailyMetadata;
import java.time.LocalDate;
import java.time.ZoneOffset;
import tools.jackson.databind.JsonNode;

/**
 * The local day a Garmin summary belongs to, as Terra's Daily and Body want it: local midnight to midnight at the
 * device's offset (identity key = that date, docs/decisions.md#17).
 *
 * @param offset null when the summary carries none (then the day's bounds are written as local time without
 *     offset); either way the bounds are the local day, {@code timestamp_localization} 1
 */
record GarminDay(LocalDate date, ZoneOffset offset) {
    /** The day of a summary from its start (epoch seconds field + offset field) or its {@code calendarDate}. */
    static GarminDay of(JsonNode e, String startField, String offsetField) throws ConnectorException {
        ZoneOffset off = GarminTime.offset(e, offsetField);
        LocalDate d = GarminTime.day(e, ProviderJson.longValue(e, startField), off);
        if (d == null) throw ConnectorException.malformed("neither calendarDate nor " + startField);
        return new GarminDay(d, off);
    }

    String start() {
        return GarminTime.midnight(date, offset);
    }

    String end() {
        return GarminTime.midnight(date.plusDays(1), offset);
    }

    DailyMetadata daily() {
        return DailyMetadata.builder()
                .startTime(start())
                .endTime(end())
                .timestampLocalization(TimestampLocalization.LOCAL.value())
                .uploadType(UploadType.AUTOMATIC.value())
                .build();
    }

    BodyMetadata body() {
        return BodyMetadata.builder()
                .startTime(start())
                .endTime(end())
                .timestampLocalization(TimestampLocalization.LOCAL.value())
                .build();
    }
}
