package io.tributary.files;

import java.util.ArrayList;
import java.util.List;

/** Google encoded polyline (precision 5) of a track, thinned to at most 1000 points. */
final class Polyline {
    private Polyline() {}

    static String encode(List<ActivityAssembler.Point> points) {
        List<double[]> ll = new ArrayList<>();
        for (ActivityAssembler.Point p : points) {
            if (p.lat != null && p.lon != null) {
                ll.add(new double[] {p.lat, p.lon});
            }
        }
        int stride = Math.max(1, (ll.size() + 999) / 1000);
        StringBuilder sb = new StringBuilder();
        long plat = 0;
        long plon = 0;
        for (int i = 0; i < ll.size(); i += stride) {
            long lat = Math.round(ll.get(i)[0] * 1e5);
            long lon = Math.round(ll.get(i)[1] * 1e5);
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
