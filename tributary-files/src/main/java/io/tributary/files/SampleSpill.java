package io.tributary.files;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Time-series samples spilled to disk in one file per month (local time), so that a multi-gigabyte export is parsed
 * in constant memory: only one month's samples are ever loaded at once. Entries are 21 bytes: kind, epoch millis,
 * UTC offset seconds, value.
 */
final class SampleSpill implements Closeable {
    private static final int MAX_OPEN = 24;

    /** One loaded month, as parallel primitive arrays. */
    static final class Month {
        int size;
        byte[] kind = new byte[1024];
        long[] time = new long[1024];
        int[] offset = new int[1024];
        double[] value = new double[1024];

        void add(byte k, long t, int o, double v) {
            if (size == kind.length) {
                int n = size * 2;
                kind = java.util.Arrays.copyOf(kind, n);
                time = java.util.Arrays.copyOf(time, n);
                offset = java.util.Arrays.copyOf(offset, n);
                value = java.util.Arrays.copyOf(value, n);
            }
            kind[size] = k;
            time[size] = t;
            offset[size] = o;
            value[size] = v;
            size++;
        }
    }

    private final Path dir;
    private final TreeSet<Integer> months = new TreeSet<>();
    private final LinkedHashMap<Integer, DataOutputStream> open = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, DataOutputStream> eldest) {
            if (size() > MAX_OPEN) {
                try {
                    eldest.getValue().close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return true;
            }
            return false;
        }
    };
    private long count;

    SampleSpill(Path tempDir) {
        try {
            Files.createDirectories(tempDir);
            this.dir = Files.createTempDirectory(tempDir, "tributary-spill-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code monthKey} = year * 12 + month - 1 of the sample's local date. */
    void add(int monthKey, byte kind, long epochMillis, int offsetSeconds, double value) {
        try {
            DataOutputStream out = open.get(monthKey);
            if (out == null) {
                out = new DataOutputStream(new BufferedOutputStream(
                        Files.newOutputStream(file(monthKey), StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                        16 * 1024));
                open.put(monthKey, out);
                months.add(monthKey);
            }
            out.writeByte(kind);
            out.writeLong(epochMillis);
            out.writeInt(offsetSeconds);
            out.writeDouble(value);
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long count() {
        return count;
    }

    TreeSet<Integer> months() {
        flush();
        return months;
    }

    private void flush() {
        try {
            for (DataOutputStream o : open.values()) {
                o.close();
            }
            open.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Month load(int monthKey) {
        flush();
        Month m = new Month();
        Path f = file(monthKey);
        if (!Files.exists(f)) {
            return m;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 64 * 1024))) {
            while (true) {
                byte k;
                try {
                    k = in.readByte();
                } catch (EOFException eof) {
                    break;
                }
                m.add(k, in.readLong(), in.readInt(), in.readDouble());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    void delete(int monthKey) {
        try {
            Files.deleteIfExists(file(monthKey));
        } catch (IOException ignored) {
            // best effort
        }
    }

    private Path file(int monthKey) {
        return dir.resolve(monthKey + ".bin");
    }

    @Override
    public void close() {
        try {
            flush();
        } catch (UncheckedIOException ignored) {
            // closing anyway
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
