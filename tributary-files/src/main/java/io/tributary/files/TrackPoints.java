package io.tributary.files;

import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;

/**
 * The track points of one activity, stored by column in primitive blocks rather than as one object per point: a
 * 232,000-point GPX holds about 12 MB here instead of the ~100 MB of {@code Point}/{@code Double}/{@code Instant}
 * objects (issue 24, "big files in bounded memory"). A column's blocks are allocated only when a point in them has
 * that value, so a track without power or temperature pays nothing for them.
 *
 * <p>It is a {@code List<Point>} so that parsers can keep adding {@link ActivityAssembler.Point}s (the values are
 * copied, the point can be reused); {@link #get} builds a fresh point and is meant for tests and small lists, the
 * assembler reads the columns directly.
 */
final class TrackPoints extends AbstractList<ActivityAssembler.Point> {
    static final int HR = 0;
    static final int SPEED = 1;
    static final int CADENCE = 2;
    static final int POWER = 3;
    static final int ALTITUDE = 4;
    static final int LAT = 5;
    static final int LON = 6;
    static final int DISTANCE = 7;
    static final int TEMPERATURE = 8;
    static final int STEPS = 9;
    static final int COLUMNS = 10;

    private static final int SHIFT = 12;
    private static final int BLOCK = 1 << SHIFT;
    private static final int MASK = BLOCK - 1;

    private long[][] seconds = new long[0][];
    private int[][] nanos = new int[0][];
    /** Which values a point has, one bit per column. */
    private short[][] present = new short[0][];
    /** [column][block][row]; a block is null until a point in it has the column. */
    private double[][][] values = new double[COLUMNS][0][];

    private int size;

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean add(ActivityAssembler.Point p) {
        Objects.requireNonNull(p.time, "a track point needs a time");
        int b = size >>> SHIFT;
        int r = size & MASK;
        if (r == 0) {
            grow(b);
        }
        seconds[b][r] = p.time.getEpochSecond();
        nanos[b][r] = p.time.getNano();
        short bits = 0;
        bits |= put(HR, b, r, p.hr);
        bits |= put(SPEED, b, r, p.speed);
        bits |= put(CADENCE, b, r, p.cadence);
        bits |= put(POWER, b, r, p.power);
        bits |= put(ALTITUDE, b, r, p.altitude);
        bits |= put(LAT, b, r, p.lat);
        bits |= put(LON, b, r, p.lon);
        bits |= put(DISTANCE, b, r, p.distance);
        bits |= put(TEMPERATURE, b, r, p.temperature);
        bits |= put(STEPS, b, r, p.steps);
        present[b][r] = bits;
        size++;
        modCount++;
        return true;
    }

    private void grow(int b) {
        if (b == seconds.length) {
            int n = Math.max(4, b * 2);
            seconds = Arrays.copyOf(seconds, n);
            nanos = Arrays.copyOf(nanos, n);
            present = Arrays.copyOf(present, n);
            for (int c = 0; c < COLUMNS; c++) {
                values[c] = Arrays.copyOf(values[c], n);
            }
        }
        seconds[b] = new long[BLOCK];
        nanos[b] = new int[BLOCK];
        present[b] = new short[BLOCK];
    }

    private short put(int column, int b, int r, Double v) {
        if (v == null) {
            return 0;
        }
        double[] block = values[column][b];
        if (block == null) {
            block = new double[BLOCK];
            values[column][b] = block;
        }
        block[r] = v;
        return (short) (1 << column);
    }

    boolean has(int i, int column) {
        return (present[i >>> SHIFT][i & MASK] & (1 << column)) != 0;
    }

    /** The value of {@code column} at point {@code i}; only meaningful when {@link #has} says so. */
    double value(int i, int column) {
        return values[column][i >>> SHIFT][i & MASK];
    }

    /** The value of {@code column} at point {@code i}, or null. */
    Double boxed(int i, int column) {
        return has(i, column) ? value(i, column) : null;
    }

    long epochSecond(int i) {
        return seconds[i >>> SHIFT][i & MASK];
    }

    int nano(int i) {
        return nanos[i >>> SHIFT][i & MASK];
    }

    long epochMilli(int i) {
        return Math.addExact(Math.multiplyExact(epochSecond(i), 1000L), nano(i) / 1_000_000);
    }

    Instant time(int i) {
        return Instant.ofEpochSecond(epochSecond(i), nano(i));
    }

    @Override
    public ActivityAssembler.Point get(int i) {
        Objects.checkIndex(i, size);
        ActivityAssembler.Point p = new ActivityAssembler.Point();
        p.time = time(i);
        p.hr = boxed(i, HR);
        p.speed = boxed(i, SPEED);
        p.cadence = boxed(i, CADENCE);
        p.power = boxed(i, POWER);
        p.altitude = boxed(i, ALTITUDE);
        p.lat = boxed(i, LAT);
        p.lon = boxed(i, LON);
        p.distance = boxed(i, DISTANCE);
        p.temperature = boxed(i, TEMPERATURE);
        p.steps = boxed(i, STEPS);
        return p;
    }

    @Override
    public void clear() {
        seconds = new long[0][];
        nanos = new int[0][];
        present = new short[0][];
        values = new double[COLUMNS][0][];
        size = 0;
        modCount++;
    }

    private int compare(int i, int j) {
        int c = Long.compare(epochSecond(i), epochSecond(j));
        return c != 0 ? c : Integer.compare(nano(i), nano(j));
    }

    /**
     * Orders the points by time, keeping the order of points with the same time (as the stable list sort it
     * replaces). Files are almost always in order already; then nothing is copied.
     */
    void sortByTime() {
        boolean sorted = true;
        for (int i = 1; i < size && sorted; i++) {
            sorted = compare(i - 1, i) <= 0;
        }
        if (sorted) {
            return;
        }
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        mergeSort(order, new int[size], 0, size);
        TrackPoints out = new TrackPoints();
        for (int k = 0; k < size; k++) {
            out.copyRow(this, order[k]);
        }
        seconds = out.seconds;
        nanos = out.nanos;
        present = out.present;
        values = out.values;
        modCount++;
    }

    private void copyRow(TrackPoints from, int i) {
        int b = size >>> SHIFT;
        int r = size & MASK;
        if (r == 0) {
            grow(b);
        }
        seconds[b][r] = from.epochSecond(i);
        nanos[b][r] = from.nano(i);
        short bits = 0;
        for (int c = 0; c < COLUMNS; c++) {
            if (from.has(i, c)) {
                bits |= put(c, b, r, from.value(i, c));
            }
        }
        present[b][r] = bits;
        size++;
    }

    /** Stable merge sort of point indices by time. */
    private void mergeSort(int[] a, int[] tmp, int from, int to) {
        if (to - from < 2) {
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        if (compare(a[mid - 1], a[mid]) <= 0) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int i = from;
        int j = mid;
        for (int k = from; k < to; k++) {
            if (j >= to || (i < mid && compare(tmp[i], tmp[j]) <= 0)) {
                a[k] = tmp[i++];
            } else {
                a[k] = tmp[j++];
            }
        }
    }
}
