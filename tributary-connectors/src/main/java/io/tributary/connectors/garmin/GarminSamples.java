package io.tributary.connectors.garmin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Garmin's {@code timeOffset…} maps: {@code {"<seconds after the summary's start>": value}}, e.g.
 * {@code timeOffsetHeartRateSamples}. Some deliveries carry the map as a string ({@code "{0: 18, 180: 51}"}, seen
 * in stress details); both are read. Entries whose key or value is not a number are skipped.
 */
final class GarminSamples {
    private static final Pattern PAIR = Pattern.compile("\"?(-?\\d+)\"?\\s*:\\s*(-?\\d+(?:\\.\\d+)?)");

    private GarminSamples() {}

    record Point(long offsetSeconds, double value) {}

    static List<Point> of(JsonNode map) {
        List<Point> out = new ArrayList<>();
        if (map == null) return out;
        if (map.isObject()) {
            for (Map.Entry<String, JsonNode> e : map.properties()) {
                if (!e.getValue().isNumber()) continue;
                try {
                    out.add(new Point(
                            Long.parseLong(e.getKey().trim()), e.getValue().asDouble()));
                } catch (NumberFormatException ignored) {
                    // not an offset
                }
            }
        } else if (map.isString()) {
            Matcher m = PAIR.matcher(map.asString());
            while (m.find()) out.add(new Point(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2))));
        }
        out.sort((a, b) -> Long.compare(a.offsetSeconds(), b.offsetSeconds()));
        return out;
    }
}
