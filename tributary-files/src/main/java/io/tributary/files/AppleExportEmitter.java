package io.tributary.files;

import static io.tributary.files.AppleExport.*;
import static io.tributary.files.ApplePending.*;
import static io.tributary.files.AppleSamples.*;

import io.tributary.model.Body;
import io.tributary.model.BreathingRates;
import io.tributary.model.Menstruation;
import io.tributary.model.TerraDataModel;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.nested.MenstruationData;
import io.tributary.model.nested.MenstruationFlowSample;
import io.tributary.model.nested.MenstruationMetadata;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Turns a read {@link AppleExport} into Terra records, one month of spilled samples at a time: the month's days
 * ({@link AppleDailyBuilder}, {@link AppleBodyBuilder}, {@link AppleNutritionBuilder}, menstruation), then every
 * workout and night whose interval ends in it, with the samples collected from each month it touches.
 */
final class AppleExportEmitter {
    private final AppleExport x;
    private final ParseLimits limits;
    private final AppleHealthParser.RouteSource routes;

    AppleExportEmitter(AppleExport x, ParseLimits limits, AppleHealthParser.RouteSource routes) {
        this.x = x;
        this.limits = limits;
        this.routes = routes;
    }

    /** Emits every day, workout and night to {@code sink}; returns how many records. */
    int emit(Consumer<TerraDataModel> sink) {
        int n = 0;
        TreeSet<Integer> months = new TreeSet<>(x.spill.months());
        for (Integer day : x.days.keySet()) {
            months.add(x.monthKey(day));
        }
        List<Pending> pending = new ArrayList<>();
        for (Workout w : x.workouts) {
            pending.add(new Pending(w));
        }
        for (List<Segment> night : AppleSleepBuilder.sleepSessions(x.sleep)) {
            long[] sp = AppleSleepBuilder.span(night);
            pending.add(new Pending(night, sp[0], sp[1]));
        }
        pending.sort(Comparator.comparingLong(p -> p.start));
        // A workout (heart rate, power, speed, cadence) or a night (respiratory rate) collects its samples from
        // every month its interval touches (a run from 23:30 on the 31st to 00:30 on the 1st needs two months),
        // and is emitted once the last of them has been read. Only the samples of intervals in progress are held,
        // never more than one month of spilled samples.
        List<Pending> inProgress = new ArrayList<>();
        int wi = 0;
        for (int month : months) {
            SampleSpill.Month m = x.spill.load(month);
            Map<Integer, int[][]> byDay = index(m);
            int first = (int) LocalDate.of(month / 12, month % 12 + 1, 1).toEpochDay();
            int last = (int)
                    LocalDate.of(month / 12, month % 12 + 1, 1).plusMonths(1).toEpochDay();
            for (Map.Entry<Integer, DayAgg> e : x.days.subMap(first, last).entrySet()) {
                int[][] idx = byDay.getOrDefault(e.getKey(), new int[KINDS][]);
                n += emitDay(e.getKey(), e.getValue(), m, idx, sink);
            }
            while (wi < pending.size() && firstSampleMonth(pending.get(wi)) <= month) {
                inProgress.add(pending.get(wi++));
            }
            for (var it = inProgress.iterator(); it.hasNext(); ) {
                Pending p = it.next();
                collectSamples(p, m, byDay);
                if (lastSampleMonth(p) <= month) {
                    sink.accept(build(p));
                    n++;
                    it.remove();
                }
            }
            x.spill.delete(month);
        }
        for (Pending p : inProgress) {
            sink.accept(build(p));
            n++;
        }
        for (; wi < pending.size(); wi++) {
            sink.accept(build(pending.get(wi)));
            n++;
        }
        if (n == 0 && x.records == 0) {
            throw new FileParseException(
                    x.format, "the Apple Health export contains no records, workouts or summaries");
        }
        return n;
    }

    /** Per local day and kind, the indices of the month's samples sorted by time. */
    private Map<Integer, int[][]> index(SampleSpill.Month m) {
        Map<Long, int[]> counts = new HashMap<>();
        Map<Integer, int[][]> out = new HashMap<>();
        int[] dayOf = new int[m.size];
        Map<Long, Integer> sizes = new HashMap<>();
        for (int i = 0; i < m.size; i++) {
            int d = localDay(m.time[i], m.offset[i]);
            dayOf[i] = d;
            sizes.merge(((long) d << 8) | m.kind[i], 1, Integer::sum);
        }
        for (Map.Entry<Long, Integer> e : sizes.entrySet()) {
            int d = (int) (e.getKey() >> 8);
            int k = (int) (e.getKey() & 0xFF);
            out.computeIfAbsent(d, x -> new int[KINDS][])[k] = new int[e.getValue()];
            counts.put(e.getKey(), new int[] {0});
        }
        for (int i = 0; i < m.size; i++) {
            long key = ((long) dayOf[i] << 8) | m.kind[i];
            int[] c = counts.get(key);
            out.get(dayOf[i])[m.kind[i]][c[0]++] = i;
        }
        for (int[][] perKind : out.values()) {
            for (int[] arr : perKind) {
                if (arr != null) {
                    sortByTime(arr, m.time);
                }
            }
        }
        return out;
    }

