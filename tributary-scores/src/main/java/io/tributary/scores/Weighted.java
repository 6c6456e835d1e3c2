package io.tributary.scores;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A 0–100 score as the weighted mean of components, each a sub-score in [0, 1]. A component without input (null) is
 * left out and the weights of the others are scaled up, never replaced by a guess; the score is null when a
 * required component is missing or none is present. Each contributor is the points its component adds, so the
 * contributors (without {@code version}) sum to the score.
 */
final class Weighted {
    private final Map<String, double[]> parts = new LinkedHashMap<>();
    private boolean missingRequired;

    Weighted add(String name, double weight, Double sub01) {
        if (sub01 != null && Double.isFinite(sub01)) parts.put(name, new double[] {weight, Maths.clamp01(sub01)});
        return this;
    }

    Weighted require(String name, double weight, Double sub01) {
        if (sub01 == null || !Double.isFinite(sub01)) missingRequired = true;
        return add(name, weight, sub01);
    }

    ScoreResult result(Score score) {
        if (missingRequired || parts.isEmpty()) return null;
        double total = 0;
        for (double[] p : parts.values()) total += p[0];
        Map<String, Double> c = new LinkedHashMap<>();
        double value = 0;
        for (Map.Entry<String, double[]> e : parts.entrySet()) {
            double points = 100 * e.getValue()[0] * e.getValue()[1] / total;
            value += points;
            c.put(e.getKey(), Maths.round2(points));
        }
        c.put(Score.VERSION_KEY, (double) score.version());
        return new ScoreResult(Maths.round1(value), c);
    }
}
