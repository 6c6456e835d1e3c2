package io.tributary.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tributary.model.Activity;
import io.tributary.model.TerraDataModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class RobustnessTest {
    @TempDir
    Path dir;

    private void assertFails(String name, byte[] content, String... messageParts) {
        assertThatThrownBy(() -> Fixtures.parse(dir, name, content))
                .isInstanceOf(FileParseException.class)
                .satisfies(e -> {
                    for (String p : messageParts) {
                        assertThat(e.getMessage()).containsIgnoringCase(p);
                    }
                });
    }

    private void assertFails(String name, String content, String... messageParts) {
        assertFails(name, content.getBytes(StandardCharsets.UTF_8), messageParts);
    }

    @Test
    void emptyFile() {
        assertFails("run.fit", new byte[0], "empty");
    }

    @Test
    void truncatedFitNamesTheTruncation() {
        byte[] fit = FitFixtures.run();
        assertFails("run.fit", Arrays.copyOf(fit, fit.length / 2), "truncated");
        assertFails("run.fit", Arrays.copyOf(fit, 13), "truncated");
    }

    @Test
    void corruptFitFailsItsCrc() {
        byte[] fit = FitFixtures.run();
        fit[fit.length / 2] ^= 0x5A;
        assertFails("run.fit", fit, "corrupt", "CRC");
    }

    @Test
    void randomBytesAreAnUnknownFormat() {
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] junk = new byte[1 + random.nextInt(8192)];
            random.nextBytes(junk);
            assertThatThrownBy(() -> Fixtures.parse(dir, "junk.bin", junk)).isInstanceOf(FileParseException.class);
        }
    }

    @Test
    void randomBytesBehindAFitHeaderFailCleanly() {
        Random random = new Random(7);
        byte[] header = Arrays.copyOf(FitFixtures.run(), 14);
        for (int i = 0; i < 50; i++) {
            byte[] junk = new byte[14 + random.nextInt(4096)];
            random.nextBytes(junk);
            System.arraycopy(header, 0, junk, 0, 14);
            assertThatThrownBy(() -> Fixtures.parse(dir, "junk.fit", junk)).isInstanceOf(FileParseException.class);
        }
    }

    @Test
    void mutatedFitFilesNeverCrash() {
        byte[] good = FitFixtures.swim();
        Random random = new Random(3);
        for (int i = 0; i < 100; i++) {
            byte[] bad = good.clone();
            for (int j = 0; j < 3; j++) {
                bad[14 + random.nextInt(bad.length - 16)] = (byte) random.nextInt(256);
            }
            try {
                Fixtures.parse(dir, "m.fit", bad);
            } catch (FileParseException expected) {
                // a clear error is the only acceptable failure
            }
        }
    }

    @Test
    void wrongExtensionsDoNotMatterContentWins() {
        List<TerraDataModel> items = Fixtures.parse(dir, "looks-like.gpx", FitFixtures.run());
        assertThat(items).hasSize(1).first().isInstanceOf(Activity.class);
        List<TerraDataModel> gpx = Fixtures.parse(dir, "track.fit", Fixtures.resource("track.gpx"));
        assertThat(gpx).hasSize(1);
        assertFails("notes.fit", "just some text", "unrecognised", ".fit");
        assertFails("data.zip", "{\"hello\": 1}", "unrecognised");
    }

    @Test
    void truncatedXmlFilesAreReportedAsSuch() {
        String gpx = new String(Fixtures.resource("track.gpx"), StandardCharsets.UTF_8);
        assertFails("t.gpx", gpx.substring(0, gpx.length() / 2), "not well-formed");
        String tcx = new String(Fixtures.resource("ride.tcx"), StandardCharsets.UTF_8);
        assertFails("t.tcx", tcx.substring(0, tcx.length() / 2), "not well-formed");
        String apple = new String(Fixtures.resource("export.xml"), StandardCharsets.UTF_8);
        assertFails("export.xml", apple.substring(0, apple.length() * 2 / 3), "not well-formed");
    }

    @Test
    void externalEntitiesAreRefused() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxeGpx = "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<gpx version=\"1.1\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><name>&xxe;</name><trkseg>"
                + "<trkpt lat=\"1\" lon=\"1\"><time>2024-01-01T00:00:00Z</time></trkpt></trkseg></trk></gpx>";
        assertFails("x.gpx", xxeGpx, "DOCTYPE");
        String xxeTcx = "<?xml version=\"1.0\"?>\n<!DOCTYPE TrainingCenterDatabase [<!ENTITY xxe SYSTEM \""
                + secret.toUri()
                + "\">]>\n<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Id>&xxe;</Id>"
                + "</Activity></Activities></TrainingCenterDatabase>";
        assertFails("x.tcx", xxeTcx, "DOCTYPE");
        String xxeApple = "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n<HealthData locale=\"en\"><Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"&xxe;\""
                + " unit=\"count\" startDate=\"2024-01-01 10:00:00 +0000\" endDate=\"2024-01-01 10:01:00 +0000\" value=\"5\"/>"
                + "</HealthData>";
        assertThatThrownBy(() -> Fixtures.parse(dir, "export.xml", xxeApple))
                .isInstanceOf(FileParseException.class)
                .hasMessageContaining("entit")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
    }

    @Test
    void externalDtdIsNeverFetched() {
        // a DTD on an unroutable address: if it were fetched the test would hang or fail with a network error
        String apple = "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData SYSTEM \"http://10.255.255.1/evil.dtd\">\n"
                + "<HealthData locale=\"en\"><Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"x\""
                + " unit=\"count\" startDate=\"2024-01-01 10:00:00 +0000\" endDate=\"2024-01-01 10:01:00 +0000\" value=\"5\"/>"
                + "</HealthData>";
        long t0 = System.nanoTime();
        List<TerraDataModel> items = Fixtures.parse(dir, "export.xml", apple);
        assertThat(items).hasSize(1);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }

    static String billionLaughs(String root) {
        StringBuilder sb =
                new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n <!ENTITY lol \"lol\">\n");
        sb.append(" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            sb.append(" <!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                sb.append("&lol").append(i - 1).append(';');
            }
            sb.append("\">\n");
        }
        sb.append("]>\n<").append(root).append(">&lol9;</").append(root).append(">");
        return sb.toString();
    }

    @Test
    void billionLaughsIsRefusedQuickly() {
        assertFails("export.xml", billionLaughs("HealthData"), "entit");
        assertFails("x.gpx", billionLaughs("gpx"), "DOCTYPE");
        assertFails("x.tcx", billionLaughs("TrainingCenterDatabase"), "DOCTYPE");
    }

    @Test
    void deeplyNestedDocumentsAreRefused() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><TrainingCenterDatabase>");
        sb.append("<a>".repeat(5000)).append("</a>".repeat(5000)).append("</TrainingCenterDatabase>");
        assertFails("deep.tcx", sb.toString(), "deeper than");
        String apple = "<HealthData>" + "<a>".repeat(5000) + "</a>".repeat(5000) + "</HealthData>";
        assertFails("export.xml", apple, "deeper than");
        String gpx = "<gpx version=\"1.1\">" + "<a>".repeat(5000) + "</a>".repeat(5000) + "</gpx>";
        assertFails("deep.gpx", gpx, "deeper than");
        String json = "{\"fitnessActivity\":\"running\",\"startTime\":\"2024-01-01T00:00:00Z\",\"endTime\":\"x\",\"n\":"
                + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertFails("2024-01-01T00_00_00+00_00_RUNNING.json", json, "session");
    }

    @Test
    void zipBombIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("apple_health_export/export.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            zip.write("<?xml version=\"1.0\"?>\n<HealthData locale=\"en\">".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 40; i++) {
                zip.write(spaces);
            }
            zip.write("</HealthData>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertFails("export.zip", bytes.toByteArray(), "zip bomb");
    }

    @Test
    void tooManyZipEntriesAreRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < 20; i++) {
                zip.putNextEntry(new ZipEntry("apple_health_export/f" + i + ".txt"));
                zip.write(1);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("apple_health_export/export.xml"));
            zip.write("<HealthData/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        FileParsers parsers = new FileParsers(ParseLimits.defaults().withMaxZipEntries(10), dir);
        assertThatThrownBy(() -> Fixtures.parse(dir, "export.zip", bytes.toByteArray(), parsers))
                .isInstanceOf(FileParseException.class)
                .hasMessageContaining("more than 10 entries");
    }

    @Test
    void oversizedFilesAreRefusedBeforeParsing() {
        FileParsers parsers = new FileParsers(ParseLimits.defaults().withMaxBytes(1000), dir);
        assertThatThrownBy(() -> Fixtures.parse(dir, "run.fit", FitFixtures.run(), parsers))
                .isInstanceOf(FileParseException.class)
                .hasMessageContaining("more than the limit of 1000 bytes");
    }

    @Test
    void corruptZipIsReported() {
        byte[] zip = new byte[200];
        zip[0] = 'P';
        zip[1] = 'K';
        zip[2] = 3;
        zip[3] = 4;
        assertFails("export.zip", zip, "zip");
    }

    @Test
    void xmlThatIsNoneOfOurFormats() {
        assertFails("x.xml", "<?xml version=\"1.0\"?><html><body/></html>", "unrecognised");
    }
}
