package io.tributary.files;

import com.garmin.fit.Decode;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.xml.stream.XMLStreamReader;

/**
 * File size vs heap vs time for each format (run by {@code bench/files-bench.sh formats}, each step in its own JVM
 * at {@code -Xmx256m}):
 *
 * <ul>
 *   <li>{@code generate <fit|gpx|tcx|apple|takeout> <file> <bytes>}: a synthetic file of about that size;
 *   <li>{@code parse <file> <name>}: our parser ({@link FileParsers}), records counted and dropped;
 *   <li>{@code bare <fit|xml|zip> <file>}: the ceiling, the same bytes read with nothing built: the FIT SDK's decode
 *       with a no-op listener, a StAX pass over every event, or inflating every zip entry.
 * </ul>
 *
 * Each run prints one line {@code result <records> <seconds> <peak heap MB> <peak live heap MB> <gc seconds>}: peak
 * heap is the most the heap held (garbage included), peak live heap the most that survived a collection.
 */
public final class FormatBench {
    private FormatBench() {}

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "generate" -> generate(args[1], Path.of(args[2]), Long.parseLong(args[3]));
            case "parse" ->
                measure(() -> {
                    AtomicLong n = new AtomicLong();
                    Path tmp = Files.createTempDirectory("format-bench");
                    new FileParsers(
                                    ParseLimits.defaults()
                                            .withMaxBytes(Long.MAX_VALUE)
                                            .withMaxAppleBytes(Long.MAX_VALUE),
                                    tmp)
                            .parse(Path.of(args[1]), args[2], b -> {}, m -> n.incrementAndGet());
                    Files.deleteIfExists(tmp);
                    return n.get();
                });
            case "bare" -> measure(() -> bare(args[1], Path.of(args[2])));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    interface Run {
        long run() throws Exception;
    }

