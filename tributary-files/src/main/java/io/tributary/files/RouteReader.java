package io.tributary.files;

import java.io.InputStream;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads {@code trkpt} positions, elevation and speed of an Apple workout-route GPX into activity points. */
final class RouteReader {
    private RouteReader() {}

    static void read(InputStream in, List<ActivityAssembler.Point> points, ParseLimits limits) {
        XMLStreamReader r = SafeXml.reader(in, FileFormat.GPX);
        try {
            ActivityAssembler.Point p = null;
            StringBuilder text = new StringBuilder();
            int depth = 0;
            int added = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > limits.maxXmlDepth()) {
                        throw new FileParseException(FileFormat.GPX, "route GPX nested too deeply");
                    }
                    text.setLength(0);
                    if (r.getLocalName().equals("trkpt")) {
                        p = new ActivityAssembler.Point();
                        p.lat = GpxParser.num(r.getAttributeValue(null, "lat"));
                        p.lon = GpxParser.num(r.getAttributeValue(null, "lon"));
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS) {
                    if (text.length() < 1000) {
                        text.append(r.getText());
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    String n = r.getLocalName();
                    if (p != null) {
                        switch (n) {
                            case "ele" -> p.altitude = GpxParser.num(text.toString());
                            case "time" -> p.time = TcxParser.time(text.toString());
                            case "speed" -> p.speed = GpxParser.num(text.toString());
                            case "trkpt" -> {
                                if (p.time != null
                                        && p.lat != null
                                        && p.lon != null
                                        && added < limits.maxSamplesPerSeries()) {
                                    points.add(p);
                                    added++;
                                }
                                p = null;
                            }
                            default -> {}
                        }
                    }
                    text.setLength(0);
                } else if (ev == XMLStreamConstants.DTD || ev == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new FileParseException(FileFormat.GPX, "route GPX with a DTD or entities refused");
                }
            }
        } catch (XMLStreamException e) {
            throw SafeXml.error(FileFormat.GPX, e);
        } finally {
            SafeXml.close(r);
        }
    }
}
