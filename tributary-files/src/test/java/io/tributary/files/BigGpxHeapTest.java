package io.tributary.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.model.Activity;
import java.io.File;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 24: a well-formed 45 MB GPX of 232,000 track points parses in a JVM with a 256 MB heap, in seconds and
 * without GC thrash (jpx, which held the whole document, spent minutes in full GCs). The file is generated into
 * {@code target/} and parsed by a child JVM started with {@code -Xmx256m}.
 */
class BigGpxHeapTest {
    static final int POINTS = 232_000;

    @Test
    @Timeout(180)
    void a45MbGpxParsesIn256MbOfHeap() throws Exception {
        Path file = Path.of("target", "big-45mb.gpx").toAbsolutePath();
        Files.createDirectories(file.getParent());
        BigGpx.write(file, POINTS);
        assertThat(Files.size(file))
                .isBetween(40_000_000L, ParseLimits.defaults().maxBytes());

        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Child.class.getName(),
                        file.toString())
                .redirectErrorStream(true)
                .start();
        boolean done = p.waitFor(150, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        System.out.println(out);
        assertThat(done).as("the child finished: %s", out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> lines = out.lines().filter(l -> l.startsWith("result ")).toList();
        assertThat(lines).as(out).hasSize(1);
        String[] f = lines.get(0).split(" ");
        // 232,000 points with HR, thinned evenly to at most 200,000 samples per series: every second point
        assertThat(Integer.parseInt(f[1])).isEqualTo(POINTS / 2);
        assertThat(Integer.parseInt(f[2])).isEqualTo(POINTS / 2);
        double seconds = Double.parseDouble(f[3]);
        double gcSeconds = Double.parseDouble(f[4]);
        assertThat(seconds).as(out).isLessThan(90);
        // no thrash: the collector takes a minor share of the parse (jpx: 219 s of 7.7 min)
        assertThat(gcSeconds).as(out).isLessThan(Math.max(5, seconds * 0.5));
        Files.deleteIfExists(file);
    }

    /** Parses the file given as argument and prints {@code result <hr samples> <positions> <s> <gc s>}. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            long t0 = System.nanoTime();
            Activity[] a = new Activity[1];
            new FileParsers(ParseLimits.defaults(), new File(System.getProperty("java.io.tmpdir")).toPath())
                    .parse(Path.of(args[0]), "big.gpx", b -> {}, m -> a[0] = (Activity) m);
            double s = (System.nanoTime() - t0) / 1e9;
            long gc = 0;
            for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
                gc += Math.max(0, b.getCollectionTime());
            }
            System.out.printf(
                    java.util.Locale.ROOT,
                    "result %d %d %.2f %.2f%n",
                    a[0].heartRateData().detailed().hrSamples().size(),
                    a[0].positionData().positionSamples().size(),
                    s,
                    gc / 1000.0);
        }
    }
}
