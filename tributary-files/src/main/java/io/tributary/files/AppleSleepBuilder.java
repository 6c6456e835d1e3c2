package io.tributary.files;

import static io.tributary.files.AppleExport.*;

import io.tributary.model.Sleep;
import io.tributary.model.SleepStageTally;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.SleepLevel;
import io.tributary.model.enums.SleepUploadType;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.RespirationData;
import io.tributary.model.nested.SleepMetadata;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The nights of an Apple export: SleepAnalysis segments grouped per source into sessions (a gap of more than two
 * hours starts a new one); where sources overlap, the session with sleep stages wins. Each becomes a {@link Sleep}.
 */
final class AppleSleepBuilder {
    private AppleSleepBuilder() {}

    /** The nights: segments grouped per source, where sources overlap the one with most sleep stages. */
    static List<List<Segment>> sleepSessions(List<Segment> sleep) {
        if (sleep.isEmpty()) {
            return List.of();
        }
        Map<String, List<Segment>> bySource = new LinkedHashMap<>();
        for (Segment s : sleep) {
            bySource.computeIfAbsent(s.source, k -> new ArrayList<>()).add(s);
        }
        List<List<Segment>> sessions = new ArrayList<>();
        for (List<Segment> list : bySource.values()) {
            list.sort(Comparator.comparingLong(s -> s.start));
            List<Segment> cur = null;
            long curEnd = Long.MIN_VALUE;
            for (Segment s : list) {
                if (cur == null || s.start > curEnd + 2 * 3600_000L) {
                    cur = new ArrayList<>();
                    sessions.add(cur);
                    curEnd = Long.MIN_VALUE;
                }
                cur.add(s);
                curEnd = Math.max(curEnd, s.end);
            }
        }
        // where sources overlap, keep the session with sleep stages (most staged time)
        sessions.sort(Comparator.comparingLong(s -> s.get(0).start));
        boolean[] dropped = new boolean[sessions.size()];
        for (int i = 0; i < sessions.size(); i++) {
            for (int j = i + 1; j < sessions.size(); j++) {
                if (dropped[i] || dropped[j]) {
                    continue;
                }
                long[] a = span(sessions.get(i));
                long[] b = span(sessions.get(j));
                long overlap = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
                if (b[0] > a[1]) {
                    break;
                }
                if (overlap > 0.5 * Math.min(a[1] - a[0], b[1] - b[0])) {
                    if (staged(sessions.get(i)) >= staged(sessions.get(j))) {
                        dropped[j] = true;
                    } else {
                        dropped[i] = true;
                    }
                }
            }
        }
        List<List<Segment>> kept = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            if (!dropped[i]) {
                kept.add(sessions.get(i));
            }
        }
        return kept;
    }

    static long[] span(List<Segment> s) {
        long a = Long.MAX_VALUE;
        long b = Long.MIN_VALUE;
        for (Segment x : s) {
            a = Math.min(a, x.start);
            b = Math.max(b, x.end);
        }
        return new long[] {a, b};
    }

    static long staged(List<Segment> s) {
        long t = 0;
        for (Segment x : s) {
            if (x.stage == SleepLevel.LIGHT_SLEEP.value()
                    || x.stage == SleepLevel.DEEP_SLEEP.value()
                    || x.stage == SleepLevel.REM_SLEEP.value()) {
                t += x.end - x.start;
            }
        }
        return t * 2 + s.size();
    }

    static Sleep sleepOf(List<Segment> segs, RespirationData respiration) {
        long[] sp = span(segs);
        ZoneOffset zone = ZoneOffset.ofTotalSeconds(segs.get(0).offset);
        double inBedDeclared = 0;
        SleepStageTally tally = new SleepStageTally(zone);
        for (Segment s : segs) {
            if (s.stage < 0) {
                inBedDeclared += (s.end - s.start) / 1000.0;
            } else {
                tally.add(s.start, s.end, s.stage);
            }
        }
        double inBed = (sp[1] - sp[0]) / 1000.0;
        Instant start = Instant.ofEpochMilli(sp[0]);
        return Sleep.builder()
                .metadata(SleepMetadata.builder()
                        .startTime(Timestamps.format(start, zone))
                        .endTime(Timestamps.format(Instant.ofEpochMilli(sp[1]), zone))
                        .summaryId(SummaryIds.sleep(start))
                        .isNap(inBed < 3 * 3600)
                        .uploadType(SleepUploadType.MANUAL)
                        .timestampLocalization(TimestampLocalization.LOCAL)
                        .build())
                .sleepDurationsData(tally.durations(Math.max(inBed, inBedDeclared), inBed, false))
                .deviceData(DeviceData.builder().name(segs.get(0).source).build())
                .respirationData(respiration)
                .build();
    }
}
