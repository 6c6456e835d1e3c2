package io.tributary.files;

import static io.tributary.files.AppleExport.*;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** A workout or night still collecting its samples month by month, and the samples it holds. */
final class ApplePending {
    private ApplePending() {}

    /** Time-value pairs of one spilled kind, in arrival order. */
    static final class Series {
        long[] time = new long[16];
        double[] value = new double[16];
        int size;

        void add(long t, double v) {
            if (size == time.length) {
                time = Arrays.copyOf(time, size * 2);
                value = Arrays.copyOf(value, size * 2);
            }
            time[size] = t;
            value[size] = v;
            size++;
        }

        /** Keeps every second pair in time order: an implausibly long interval must not hold unbounded samples. */
        void halve() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, Comparator.comparingLong(i -> time[i]));
            long[] t = new long[size / 2 + 1];
            double[] v = new double[size / 2 + 1];
            int n = 0;
            for (int i = 0; i < size; i += 2) {
                t[n] = time[order[i]];
                v[n++] = value[order[i]];
            }
            time = t;
            value = v;
            size = n;
        }
    }

    /**
     * A workout or a night whose samples (the spilled {@code kinds} inside [start, end]) are still being collected
     * month by month; exactly one of {@code workout} and {@code night} is set.
     */
    static final class Pending {
        final Workout workout;
        final List<Segment> night;
        final long start;
        final long end;
        final int offset;
        final byte[] kinds;
        final Series[] series;

        Pending(Workout w) {
            this(w, null, w.start, Math.max(w.end, w.start), w.offset, WORKOUT_KINDS);
        }

        Pending(List<Segment> night, long start, long end) {
            this(null, night, start, end, night.get(0).offset, SLEEP_KINDS);
        }

        private Pending(Workout w, List<Segment> night, long start, long end, int offset, byte[] kinds) {
            this.workout = w;
            this.night = night;
            this.start = start;
            this.end = end;
            this.offset = offset;
            this.kinds = kinds;
            this.series = new Series[kinds.length];
            for (int i = 0; i < kinds.length; i++) {
                series[i] = new Series();
            }
        }
    }
}
