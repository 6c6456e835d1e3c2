package io.tributary.files;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * What {@link AppleExportReader} collects from an Apple Health export and {@link AppleExportEmitter} turns into
 * Terra records: per-day totals (in memory, a few hundred bytes a day), sleep segments and workouts; quantity
 * samples go to the {@link SampleSpill} by kind ({@code K_*}) and month.
 */
final class AppleExport {
    // spilled sample kinds
    static final byte K_HR = 1;
    static final byte K_HRV = 2;
    static final byte K_STEPS = 3;
    static final byte K_DIST = 4;
    static final byte K_ACTIVE = 5;
    static final byte K_FLOORS = 6;
    static final byte K_SPO2 = 7;
    static final byte K_WEIGHT = 8;
    static final byte K_FAT = 9;
    static final byte K_HEIGHT = 10;
    static final byte K_BMI = 11;
    static final byte K_LEAN = 12;
    static final byte K_SYS = 13;
    static final byte K_DIA = 14;
    static final byte K_GLUCOSE = 15;
    static final byte K_BODYTEMP = 16;
    static final byte K_VO2 = 17;
    static final byte K_RESTING = 18;
    static final byte K_FLOW = 19;
    static final byte K_WRIST_TEMP = 20;
    static final byte K_RESP = 21;
    static final byte K_POWER = 22;
    static final byte K_SPEED = 23;
    static final byte K_CADENCE = 24;
    static final int KINDS = 25;

    /** Spilled kinds a workout collects from the records inside its interval. */
    static final byte[] WORKOUT_KINDS = {K_HR, K_POWER, K_SPEED, K_CADENCE};

    static final byte[] SLEEP_KINDS = {K_RESP};

    // per-day sums
    static final int S_STEPS = 0;
    static final int S_DIST = 1;
    static final int S_FLOORS = 2;
    static final int S_ACTIVE = 3;
    static final int S_BASAL = 4;
    static final int S_EXERCISE_MIN = 5;
    static final int S_STAND_MIN = 6;
    static final int S_RING_ACTIVE = 7;
    static final int S_RING_EXERCISE = 8;
    static final int S_RING_STAND_HOURS = 9;
    static final int SUMS = 10;

    static final class DayAgg {
        int offset = Integer.MIN_VALUE;
        final double[] sums = new double[SUMS];
        int hasSums;
        double[] nutr;
        long nutrMask;
        boolean dailyData;
        boolean bodyData;
        boolean flow;
    }

    static final class Segment {
        final String source;
        final long start;
        final long end;
        final int offset;
        final int stage; // Terra SleepLevel, or -1 for "in bed"

        Segment(String source, long start, long end, int offset, int stage) {
            this.source = source;
            this.start = start;
            this.end = end;
            this.offset = offset;
            this.stage = stage;
        }
    }

    static final class Workout {
        String type;
        String source;
        String device;
        long start;
        long end;
        int offset;
        Double durationSeconds;
        Double distance;
        Double energy;
        Double avgHr;
        Double maxHr;
        Double minHr;
        Double ascentMeters;
        Double avgMets;
        Boolean indoor;
        String routePath;
        Double stepsStat;
        Double swimStrokes;
        Double lapLengthMeters;
        final List<long[]> pauses = new ArrayList<>();
        long pausedAt = -1;
    }

    final FileFormat format;
    final SampleSpill spill;
    final TreeMap<Integer, DayAgg> days = new TreeMap<>();
    final List<Segment> sleep = new ArrayList<>();
    final List<Workout> workouts = new ArrayList<>();
    /** The offset of the export date, for days known only by their date (ActivitySummary). */
    int defaultOffset = 0;

    long records;
    private int lastMonthDay = Integer.MIN_VALUE;
    private int lastMonthKey;

    AppleExport(FileFormat format, SampleSpill spill) {
        this.format = format;
        this.spill = spill;
    }

    static int localDay(long millis, int offset) {
        return (int) Math.floorDiv(millis / 1000 + offset, 86400L);
    }

    int monthKey(int epochDay) {
        if (epochDay != lastMonthDay) {
            LocalDate d = LocalDate.ofEpochDay(epochDay);
            lastMonthKey = d.getYear() * 12 + d.getMonthValue() - 1;
            lastMonthDay = epochDay;
        }
        return lastMonthKey;
    }

    DayAgg day(int epochDay, int offset) {
        DayAgg d = days.get(epochDay);
        if (d == null) {
            if (days.size() > 200_000) {
                throw new FileParseException(format, "the export spans more than 200 000 days; refused");
            }
            d = new DayAgg();
            days.put(epochDay, d);
        }
        if (d.offset == Integer.MIN_VALUE) {
            d.offset = offset;
        }
        return d;
    }
}