    private void sortByTime(int[] idx, long[] time) {
        boolean sorted = true;
        for (int i = 1; i < idx.length && sorted; i++) {
            sorted = time[idx[i - 1]] <= time[idx[i]];
        }
        if (sorted) {
            return;
        }
        long base = Long.MAX_VALUE;
        for (int i : idx) {
            base = Math.min(base, time[i]);
        }
        long[] keys = new long[idx.length];
        for (int j = 0; j < idx.length; j++) {
            long rel = (time[idx[j]] - base) / 1000; // seconds, fits 30 bits for a month
            keys[j] = (Math.min(rel, (1L << 33) - 1) << 30) | idx[j];
        }
        Arrays.sort(keys);
        for (int j = 0; j < idx.length; j++) {
            idx[j] = (int) (keys[j] & ((1 << 30) - 1));
        }
    }

    private int emitDay(int epochDay, DayAgg d, SampleSpill.Month m, int[][] idx, Consumer<TerraDataModel> sink) {
        int n = 0;
        ZoneOffset zone = ZoneOffset.ofTotalSeconds(d.offset == Integer.MIN_VALUE ? x.defaultOffset : d.offset);
        Instant dayStart = LocalDate.ofEpochDay(epochDay).atStartOfDay().toInstant(zone);
        String start = Timestamps.format(dayStart, zone);
        String end = Timestamps.format(dayStart.plusSeconds(86400), zone);
        if (d.dailyData) {
            sink.accept(AppleDailyBuilder.daily(d, m, idx, start, end));
            n++;
        }
        if (d.bodyData) {
            Body b = AppleBodyBuilder.body(m, idx, start, end);
            if (b != null) {
                sink.accept(b);
                n++;
            }
        }
        if (d.nutr != null) {
            sink.accept(AppleNutritionBuilder.nutrition(d, start, end));
            n++;
        }
        if (d.flow && idx[K_FLOW] != null) {
            List<MenstruationFlowSample> flows = new ArrayList<>();
            for (int i : idx[K_FLOW]) {
                flows.add(MenstruationFlowSample.builder()
                        .timestamp(ts(m, i))
                        .flow((int) m.value[i])
                        .build());
            }
            sink.accept(Menstruation.builder()
                    .metadata(MenstruationMetadata.builder()
                            .startTime(start)
                            .endTime(end)
                            .timestampLocalization(TimestampLocalization.LOCAL)
                            .build())
                    .menstruationData(
                            MenstruationData.builder().menstruationFlow(flows).build())
                    .build());
            n++;
        }
        return n;
    }

    /** Month key of the earliest local day a sample inside the interval can be filed under (offsets may differ). */
    private int firstSampleMonth(Pending p) {
        return x.monthKey(localDay(p.start, p.offset) - 1);
    }

    private int lastSampleMonth(Pending p) {
        return x.monthKey(localDay(p.end, p.offset) + 1);
    }

    /** Adds the month's samples of the interval's kinds that fall inside it. */
    private void collectSamples(Pending p, SampleSpill.Month m, Map<Integer, int[][]> byDay) {
        int d0 = localDay(p.start, p.offset) - 1;
        int d1 = localDay(p.end, p.offset) + 1;
        for (int d = d0; d <= d1; d++) {
            int[][] idx = byDay.get(d);
            if (idx == null) {
                continue;
            }
            for (int k = 0; k < p.kinds.length; k++) {
                if (idx[p.kinds[k]] == null) {
                    continue;
                }
                for (int i : idx[p.kinds[k]]) {
                    if (m.time[i] >= p.start && m.time[i] <= p.end) {
                        p.series[k].add(m.time[i], m.value[i]);
                    }
                }
            }
        }
        // an implausibly long interval must not hold unbounded samples: thin evenly (the builders thin anyway)
        for (Series s : p.series) {
            if (s.size > 4 * Math.max(1, limits.maxSamplesPerSeries())) {
                s.halve();
            }
        }
    }

    private TerraDataModel build(Pending p) {
        if (p.night != null) {
            BreathingRates breaths = new BreathingRates(p.start, p.end, ZoneOffset.ofTotalSeconds(p.offset));
            Series resp = p.series[0];
            for (int i = 0; i < resp.size; i++) {
                breaths.add(resp.time[i], resp.value[i]);
            }
            return AppleSleepBuilder.sleepOf(p.night, breaths.build(limits.maxSamplesPerSeries()));
        }
        List<ActivityAssembler.Point> points = new ArrayList<>();
        for (int k = 0; k < p.kinds.length; k++) {
            Series s = p.series[k];
            for (int i = 0; i < s.size; i++) {
                ActivityAssembler.Point pt = new ActivityAssembler.Point();
                pt.time = Instant.ofEpochMilli(s.time[i]);
                switch (p.kinds[k]) {
                    case K_HR -> pt.hr = s.value[i];
                    case K_POWER -> pt.power = s.value[i];
                    case K_SPEED -> pt.speed = s.value[i];
                    default -> pt.cadence = s.value[i];
                }
                points.add(pt);
            }
        }
        return AppleWorkoutBuilder.workout(p.workout, points, limits, routes);
    }
}
