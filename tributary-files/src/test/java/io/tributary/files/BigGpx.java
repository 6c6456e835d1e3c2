package io.tributary.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a well-formed GPX of {@code points} one-second track points (position, elevation, time, Garmin
 * TrackPointExtension heart rate and cadence; a new segment every 50,000 points), the shape of issue 24's 45 MB file
 * (232,000 points). Generated where it is used, never committed.
 */
public final class BigGpx {
    private BigGpx() {}

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    public static void write(Path file, int points) throws IOException {
        DateTimeFormatter iso = DateTimeFormatter.ISO_INSTANT;
        Instant t = Instant.parse("2024-03-01T06:00:00Z");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"Tributary bench\""
                    + " xmlns=\"http://www.topografix.com/GPX/1/1\""
                    + " xmlns:ns3=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">"
                    + "<metadata><name>Long ride</name></metadata><trk><name>Long ride</name><type>cycling</type>"
                    + "<trkseg>\n");
            double lat = 47.0;
            double lon = 8.0;
            double ele = 400.0;
            for (int i = 0; i < points; i++) {
                if (i > 0 && i % 50_000 == 0) {
                    w.write("</trkseg><trkseg>\n");
                    t = t.plusSeconds(60);
                }
                lat += ((i * 7 % 13) - 6) * 0.00001;
                lon += ((i * 11 % 17) - 8) * 0.00001;
                ele += ((i * 5 % 11) - 5) * 0.1;
                w.write(String.format(
                        Locale.ROOT,
                        "<trkpt lat=\"%.6f\" lon=\"%.6f\"><ele>%.1f</ele><time>%s</time><extensions>"
                                + "<ns3:TrackPointExtension><ns3:hr>%d</ns3:hr><ns3:cad>%d</ns3:cad>"
                                + "</ns3:TrackPointExtension></extensions></trkpt>\n",
                        lat,
                        lon,
                        ele,
                        iso.format(t),
                        90 + i % 90,
                        60 + i % 40));
                t = t.plusSeconds(1);
            }
            w.write("</trkseg></trk></gpx>\n");
        }
    }
}
