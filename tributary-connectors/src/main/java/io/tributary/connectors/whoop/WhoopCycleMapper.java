package io.tributary.connectors.whoop;

import static io.tributary.connectors.ProviderJson.number;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DailyMetadata;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.OxygenData;
import io.tributary.model.nested.ScoresData;
import io.tributary.model.nested.StrainData;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v2/cycle} (Cycle: {@code {id, user_id, start, end, timezone_offset, score_state, score{strain,
 * kilojoule, average_heart_rate, max_heart_rate}}}) → the Daily of the cycle's day ({@link WhoopTime#cycleDay},
 * local midnight to midnight at the cycle's offset): day strain in {@code strain_data.strain_level} (Terra's field
 * for the provider's strain, 0–21), kilojoules as kcal in {@code calories_data.total_burned_calories}, average and
 * max heart rate. The cycle's recovery, joined by {@link WhoopConnector} ({@link WhoopRecovery}), gives {@code
 * scores.recovery}, resting heart rate, HRV (RMSSD, ms) and SpO2. No score is read unless {@code SCORED}; an open
 * cycle ({@code end} absent) is today's, still accruing strain, and is replaced on the next pull.
 */
final class WhoopCycleMapper implements WhoopRecordMapper {
    @Override
    public String endpoint() {
        return "cycle";
    }

    @Override
    public DataType dataType() {
        return DataType.DAILY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("id", "start");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        long id = ProviderJson.requireLong(e, "id");
        ZoneOffset off = WhoopTime.offset(e);
        OffsetDateTime start = WhoopTime.requireAt(e, "start", off);
        OffsetDateTime end = WhoopTime.at(e, "end", off);
        LocalDate day = WhoopTime.cycleDay(start);
        JsonNode score = WhoopScore.of(e);
        WhoopRecovery recovery = WhoopRecovery.joined(e);
        Double kj = number(score, "kilojoule");
        Daily.Builder d = Daily.builder()
                .metadata(DailyMetadata.builder()
                        .startTime(Timestamps.startOfDay(day, off))
                        .endTime(Timestamps.startOfDay(day.plusDays(1), off))
                        .timestampLocalization(TimestampLocalization.LOCAL.value())
                        .uploadType(UploadType.AUTOMATIC.value())
                        .build())
                .deviceData(WhoopDevice.DATA)
                .heartRateData(HeartRateData.builder()
                        .summary(HeartRateDataSummary.builder()
                                .avgHrBpm(number(score, "average_heart_rate"))
                                .maxHrBpm(number(score, "max_heart_rate"))
                                .restingHrBpm(recovery == null ? null : recovery.restingHeartRate)
                                .avgHrvRmssd(recovery == null ? null : recovery.hrvRmssdMilli)
                                .build())
                        .build());
        if (!score.isMissingNode())
            d.strainData(StrainData.builder()
                            .strainLevel(number(score, "strain"))
                            .build())
                    .caloriesData(CaloriesData.builder()
                            .totalBurnedCalories(WhoopScore.kcal(kj))
                            .build());
        if (recovery != null) {
            d.scores(ScoresData.builder().recovery(recovery.recoveryScore).build());
            if (recovery.spo2Percentage != null)
                d.oxygenData(OxygenData.builder()
                        .avgSaturationPercentage(recovery.spo2Percentage)
                        .build());
        }
        Map<String, Object> cycle = new LinkedHashMap<>();
        cycle.put("id", id);
        cycle.put("start", WhoopTime.format(start));
        if (end != null) cycle.put("end", WhoopTime.format(end));
        String state = ProviderJson.text(e, "score_state");
        if (state != null) cycle.put("score_state", state);
        if (kj != null) cycle.put("kilojoule", kj);
        d.putExtra("whoop_cycle", cycle);
        if (recovery != null && !recovery.extras.isEmpty()) d.putExtra("whoop_recovery", recovery.extras);
        return List.of(MappedRecord.whole(d.build(), "cycle:" + id));
    }
}
