package io.tributary.files;

/** Heart-rate variability from R-R intervals (milliseconds). */
public final class Hrv {
    private Hrv() {}

    /** Root mean square of successive differences. */
    public static double rmssd(double[] rr) {
        if (rr.length < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 1; i < rr.length; i++) {
            double d = rr[i] - rr[i - 1];
            sum += d * d;
        }
        return Math.sqrt(sum / (rr.length - 1));
    }

    /** Standard deviation of the intervals (population). */
    public static double sdnn(double[] rr) {
        if (rr.length < 2) {
            return Double.NaN;
        }
        double mean = 0;
        for (double v : rr) {
            mean += v;
        }
        mean /= rr.length;
        double sum = 0;
        for (double v : rr) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / rr.length);
    }
}
