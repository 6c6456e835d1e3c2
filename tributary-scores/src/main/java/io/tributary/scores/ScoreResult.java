package io.tributary.scores;

import java.util.Map;

/**
 * A computed score and its {@code *_contributors} map (component name → points, plus {@code version}); see
 * docs/scores.md for what each contributor means.
 */
public record ScoreResult(double value, Map<String, Double> contributors) {
    public ScoreResult {
        contributors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contributors));
    }
}