    private static void measure(Run r) throws Exception {
        long[] liveMax = {0};
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                heapPools.add(p.getName());
            }
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (n, h) -> {
                                if (!n.getType()
                                        .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                                    return;
                                }
                                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                                long used = 0;
                                for (var e :
                                        info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                                    if (heapPools.contains(e.getKey())) {
                                        used += e.getValue().getUsed();
                                    }
                                }
                                synchronized (liveMax) {
                                    liveMax[0] = Math.max(liveMax[0], used);
                                }
                            },
                            null,
                            null);
        }
        // the heap in use (garbage included), sampled every 2 ms: per-pool peaks are reached at different times
        long[] peakUsed = {0};
        Runtime rt = Runtime.getRuntime();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakUsed[0] = Math.max(peakUsed[0], rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        long records = r.run();
        double s = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        sampler.join();
        long peak = peakUsed[0];
        long gcMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
        }
        Thread.sleep(200); // late GC notifications
        synchronized (liveMax) {
            System.out.printf(
                    Locale.ROOT,
                    "result %d %.2f %d %d %.2f%n",
                    records,
                    s,
                    peak >> 20,
                    liveMax[0] >> 20,
                    gcMillis / 1000.0);
        }
    }

    private static long bare(String kind, Path file) throws Exception {
        long n = 0;
        switch (kind) {
            case "fit" -> {
                long[] c = {0};
                new Decode().read(new java.io.ByteArrayInputStream(Files.readAllBytes(file)), m -> c[0]++);
                n = c[0];
            }
            case "xml" -> {
                try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                    XMLStreamReader x = SafeXml.reader(in, FileFormat.GPX);
                    while (x.hasNext()) {
                        x.next();
                        n++;
                    }
                }
            }
            case "zip" -> {
                byte[] buf = new byte[1 << 16];
                try (ZipInputStream z = new ZipInputStream(Files.newInputStream(file))) {
                    for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                        while (z.read(buf) > 0) {
                            // inflate only
                        }
                        n++;
                    }
                }
            }
            default -> throw new IllegalArgumentException(kind);
        }
        return n;
    }

    // ------------------------------------------------------------------------------------------------ generators
    static void generate(String format, Path file, long bytes) throws IOException {
        switch (format) {
            case "gpx" -> BigGpx.write(file, (int) (bytes / 213));
            case "fit" -> {
                int perSecond = FitFixtures.longRide(600, Instant.parse("2024-01-01T08:00:00Z")).length / 600;
                Files.write(
                        file,
                        FitFixtures.longRide(
                                (int) Math.max(60, bytes / Math.max(1, perSecond)),
                                Instant.parse("2024-01-01T08:00:00Z")));
            }
            case "tcx" -> tcx(file, bytes);
            case "apple" -> FilesBenchmark.generateApple(file, bytes);
            case "takeout" -> takeout(file, bytes);
            default -> throw new IllegalArgumentException(format);
        }
    }

    /** One TCX activity, one lap per 10 minutes, a trackpoint per second with HR, cadence, position, watts. */
    static void tcx(Path file, long bytes) throws IOException {
        DateTimeFormatter iso = DateTimeFormatter.ISO_INSTANT;
        Instant t = Instant.parse("2024-03-02T06:00:00Z");
        long points = bytes / 420;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase"
                    + " xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\""
                    + " xmlns:ns3=\"http://www.garmin.com/xmlschemas/ActivityExtension/v2\"><Activities>"
                    + "<Activity Sport=\"Biking\"><Id>" + iso.format(t) + "</Id>\n");
            double dist = 0;
            for (long i = 0; i < points; i++) {
                if (i % 600 == 0) {
                    if (i > 0) {
                        w.write("</Track></Lap>\n");
                    }
                    w.write("<Lap StartTime=\"" + iso.format(t) + "\"><TotalTimeSeconds>600</TotalTimeSeconds>"
                            + "<DistanceMeters>4800</DistanceMeters><Calories>150</Calories>"
                            + "<TriggerMethod>Distance</TriggerMethod><Track>\n");
                }
                dist += 8;
                w.write(String.format(
                        Locale.ROOT,
                        "<Trackpoint><Time>%s</Time><Position><LatitudeDegrees>%.6f</LatitudeDegrees>"
                                + "<LongitudeDegrees>%.6f</LongitudeDegrees></Position><AltitudeMeters>%.1f"
                                + "</AltitudeMeters><DistanceMeters>%.1f</DistanceMeters><HeartRateBpm><Value>%d"
                                + "</Value></HeartRateBpm><Cadence>%d</Cadence><Extensions><ns3:TPX><ns3:Watts>%d"
                                + "</ns3:Watts></ns3:TPX></Extensions></Trackpoint>\n",
                        iso.format(t),
                        47 + i * 0.00001,
                        8 + (i % 1000) * 0.00001,
                        400 + (i % 100) * 0.5,
                        dist,
                        100 + i % 80,
                        70 + i % 30,
                        150 + i % 150));
                t = t.plusSeconds(1);
            }
            w.write("</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n");
        }
    }

    /** A Takeout zip: one per-day CSV (96 quarter-hour rows) and one session JSON per day. */
    static void takeout(Path file, long bytes) throws IOException {
        LocalDate day = LocalDate.parse("2015-01-01");
        try (OutputStream os = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(os)) {
            long raw = 0;
            while (raw < bytes * 6) { // text compresses about 6:1
                StringBuilder csv = new StringBuilder("Start time,End time,Move Minutes count,Calories (kcal),"
                        + "Distance (m),Heart Points,Heart Minutes,Average heart rate (bpm),Max heart rate (bpm),"
                        + "Min heart rate (bpm),Average speed (m/s),Max speed (m/s),Min speed (m/s),Step count\n");
                for (int q = 0; q < 96; q++) {
                    String a = String.format(Locale.ROOT, "%02d:%02d:00.000+01:00", q / 4, q % 4 * 15);
                    String b = String.format(Locale.ROOT, "%02d:%02d:00.000+01:00", (q + 1) / 4 % 24, (q + 1) % 4 * 15);
                    csv.append(a)
                            .append(',')
                            .append(b)
                            .append(',')
                            .append(q % 10)
                            .append(',')
                            .append(20 + q % 7)
                            .append(".5,")
                            .append(100 + q)
                            .append(",1,1,")
                            .append(70 + q % 40)
                            .append(',')
                            .append(90 + q % 40)
                            .append(',')
                            .append(60)
                            .append(",1.2,2.0,0.5,")
                            .append(100 + q * 3)
                            .append('\n');
                }
                zip.putNextEntry(new ZipEntry("Takeout/Fit/Daily activity metrics/" + day + ".csv"));
                byte[] c = csv.toString().getBytes(StandardCharsets.UTF_8);
                zip.write(c);
                String session = "{\"fitnessActivity\":\"running\",\"startTime\":\"" + day
                        + "T07:00:00.000Z\",\"endTime\":\"" + day + "T07:30:00.000Z\",\"duration\":\"1800.000s\","
                        + "\"aggregate\":[{\"metricName\":\"com.google.calories.expended\",\"floatValue\":310.5},"
                        + "{\"metricName\":\"com.google.step_count.delta\",\"intValue\":4500}]}";
                zip.putNextEntry(new ZipEntry("Takeout/Fit/All Sessions/" + day + "T08_00_00.000+01_00_RUNNING.json"));
                zip.write(session.getBytes(StandardCharsets.UTF_8));
                raw += c.length + session.length();
                day = day.plusDays(1);
            }
        }
    }
}
