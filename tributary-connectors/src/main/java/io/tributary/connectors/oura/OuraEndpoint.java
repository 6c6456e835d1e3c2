package io.tributary.connectors.oura;

import io.tributary.connectors.RecordMapper;
import io.tributary.model.DataType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Oura v2 collections Tributary reads ({@code /v2/usercollection/<path>}), the Terra type each feeds, and how
 * its window is asked: {@code start_date}/{@code end_date} (local days) or, for heart rate, {@code
 * start_datetime}/{@code end_datetime}. {@code webhook} says whether Oura can push it (webhook {@code data_type}).
 */
enum OuraEndpoint {
    DAILY_ACTIVITY("daily_activity", DataType.DAILY, false, true, new OuraDailyActivityMapper()),
    DAILY_READINESS("daily_readiness", DataType.DAILY, false, true, new OuraDailyReadinessMapper()),
    DAILY_SLEEP("daily_sleep", DataType.DAILY, false, true, new OuraDailySleepMapper()),
    SLEEP("sleep", DataType.SLEEP, false, true, new OuraSleepMapper()),
    WORKOUT("workout", DataType.ACTIVITY, false, true, new OuraWorkoutMapper()),
    HEARTRATE("heartrate", DataType.BODY, true, false, new OuraHeartRateMapper());

    final String path;
    final DataType type;
    final boolean datetimeWindow;
    final boolean webhook;
    final RecordMapper mapper;

    OuraEndpoint(String path, DataType type, boolean datetimeWindow, boolean webhook, RecordMapper mapper) {
        this.path = path;
        this.type = type;
        this.datetimeWindow = datetimeWindow;
        this.webhook = webhook;
        this.mapper = mapper;
    }

    static List<OuraEndpoint> of(DataType type) {
        return Arrays.stream(values()).filter(e -> e.type == type).toList();
    }

    static Optional<OuraEndpoint> byPath(String path) {
        return Arrays.stream(values()).filter(e -> e.path.equals(path)).findFirst();
    }
}
