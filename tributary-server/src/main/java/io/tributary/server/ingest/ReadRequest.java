package io.tributary.server.ingest;

import io.tributary.model.DataType;
import io.tributary.server.storage.DataRange;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** A validated data read: which type, which range of start times, with or without samples. */
public record ReadRequest(DataType type, DataRange range, boolean withSamples) {

    /**
     * A request whose range crosses a calendar-month boundary is a large request (docs/decisions.md#7). The months are those
     * of the first and last day of the range (dates as given; unix seconds in UTC).
     */
    public boolean large() {
        if (type == DataType.ATHLETE) return false;
        YearMonth from = YearMonth.from(
                range.localFrom() != null
                        ? range.localFrom()
                        : range.instantFrom().atOffset(ZoneOffset.UTC));
        YearMonth to = YearMonth.from(
                range.localTo() != null
                        ? range.localTo().minusNanos(1)
                        : range.instantTo().atOffset(ZoneOffset.UTC));
        return !from.equals(to);
    }
}
