package io.tributary.files;

import com.garmin.fit.Decode;
import io.tributary.model.TerraDataModel;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmarks for the file parsers (run by {@code bench/files-bench.sh}; not a unit test).
 *
 * <ul>
 *   <li>{@code fit}: decode+map throughput of {@link FitParser} against the FIT SDK's bare {@link Decode} of the
 *       same files (no-op listener);
 *   <li>{@code apple-generate <file> <bytes>}: writes a synthetic Apple Health export.xml of about that size;
 *   <li>{@code apple <file>}: parses it (run with -Xmx256m) and prints time, records and peak heap.
 * </ul>
 */
public final class FilesBenchmark {
    private FilesBenchmark() {}

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "fit" -> fit(args.length > 1 ? Integer.parseInt(args[1]) : 10);
            case "apple-generate" -> generateApple(Path.of(args[1]), Long.parseLong(args[2]));
            case "apple" -> apple(Path.of(args[1]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void fit(int seconds) {
        List<byte[]> files = new ArrayList<>();
        int[] lengths = {600, 3600, 7200, 14400};
        for (int i = 0; i < lengths.length; i++) {
            files.add(FitFixtures.longRide(
                    lengths[i], Instant.parse("2024-01-01T08:00:00Z").plusSeconds(86400L * i)));
        }
        files.add(FitFixtures.run());
        long totalBytes = files.stream().mapToLong(b -> b.length).sum();
        // warm up both paths, then alternate rounds and measure thread CPU time (robust on a shared machine)
        runBare(files, 2_000);
        runOurs(files, 2_000);
        double bareBytes = 0;
        double bareCpu = 0;
        double oursBytes = 0;
        double oursCpu = 0;
        for (int round = 0; round < seconds; round++) {
            double[] b = measure(files, true);
            double[] o = measure(files, false);
            bareBytes += b[0];
            bareCpu += b[1];
            oursBytes += o[0];
            oursCpu += o[1];
        }
        double bare = bareBytes / bareCpu / 1e6;
        double ours = oursBytes / oursCpu / 1e6;
        System.out.println("| Measurement | Files per pass | Bytes per pass | MB/s | Share of bare SDK decode |");
        System.out.println("|---|---|---|---|---|");
        System.out.printf(
                Locale.ROOT,
                "| FIT SDK bare decode (no-op listener) | %d | %d | %.1f (CPU) | 100%% |%n",
                files.size(),
                totalBytes,
                bare);
        System.out.printf(
                Locale.ROOT,
                "| Tributary FIT decode + CRC check + map to Terra | %d | %d | %.1f (CPU) | %.0f%% |%n",
                files.size(),
                totalBytes,
                ours,
                100.0 * ours / bare);
    }

    /** One second of decoding: {bytes, CPU seconds}. */
    private static double[] measure(List<byte[]> files, boolean bare) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long bytes = 0;
        long[] count = {0};
        FitParser parser = new FitParser(ParseLimits.defaults());
        do {
            for (byte[] f : files) {
                if (bare) {
                    new Decode().read(new ByteArrayInputStream(f), m -> count[0]++);
                } else {
                    parser.parse(f, x -> count[0]++);
                }
                bytes += f.length;
            }
        } while (System.nanoTime() - t0 < 1_000_000_000L);
        return new double[] {bytes, (mx.getCurrentThreadCpuTime() - c0) / 1e9};
    }

    private static double runBare(List<byte[]> files, long millis) {
        long bytes = 0;
        long t0 = System.nanoTime();
        long deadline = t0 + millis * 1_000_000L;
        long[] count = {0};
        do {
            for (byte[] f : files) {
                new Decode().read(new ByteArrayInputStream(f), m -> count[0]++);
                bytes += f.length;
            }
        } while (System.nanoTime() < deadline);
        double s = (System.nanoTime() - t0) / 1e9;
        return bytes / s / 1e6;
    }

    private static double runOurs(List<byte[]> files, long millis) {
        long bytes = 0;
        long t0 = System.nanoTime();
        long deadline = t0 + millis * 1_000_000L;
        FitParser parser = new FitParser(ParseLimits.defaults());
        long[] count = {0};
        do {
            for (byte[] f : files) {
                parser.parse(f, x -> count[0]++);
                bytes += f.length;
            }
        } while (System.nanoTime() < deadline);
        double s = (System.nanoTime() - t0) / 1e9;
        return bytes / s / 1e6;
    }

    // ------------------------------------------------------------------------------------------------ Apple
    private static final DateTimeFormatter APPLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * A synthetic export: 10 years of minute-ish heart rate, steps, distance and energy records, a weight per
     * week, nightly sleep stages with a respiratory rate every 30 min, and a workout every other day with a running
     * speed and power reading every 10 s (as an Apple Watch writes them), until {@code targetBytes} is reached.
     */
    static void generateApple(Path file, long targetBytes) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE HealthData [\n"
                            + "<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>\n"
                            + "<!ATTLIST HealthData locale CDATA #REQUIRED>\n]>\n<HealthData locale=\"en_US\">\n"
                            + " <ExportDate value=\"2025-01-01 09:00:00 +0100\"/>\n <Me HKCharacteristicTypeIdentifierDateOfBirth=\"1990-01-01\"/>\n");
            long written = 300;
            LocalDateTime day = LocalDateTime.parse("2015-01-01T00:00:00");
            int d = 0;
            StringBuilder sb = new StringBuilder(1 << 16);
            while (written < targetBytes) {
                String off = (day.getMonthValue() >= 4 && day.getMonthValue() <= 10) ? "+0200" : "+0100";
                sb.setLength(0);
                for (int minute = 0; minute < 1440; minute += 4) {
                    LocalDateTime t = day.plusMinutes(minute);
                    String ts = APPLE.format(t) + " " + off;
                    String te = APPLE.format(t.plusMinutes(1)) + " " + off;
                    record(
                            sb,
                            "HKQuantityTypeIdentifierHeartRate",
                            "Apple Watch",
                            "count/min",
                            ts,
                            ts,
                            Integer.toString(55 + (minute * 7 + d) % 90));
                    if (minute % 12 == 0 && minute >= 420 && minute <= 1320) {
                        record(
                                sb,
                                "HKQuantityTypeIdentifierStepCount",
                                "iPhone",
                                "count",
                                ts,
                                te,
                                Integer.toString(20 + (minute + d) % 200));
                        record(
                                sb,
                                "HKQuantityTypeIdentifierDistanceWalkingRunning",
                                "iPhone",
                                "km",
                                ts,
                                te,
                                String.format(Locale.ROOT, "%.4f", 0.015 + ((minute + d) % 200) * 0.0007));
                        record(
                                sb,
                                "HKQuantityTypeIdentifierActiveEnergyBurned",
                                "Apple Watch",
                                "kcal",
                                ts,
                                te,
                                String.format(Locale.ROOT, "%.3f", 1.5 + (minute % 50) * 0.1));
                    }
                }
                String dayStart = APPLE.format(day) + " " + off;
                record(
                        sb,
                        "HKQuantityTypeIdentifierBasalEnergyBurned",
                        "Apple Watch",
                        "kcal",
                        dayStart,
                        APPLE.format(day.plusHours(23).plusMinutes(59)) + " " + off,
                        "1650");
                if (d % 7 == 0) {
                    String t = APPLE.format(day.plusHours(7)) + " " + off;
                    record(
                            sb,
                            "HKQuantityTypeIdentifierBodyMass",
                            "Withings",
                            "kg",
                            t,
                            t,
                            String.format(Locale.ROOT, "%.1f", 70 + (d % 30) * 0.1));
                }
                // sleep 23:00 → 07:00 in four stages
                LocalDateTime s0 = day.plusHours(23);
                String[] stages = {"AsleepCore", "AsleepDeep", "AsleepREM", "AsleepCore"};
                for (int i = 0; i < 4; i++) {
                    sb.append(" <Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"Apple Watch\" "
                                    + "creationDate=\"")
                            .append(APPLE.format(s0.plusHours(8)))
                            .append(' ')
                            .append(off)
                            .append("\" startDate=\"")
                            .append(APPLE.format(s0.plusHours(2L * i)))
                            .append(' ')
                            .append(off)
                            .append("\" endDate=\"")
                            .append(APPLE.format(s0.plusHours(2L * i + 2)))
                            .append(' ')
                            .append(off)
                            .append("\" value=\"HKCategoryValueSleepAnalysis")
                            .append(stages[i])
                            .append("\"/>\n");
                }
                for (int m = 30; m < 480; m += 30) {
                    String t = APPLE.format(s0.plusMinutes(m)) + " " + off;
                    record(
                            sb,
                            "HKQuantityTypeIdentifierRespiratoryRate",
                            "Apple Watch",
                            "count/min",
                            t,
                            t,
                            Integer.toString(12 + (m / 30 + d) % 6));
                }
                if (d % 2 == 0) {
                    String ws = APPLE.format(day.plusHours(18)) + " " + off;
                    String we = APPLE.format(day.plusHours(18).plusMinutes(45)) + " " + off;
                    sb.append(" <Workout workoutActivityType=\"HKWorkoutActivityTypeRunning\" duration=\"45\" "
                                    + "durationUnit=\"min\" sourceName=\"Apple Watch\" creationDate=\"")
                            .append(we)
                            .append("\" startDate=\"")
                            .append(ws)
                            .append("\" endDate=\"")
                            .append(we)
                            .append("\">\n  <WorkoutStatistics type=\"HKQuantityTypeIdentifierHeartRate\" "
                                    + "startDate=\"")
                            .append(ws)
                            .append("\" endDate=\"")
                            .append(we)
                            .append("\" average=\"142\" minimum=\"95\" maximum=\"171\" unit=\"count/min\"/>\n"
                                    + "  <WorkoutStatistics type=\"HKQuantityTypeIdentifierDistanceWalkingRunning\" "
                                    + "startDate=\"")
                            .append(ws)
                            .append("\" endDate=\"")
                            .append(we)
                            .append("\" sum=\"8.2\" unit=\"km\"/>\n </Workout>\n");
                    for (int sec = 0; sec < 45 * 60; sec += 10) {
                        LocalDateTime t = day.plusHours(18).plusSeconds(sec);
                        String ts = APPLE.format(t) + " " + off;
                        String te = APPLE.format(t.plusSeconds(5)) + " " + off;
                        record(
                                sb,
                                "HKQuantityTypeIdentifierRunningSpeed",
                                "Apple Watch",
                                "km/hr",
                                ts,
                                te,
                                String.format(Locale.ROOT, "%.2f", 10 + (sec % 300) / 100.0));
                        record(
                                sb,
                                "HKQuantityTypeIdentifierRunningPower",
                                "Apple Watch",
                                "W",
                                ts,
                                te,
                                Integer.toString(230 + (sec % 170) / 10));
                    }
                }
                sb.append(" <ActivitySummary dateComponents=\"")
                        .append(day.toLocalDate())
                        .append("\" activeEnergyBurned=\"450\" activeEnergyBurnedGoal=\"500\" "
                                + "activeEnergyBurnedUnit=\"kcal\" appleExerciseTime=\"35\" appleExerciseTimeGoal=\"30\" "
                                + "appleStandHours=\"11\" appleStandHoursGoal=\"12\"/>\n");
                w.write(sb.toString());
                written += sb.length();
                day = day.plusDays(1);
                d++;
            }
            w.write("</HealthData>\n");
        }
        System.out.printf(Locale.ROOT, "generated %s: %d bytes%n", file, Files.size(file));
    }

    private static void record(
            StringBuilder sb, String type, String source, String unit, String start, String end, String value) {
        sb.append(" <Record type=\"")
                .append(type)
                .append("\" sourceName=\"")
                .append(source)
                .append("\" sourceVersion=\"10.4\" unit=\"")
                .append(unit)
                .append("\" creationDate=\"")
                .append(end)
                .append("\" startDate=\"")
                .append(start)
                .append("\" endDate=\"")
                .append(end)
                .append("\" value=\"")
                .append(value)
                .append("\"/>\n");
    }

    static void apple(Path file) throws IOException {
        long size = Files.size(file);
        AtomicLong records = new AtomicLong();
        long[] peak = {0};
        Runtime rt = Runtime.getRuntime();
        Path tmp = Files.createTempDirectory("tributary-bench-spill");
        long t0 = System.nanoTime();
        new FileParsers(ParseLimits.defaults().withMaxAppleBytes(Long.MAX_VALUE), tmp)
                .parse(
                        file,
                        "export.xml",
                        b -> peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory()),
                        (TerraDataModel item) -> {
                            records.incrementAndGet();
                            peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
                        });
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.println("| Measurement | Input | Max heap | Time | Throughput | Terra records | Peak heap seen |");
        System.out.println("|---|---|---|---|---|---|---|");
        System.out.printf(
                Locale.ROOT,
                "| Apple Health export.xml parse (stream + spill + emit) | %.2f GB | %d MB | %.1f s | %.1f MB/s | %d | %d MB |%n",
                size / 1e9,
                rt.maxMemory() >> 20,
                s,
                size / s / 1e6,
                records.get(),
                peak[0] >> 20);
        Files.deleteIfExists(tmp);
    }
}
