package io.tributary.files;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one GPX reader (files and Apple workout routes): one StAX pass over {@code gpx/trk/trkseg/trkpt}, each point
 * handed to a list as soon as it ends (one {@link ActivityAssembler.Point} is reused, so nothing per point is kept
 * but what the list stores). Elements are matched by local name, whatever their namespace or prefix, as GPX
 * writers disagree on both.
 */
final class GpxTrackReader {
    /** Extension values are read down to this many levels below {@code <extensions>}. */
    private static final int EXTENSION_LEVELS = 17;

    private static final int MAX_TEXT = 100_000;

    /** What a GPX holds besides its points. */
    record Track(String trackName, String type, String metadataName, List<Instant[]> pauses) {}

    private final FileFormat format;
    private final int maxDepth;
    private final boolean roundAltitude;
    private final int maxPoints;

    /**
     * @param roundAltitude round elevations to millimetres (GPX files; Apple routes keep theirs as written)
     * @param maxPoints points beyond this many are dropped (Apple routes; files are thinned by the assembler)
     */
    GpxTrackReader(FileFormat format, int maxDepth, boolean roundAltitude, int maxPoints) {
        this.format = format;
        this.maxDepth = maxDepth;
        this.roundAltitude = roundAltitude;
        this.maxPoints = maxPoints;
    }

    Track read(InputStream in, List<ActivityAssembler.Point> points) {
        XMLStreamReader r = SafeXml.reader(in, format);
        try {
            return read(r, points);
        } catch (XMLStreamException e) {
            throw SafeXml.error(format, e);
        } finally {
            SafeXml.close(r);
        }
    }

    private Track read(XMLStreamReader r, List<ActivityAssembler.Point> points) throws XMLStreamException {
        String[] path = new String[maxDepth + 2];
        boolean[] hasChild = new boolean[maxDepth + 2];
        int depth = 0;
        StringBuilder text = new StringBuilder();
        String trackName = null;
        String type = null;
        String metadataName = null;
        List<Instant[]> pauses = new ArrayList<>();
        Instant lastSegmentEnd = null;
        Instant segStart = null;
        Instant segEnd = null;
        ActivityAssembler.Point p = new ActivityAssembler.Point();
        boolean inPoint = false;
        boolean validPosition = false;
        Double extensionSpeed = null;
        int pointDepth = -1;
        int extensionDepth = -1;
        int added = 0;
        while (r.hasNext()) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (depth >= maxDepth) {
                        throw SafeXml.tooDeep(format, maxDepth);
                    }
                    hasChild[depth] = true;
                    String n = r.getLocalName();
                    String parent = depth == 0 ? "" : path[depth];
                    path[++depth] = n;
                    hasChild[depth] = false;
                    text.setLength(0);
                    if (!inPoint && n.equals("trkpt") && parent.equals("trkseg")) {
                        inPoint = true;
                        pointDepth = depth;
                        reset(p);
                        extensionSpeed = null;
                        p.lat = GpxParser.num(r.getAttributeValue(null, "lat"));
                        p.lon = GpxParser.num(r.getAttributeValue(null, "lon"));
                        validPosition =
                                p.lat != null && p.lon != null && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180;
                    } else if (n.equals("trkseg") && parent.equals("trk")) {
                        segStart = null;
                        segEnd = null;
                    } else if (inPoint && n.equals("extensions") && depth == pointDepth + 1) {
                        extensionDepth = depth;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() < MAX_TEXT) {
                        text.append(r.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    String n = path[depth];
                    String parent = depth < 2 ? "" : path[depth - 1];
                    boolean leaf = !hasChild[depth];
                    if (inPoint) {
                        if (depth == pointDepth) {
                            if (p.time != null && validPosition && added < maxPoints) {
                                if (p.speed == null) {
                                    p.speed = extensionSpeed;
                                }
                                points.add(p);
                                added++;
                                if (segStart == null) {
                                    segStart = p.time;
                                }
                                segEnd = p.time;
                            }
                            inPoint = false;
                            extensionDepth = -1;
                        } else if (extensionDepth > 0 && depth > extensionDepth) {
                            if (leaf && text.length() > 0 && depth - extensionDepth <= EXTENSION_LEVELS) {
                                Double v = GpxParser.num(text.toString());
                                if (v != null) {
                                    if (n.equalsIgnoreCase("speed")) {
                                        if (extensionSpeed == null) {
                                            extensionSpeed = v;
                                        }
                                    } else {
                                        extension(n, v, p);
                                    }
                                }
                            }
                        } else if (depth == extensionDepth) {
                            extensionDepth = -1;
                        } else if (depth == pointDepth + 1) {
                            switch (n) {
                                case "ele" -> {
                                    Double v = GpxParser.num(text.toString());
                                    p.altitude = v == null || !roundAltitude ? v : ActivityAssembler.round3(v);
                                }
                                case "time" -> p.time = time(text.toString());
                                case "speed" -> p.speed = GpxParser.num(text.toString());
                                default -> {}
                            }
                        }
                    } else if (n.equals("trkseg") && parent.equals("trk")) {
                        if (segStart != null) {
                            if (lastSegmentEnd != null && segStart.isAfter(lastSegmentEnd)) {
                                pauses.add(new Instant[] {lastSegmentEnd, segStart});
                            }
                            lastSegmentEnd = segEnd;
                        }
                    } else if (n.equals("name") && depth == 3 && parent.equals("trk")) {
                        if (trackName == null) {
                            trackName = nonEmpty(text);
                        }
                    } else if (n.equals("type") && depth == 3 && parent.equals("trk")) {
                        if (type == null) {
                            type = nonEmpty(text);
                        }
                    } else if (n.equals("name") && (depth == 2 || (depth == 3 && parent.equals("metadata")))) {
                        // GPX 1.1 gpx/metadata/name; GPX 1.0 gpx/name
                        if (metadataName == null) {
                            metadataName = nonEmpty(text);
                        }
                    }
                    text.setLength(0);
                    depth--;
                }
                case XMLStreamConstants.DTD -> throw SafeXml.doctype(format);
                case XMLStreamConstants.ENTITY_REFERENCE -> throw SafeXml.entity(format, r.getLocalName());
                default -> {}
            }
        }
        return new Track(trackName, type, metadataName, pauses);
    }

    /** A Garmin TrackPointExtension (v1/v2) or power extension value, by its local name. */
    private static void extension(String name, double v, ActivityAssembler.Point p) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "hr", "heartrate", "heart_rate" -> p.hr = v;
            case "cad", "cadence", "runcadence" -> p.cadence = v;
            case "atemp", "temp", "wtemp" -> p.temperature = v;
            case "power", "powerinwatts", "watts" -> p.power = v;
            default -> {}
        }
    }

    private static void reset(ActivityAssembler.Point p) {
        p.time = null;
        p.hr = null;
        p.speed = null;
        p.cadence = null;
        p.power = null;
        p.altitude = null;
        p.lat = null;
        p.lon = null;
        p.distance = null;
        p.temperature = null;
        p.steps = null;
    }

    private static String nonEmpty(StringBuilder text) {
        return text.isEmpty() ? null : text.toString();
    }

    /** ISO-8601 with an offset or {@code Z}; a time without one is read as UTC. */
    static Instant time(String s) {
        Instant t = TcxParser.time(s);
        if (t == null && s != null && !s.isBlank()) {
            try {
                t = java.time.LocalDateTime.parse(s.trim()).toInstant(java.time.ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        return t;
    }
}
