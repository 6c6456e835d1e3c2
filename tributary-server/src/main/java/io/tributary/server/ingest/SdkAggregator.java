package io.tributary.server.ingest;

import static io.tributary.server.ingest.SdkKinds.*;
import static io.tributary.server.ingest.SdkRecords.*;

import io.tributary.model.Activity;
import io.tributary.model.Body;
import io.tributary.model.BreathingRates;
import io.tributary.model.Daily;
import io.tributary.model.Menstruation;
import io.tributary.model.Nutrition;
import io.tributary.model.Sleep;
import io.tributary.model.SleepStageTally;
import io.tributary.model.enums.SleepLevel;
import io.tributary.model.enums.SleepUploadType;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.SleepMetadata;
import io.tributary.server.storage.SdkStore.SdkRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds Terra models from ALL stored SDK records of a user's day / session / workout (pure): days through
 * {@link SdkDailyBuilder}, body, nutrition and menstruation through {@link SdkBodyBuilder}, workouts through
 * {@link SdkActivityBuilder}, sleep here (its segments and stage tally).
 */
final class SdkAggregator {

    /** A night holds a few dozen readings; this only bounds a pathological upload. */
    private static final int MAX_BREATH_SAMPLES = 10_000;

    private final SdkRecords x;
    private final SdkDailyBuilder daily;
    private final SdkBodyBuilder body;
    private final SdkActivityBuilder activity;

    SdkAggregator(JsonMapper json) {
        this.x = new SdkRecords(json);
        this.daily = new SdkDailyBuilder(x);
        this.body = new SdkBodyBuilder(x);
        this.activity = new SdkActivityBuilder(x);
    }

    Daily daily(LocalDate day, List<SdkRecord> recs) {
        return daily.daily(day, recs);
    }

    Body body(LocalDate day, List<SdkRecord> recs) {
        return body.body(day, recs);
    }

    Nutrition nutrition(LocalDate day, List<SdkRecord> recs) {
        return body.nutrition(day, recs);
    }

    Menstruation menstruation(LocalDate day, List<SdkRecord> recs) {
        return body.menstruation(day, recs);
    }

    /** A workout, with the samples stored for its time span (heart rate, speed, power, cadence). */
    Activity activity(SdkRecord w, List<SdkRecord> sampleRecords) {
        return activity.activity(w, sampleRecords);
    }

    /** A stage segment: level -1 in bed (not a stage), -2 out of bed, else a Terra SleepLevel. */
    record Segment(long start, long end, int level) {}

    /** Segments of stored sleep records: HealthKit samples are one segment each, a Health Connect session its stages. */
    List<Segment> segments(SdkRecord r) {
        List<Segment> out = new ArrayList<>();
        JsonNode st = x.extra(r).get("stages");
        if (st != null && st.isArray()) {
            for (JsonNode s : st)
                out.add(new Segment(
                        s.get(0).asLong(), s.get(1).asLong(), s.get(2).asInt()));
            if (out.isEmpty())
                out.add(new Segment(r.start().toEpochMilli(), r.end().toEpochMilli(), SleepLevel.SLEEPING.value()));
        } else if (r.value() != null) {
            out.add(new Segment(
                    r.start().toEpochMilli(), r.end().toEpochMilli(), r.value().intValue()));
        }
        return out;
    }

    /**
     * One sleep from its segments; {@code bounds} are the session's start/end (ms). Respiratory-rate records
     * ({@code respRecords}) inside them become {@code respiration_data}.
     */
    Sleep sleep(
            String summaryId,
            long start,
            long end,
            ZoneOffset z,
            List<Segment> segs,
            DeviceData device,
            List<SdkRecord> respRecords) {
        BreathingRates breaths = new BreathingRates(start, end, z);
        x.series(respRecords, RESP_RATE, start, end).forEach(breaths::add);
        segs = new ArrayList<>(segs);
        segs.sort(Comparator.comparingLong(Segment::start));
        SleepStageTally tally = new SleepStageTally(z);
        for (Segment s : segs) if (s.level() >= 0) tally.add(s.start(), s.end(), s.level());
        double inBed = (end - start) / 1000.0;
        return Sleep.builder()
                .metadata(SleepMetadata.builder()
                        .startTime(ts(Instant.ofEpochMilli(start), z))
                        .endTime(ts(Instant.ofEpochMilli(end), z))
                        .summaryId(summaryId)
                        .isNap(inBed < 3 * 3600)
                        .uploadType(SleepUploadType.AUTOMATIC)
                        .timestampLocalization(TimestampLocalization.LOCAL)
                        .build())
                .deviceData(device)
                .respirationData(breaths.build(MAX_BREATH_SAMPLES))
                .sleepDurationsData(tally.durations(inBed, inBed, true))
                .build();
    }

    DeviceData deviceOf(List<SdkRecord> recs) {
        return x.device(recs);
    }
}
