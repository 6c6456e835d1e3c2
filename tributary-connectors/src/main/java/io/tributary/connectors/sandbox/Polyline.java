package io.tributary.connectors.sandbox;

import java.util.List;

/** Google's encoded polyline algorithm format (precision 5), as used by {@code polyline_map_data}. */
final class Polyline {
    private Polyline() {}

    static String encode(List<List<Double>> latLngs) {
        StringBuilder sb = new StringBuilder();
        long prevLat = 0, prevLng = 0;
        for (List<Double> p : latLngs) {
            long lat = Math.round(p.get(0) * 1e5);
            long lng = Math.round(p.get(1) * 1e5);
            write(sb, lat - prevLat);
            write(sb, lng - prevLng);
            prevLat = lat;
            prevLng = lng;
        }
        return sb.toString();
    }

    private static void write(StringBuilder sb, long delta) {
        long v = delta < 0 ? ~(delta << 1) : delta << 1;
        while (v >= 0x20) {
            sb.append((char) ((0x20 | (v & 0x1f)) + 63));
            v >>= 5;
        }
        sb.append((char) (v + 63));
    }
}
