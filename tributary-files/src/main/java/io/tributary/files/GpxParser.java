package io.tributary.files;

import io.jenetics.jpx.GPX;
import io.jenetics.jpx.Track;
import io.jenetics.jpx.TrackSegment;
import io.jenetics.jpx.WayPoint;
import io.tributary.model.TerraDataModel;
import io.tributary.model.enums.ActivityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * GPX 1.0/1.1 tracks (read with jpx) → one Activity. Garmin {@code TrackPointExtension} ({@code hr}, {@code cad},
 * {@code atemp}) and the common {@code power}/{@code PowerInWatts} extensions are read; distance is the haversine
 * length of the track, elevation gain/loss the sum of climbs and descents between points. Gaps between track segments
 * count as pauses.
 */
public final class GpxParser {
    private final ParseLimits limits;

    public GpxParser(ParseLimits limits) {
        this.limits = limits;
    }

    public int parse(Path file, Consumer<TerraDataModel> sink) {
        try (InputStream in = Files.newInputStream(file)) {
            SafeXml.check(in, FileFormat.GPX, false, limits.maxXmlDepth());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        GPX gpx;
        try {
            gpx = GPX.Reader.of(GPX.Reader.Mode.LENIENT).read(file);
        } catch (IOException | RuntimeException e) {
            throw new FileParseException(FileFormat.GPX, "the GPX file could not be read: " + e.getMessage(), e);
        }
        ActivityAssembler a = new ActivityAssembler(limits.maxSamplesPerSeries());
        String type = null;
        String name = null;
        Instant lastSegmentEnd = null;
        for (Track t : gpx.getTracks()) {
            if (name == null) {
                name = t.getName().orElse(null);
            }
            if (type == null) {
                type = t.getType().orElse(null);
            }
            for (TrackSegment seg : t.getSegments()) {
                Instant segStart = null;
                Instant segEnd = null;
                for (WayPoint w : seg.getPoints()) {
                    if (w.getTime().isEmpty()) {
                        continue;
                    }
                    ActivityAssembler.Point p = new ActivityAssembler.Point();
                    p.time = w.getTime().get();
                    p.lat = w.getLatitude().doubleValue();
                    p.lon = w.getLongitude().doubleValue();
                    p.altitude = w.getElevation()
                            .map(l -> ActivityAssembler.round3(l.doubleValue()))
                            .orElse(null);
                    p.speed = w.getSpeed().map(s -> s.doubleValue()).orElse(null);
                    w.getExtensions().ifPresent(doc -> extensions(doc.getDocumentElement(), p, 0));
                    a.points.add(p);
                    if (segStart == null) {
                        segStart = p.time;
                    }
                    segEnd = p.time;
                }
                if (segStart != null) {
                    if (lastSegmentEnd != null && segStart.isAfter(lastSegmentEnd)) {
                        a.pauses.add(new Instant[] {lastSegmentEnd, segStart});
                    }
                    lastSegmentEnd = segEnd;
                }
            }
        }
        if (a.points.isEmpty()) {
            throw new FileParseException(
                    FileFormat.GPX,
                    "the GPX file has no track points with a time; routes and waypoints are not activities");
        }
        if (name == null) {
            name = gpx.getMetadata().flatMap(m -> m.getName()).orElse(null);
        }
        a.name = name;
        a.type = type == null ? ActivityType.OTHER.value() : typeOf(type).value();
        sink.accept(a.build());
        return 1;
    }

    static ActivityType typeOf(String type) {
        String t = type.trim();
        // Strava writes numeric types in some exports (1 ride, 9 run, 10 walk, 4 hike)
        return switch (t) {
            case "1" -> ActivityType.BIKING;
            case "9" -> ActivityType.RUNNING;
            case "10" -> ActivityType.WALKING;
            case "4" -> ActivityType.HIKING;
            default -> ActivityTypes.of(t, ActivityType.OTHER);
        };
    }

    private static void extensions(Node node, ActivityAssembler.Point p, int depth) {
        if (depth > 16) {
            return;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) {
                continue;
            }
            String n = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
            if (n.contains(":")) {
                n = n.substring(n.indexOf(':') + 1);
            }
            if (e.getFirstChild() != null
                    && e.getFirstChild().getNextSibling() == null
                    && e.getFirstChild().getNodeType() == Node.TEXT_NODE) {
                Double v = num(e.getTextContent());
                if (v != null) {
                    switch (n.toLowerCase(Locale.ROOT)) {
                        case "hr", "heartrate", "heart_rate" -> p.hr = v;
                        case "cad", "cadence", "runcadence" -> p.cadence = v;
                        case "atemp", "temp", "wtemp" -> p.temperature = v;
                        case "power", "powerinwatts", "watts" -> p.power = v;
                        case "speed" -> {
                            if (p.speed == null) {
                                p.speed = v;
                            }
                        }
                        default -> {}
                    }
                }
            } else {
                extensions(e, p, depth + 1);
            }
        }
    }

    static Double num(String s) {
        if (s == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(s.trim());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
