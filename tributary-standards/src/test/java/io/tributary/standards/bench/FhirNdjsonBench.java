package io.tributary.standards.bench;

import io.tributary.connectors.sandbox.SandboxGenerator;
import io.tributary.model.Daily;
import io.tributary.model.TerraDataModel;
import io.tributary.standards.fhir.FhirJson;
import io.tributary.standards.fhir.FhirMapper;
import io.tributary.standards.fhir.Resources;
import io.tributary.standards.fhir.Subject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Resource;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * FHIR NDJSON export of USERS × DAYS of daily data (bench/fhir-bench.sh): per user, a year of sandbox dailies is
 * generated (not timed), then (1) mapped to FHIR and written as NDJSON, one stream per resource type, as the bulk
 * export writes its files, and (2) as the ceiling, the same records written as plain JSON lines with Jackson. Both
 * write into counting sinks (bytes are produced, not stored), timed in thread CPU time, alternating per user so
 * machine load hits both alike. Prints a Markdown table.
 */
public final class FhirNdjsonBench {
    static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    public static void main(String[] args) throws IOException {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 365;
        var threads = ManagementFactory.getThreadMXBean();
        ObjectWriter plain = JsonMapper.builder().build().writer();
        LocalDate first = LocalDate.of(2025, 1, 1);
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        Map<String, Counting> fhirSinks = new HashMap<>();
        Map<String, Writer> fhirWriters = new HashMap<>();
        Counting plainSink = new Counting();
        long fhirNanos = 0, plainNanos = 0, resources = 0, records = 0;
        long wall0 = System.nanoTime();
        for (int u = 0; u < users; u++) {
            String userId = UUID.nameUUIDFromBytes(("bench-user-" + u).getBytes(StandardCharsets.UTF_8))
                    .toString();
            SandboxGenerator g = new SandboxGenerator(userId);
            List<TerraDataModel> year = new ArrayList<>(days);
            for (int d = 0; d < days; d++)
                year.add(g.daily(first.plusDays(d), now).withoutSamples());
            records += year.size();
            Subject subject = new Subject(userId, "ref-" + u, "SANDBOX", true);
            // (1) FHIR NDJSON
            long t0 = threads.getCurrentThreadCpuTime();
            resources += line(Resources.patient(subject), fhirSinks, fhirWriters);
            java.util.Set<String> devices = new java.util.HashSet<>();
            for (TerraDataModel r : year) {
                for (Resource res : FhirJson.resources(FhirMapper.map(subject, r))) {
                    if (res instanceof org.hl7.fhir.r4.model.Device && !devices.add(res.getIdPart())) continue;
                    resources += line(res, fhirSinks, fhirWriters);
                }
            }
            for (Writer w : fhirWriters.values()) w.flush();
            long t1 = threads.getCurrentThreadCpuTime();
            // (2) the ceiling: the same records as plain JSON lines
            for (TerraDataModel r : year) {
                plainSink.write(plain.writeValueAsBytes((Daily) r));
                plainSink.write('\n');
            }
            long t2 = threads.getCurrentThreadCpuTime();
            fhirNanos += t1 - t0;
            plainNanos += t2 - t1;
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        long fhirBytes = fhirSinks.values().stream().mapToLong(c -> c.bytes).sum();
        System.gc();
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf(
                "%d users × %d days = %,d daily records; wall %.1f s (generation included); heap max %d MiB,"
                        + " peak used %d MiB (garbage included), live after GC %d MiB%n%n",
                users, days, records, wall, max >> 20, peak >> 20, live >> 20);
        System.out.println("| output | records | resources / lines | MB | CPU s | records/s | resources/s | MB/s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        row("FHIR NDJSON (map + HAPI JSON)", records, resources, fhirBytes, fhirNanos);
        row("plain JSON lines (Jackson, ceiling)", records, records, plainSink.bytes, plainNanos);
        System.out.printf(
                "%nNDJSON files: %s%n",
                fhirSinks.entrySet().stream()
                        .map(e -> e.getKey() + ".ndjson " + (e.getValue().bytes >> 20) + " MiB")
                        .sorted()
                        .toList());
    }

    private static int line(Resource r, Map<String, Counting> sinks, Map<String, Writer> writers) throws IOException {
        Writer w = writers.computeIfAbsent(r.fhirType(), t -> {
            Counting c = new Counting();
            sinks.put(t, c);
            return new java.io.BufferedWriter(new OutputStreamWriter(c, StandardCharsets.UTF_8), 1 << 16);
        });
        FhirJson.write(r, w);
        w.write('\n');
        return 1;
    }

    private static void row(String name, long records, long lines, long bytes, long cpuNanos) {
        double s = cpuNanos / 1e9;
        System.out.printf(
                "| %s | %,d | %,d | %.1f | %.1f | %,.0f | %,.0f | %.1f |%n",
                name, records, lines, bytes / 1e6, s, records / s, lines / s, bytes / 1e6 / s);
    }
}
