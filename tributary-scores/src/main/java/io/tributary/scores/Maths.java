package io.tributary.scores;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Small numeric helpers shared by the formulas. */
final class Maths {
    private Maths() {}

    static double clamp01(double x) {
        return x < 0 ? 0 : x > 1 ? 1 : x;
    }

    static double clamp(double x, double lo, double hi) {
        return x < lo ? lo : x > hi ? hi : x;
    }

    static double round1(double x) {
        return Math.round(x * 10) / 10.0;
    }

    static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    /** The median of the non-null values, null when there are none. */
    static Double median(Collection<Double> values) {
        List<Double> v = new ArrayList<>();
        for (Double d : values) if (d != null && Double.isFinite(d)) v.add(d);
        if (v.isEmpty()) return null;
        v.sort(null);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    /** {@code a / b}, null when either is null or b is not positive. */
    static Double ratio(Double a, Double b) {
        return a == null || b == null || b <= 0 ? null : a / b;
    }

    static boolean positive(Double d) {
        return d != null && Double.isFinite(d) && d > 0;
    }
}
