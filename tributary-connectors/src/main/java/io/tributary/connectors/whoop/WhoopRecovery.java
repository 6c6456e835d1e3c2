package io.tributary.connectors.whoop;

import io.tributary.connectors.ProviderJson;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A WHOOP Recovery ({@code GET /v2/recovery}, {@code GET /v2/cycle/{cycleId}/recovery}): {@code {cycle_id, sleep_id,
 * user_id, score_state, score{user_calibrating, recovery_score, resting_heart_rate, hrv_rmssd_milli,
 * spo2_percentage, skin_temp_celsius}}}. A recovery belongs to one cycle and one sleep and carries no time of its
 * own, so Tributary joins it onto both before mapping: {@link WhoopConnector} puts it under {@link #FIELD} of the
 * cycle (→ the Daily's recovery fields) and of the sleep (→ the Sleep's), matched by {@code cycle_id} and {@code
 * sleep_id}.
 */
final class WhoopRecovery {
    /** Where the joined recovery sits in a cycle or sleep record (Tributary's join, not a WHOOP field). */
    static final String FIELD = "recovery";

    final Double recoveryScore;
    final Double restingHeartRate;
    final Double hrvRmssdMilli;
    final Double spo2Percentage;
    final Map<String, Object> extras;

    private WhoopRecovery(JsonNode score) {
        recoveryScore = ProviderJson.number(score, "recovery_score");
        restingHeartRate = ProviderJson.number(score, "resting_heart_rate");
        hrvRmssdMilli = ProviderJson.number(score, "hrv_rmssd_milli");
        spo2Percentage = ProviderJson.number(score, "spo2_percentage");
        extras = WhoopScore.pick(score, "user_calibrating", "skin_temp_celsius");
    }

    /** The scored recovery joined onto {@code record}; null when there is none or it is not {@code SCORED}. */
    static WhoopRecovery joined(JsonNode record) {
        JsonNode r = ProviderJson.node(record, FIELD);
        if (!r.isObject()) return null;
        JsonNode score = WhoopScore.of(r);
        return score.isMissingNode() ? null : new WhoopRecovery(score);
    }

    /** A copy of {@code record} with {@code recovery} joined under {@link #FIELD}. */
    static JsonNode join(JsonNode record, JsonNode recovery) {
        if (recovery == null || !record.isObject()) return record;
        ObjectNode copy = ((ObjectNode) record).deepCopy();
        copy.set(FIELD, recovery);
        return copy;
    }
}
