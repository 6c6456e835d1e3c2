package io.tributary.files;

import java.util.List;

/** Averages and rounding shared by the parsers (three decimals, as Terra's examples). */
final class Numbers {
    private Numbers() {}

    static <T> Double avg(List<T> items, java.util.function.Function<T, Double> f) {
        double sum = 0;
        int n = 0;
        for (T t : items) {
            Double v = f.apply(t);
            if (v != null) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : ActivityAssembler.round3(sum / n);
    }

    static Double toD(Number n) {
        return n == null ? null : ActivityAssembler.round3(n.doubleValue());
    }
}
