package io.tributary.files;

/** Google encoded polyline (precision 5) of a track, thinned to at most 1000 points. */
final class Polyline {
    private Polyline() {}

    static String encode(TrackPoints points) {
        int count = 0;
        for (int i = 0; i < points.size(); i++) {
            if (points.has(i, TrackPoints.LAT) && points.has(i, TrackPoints.LON)) {
                count++;
            }
        }
        int stride = Math.max(1, (count + 999) / 1000);
        StringBuilder sb = new StringBuilder();
        long plat = 0;
        long plon = 0;
        int k = 0;
        for (int i = 0; i < points.size(); i++) {
            if (!points.has(i, TrackPoints.LAT) || !points.has(i, TrackPoints.LON) || k++ % stride != 0) {
                continue;
            }
            long lat = Math.round(points.value(i, TrackPoints.LAT) * 1e5);
            long lon = Math.round(points.value(i, TrackPoints.LON) * 1e5);
            put(sb, lat - plat);
            put(sb, lon - plon);
            plat = lat;
            plon = lon;
        }
        return sb.toString();
    }

    private static void put(StringBuilder sb, long v) {
        long s = v < 0 ? ~(v << 1) : v << 1;
        while (s >= 0x20) {
            sb.append((char) ((0x20 | (s & 0x1f)) + 63));
            s >>= 5;
        }
        sb.append((char) (s + 63));
    }
}
