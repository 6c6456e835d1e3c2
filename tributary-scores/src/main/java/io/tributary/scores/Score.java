package io.tributary.scores;

import io.tributary.model.DataType;
import java.util.Arrays;
import java.util.Optional;

/**
 * The fourteen scores, each named by the {@code data_enrichment} field Terra writes it into, with the version of its
 * formula (docs/scores.md). The version is written into the score's contributors as {@code version}, so a change of
 * formula is visible in the payload ({@link #VERSION_KEY}); bump it whenever the numbers a formula gives change.
 */
public enum Score {
    // Daily data_enrichment
    TOTAL_STRESS_SCORE(DataType.DAILY, "total_stress_score", 1),
    TOTAL_STRESS_SCORE_V2(DataType.DAILY, "total_stress_score_v2", 1),
    RESPIRATORY_SCORE(DataType.DAILY, "respiratory_score", 1),
    IMMUNE_INDEX(DataType.DAILY, "immune_index", 1),
    RESILIENCE_SCORE(DataType.DAILY, "resilience_score", 1),
    STRAIN_INDEX(DataType.DAILY, "strain_index", 1),
    // Sleep data_enrichment
    SLEEP_SCORE(DataType.SLEEP, "sleep_score", 1),
    SLEEP_SCORE_V2(DataType.SLEEP, "sleep_score_v2", 1),
    READINESS_SCORE(DataType.SLEEP, "readiness_score", 1),
    RESPIRATORY_SCORE_V2(DataType.SLEEP, "respiratory_score_v2", 1),
    // Activity data_enrichment
    EFFICIENCY_SCORE(DataType.ACTIVITY, "efficiency_score", 1),
    STRAIN_SCORE(DataType.ACTIVITY, "strain_score", 1),
    RCRS_SCORE(DataType.ACTIVITY, "rcrs_score", 1),
    TRIMP_SCORE(DataType.ACTIVITY, "trimp_score", 1);

    /**
     * The contributor that carries the formula version. It also marks a score as ours: a score field set without it
     * came from the source (a provider's or a file's own score) and is never overwritten.
     */
    public static final String VERSION_KEY = "tributary_version";

    private final DataType type;
    private final String field;
    private final int version;

    Score(DataType type, String field, int version) {
        this.type = type;
        this.field = field;
        this.version = version;
    }

    /** The payload type whose {@code data_enrichment} holds this score. */
    public DataType type() {
        return type;
    }

    /** The {@code data_enrichment} field name, also the score's name in the settings API. */
    public String field() {
        return field;
    }

    public int version() {
        return version;
    }

    public static Optional<Score> byField(String field) {
        return Arrays.stream(values()).filter(s -> s.field.equals(field)).findFirst();
    }
}
