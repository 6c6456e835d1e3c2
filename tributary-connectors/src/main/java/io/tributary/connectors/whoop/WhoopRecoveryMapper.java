package io.tributary.connectors.whoop;

import static io.tributary.connectors.ProviderJson.number;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.Body;
import io.tributary.model.DataType;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.nested.BodyMetadata;
import io.tributary.model.nested.HeartData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.OxygenData;
import io.tributary.model.nested.TemperatureData;
import io.tributary.model.nested.TemperatureSample;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v2/recovery} (Recovery, see {@link WhoopRecovery}) → the Body of the recovery's day: resting heart rate
 * and HRV (RMSSD, ms), SpO2, and the skin temperature (°C) as a sample and the day's average, timed at {@code
 * created_at} (when WHOOP recorded the recovery, on waking). A recovery has no offset of its own: its cycle, joined
 * by {@link WhoopConnector} under {@link #CYCLE}, gives the day ({@link WhoopTime#cycleDay}) and the offset; without
 * it the UTC date of {@code created_at} is used. Nothing unless {@code SCORED}.
 */
final class WhoopRecoveryMapper implements WhoopRecordMapper {
    /** Where the joined cycle sits in a recovery (Tributary's join, not a WHOOP field). */
    static final String CYCLE = "cycle";

    @Override
    public String endpoint() {
        return "recovery";
    }

    @Override
    public DataType dataType() {
        return DataType.BODY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("cycle_id");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        long cycleId = ProviderJson.requireLong(e, "cycle_id");
        JsonNode score = WhoopScore.of(e);
        JsonNode cycle = ProviderJson.node(e, CYCLE);
        OffsetDateTime cycleStart = cycle.isObject() ? WhoopTime.at(cycle, "start", WhoopTime.offset(cycle)) : null;
        ZoneOffset off = cycleStart == null ? ZoneOffset.UTC : cycleStart.getOffset();
        OffsetDateTime recorded = WhoopTime.at(e, "created_at", off);
        LocalDate day =
                cycleStart != null ? WhoopTime.cycleDay(cycleStart) : recorded == null ? null : recorded.toLocalDate();
        if (score.isMissingNode() || day == null) return List.of();
        Double skin = number(score, "skin_temp_celsius");
        Double spo2 = number(score, "spo2_percentage");
        Body.Builder b = Body.builder()
                .metadata(BodyMetadata.builder()
                        .startTime(Timestamps.startOfDay(day, off))
                        .endTime(Timestamps.startOfDay(day.plusDays(1), off))
                        .timestampLocalization(TimestampLocalization.LOCAL.value())
                        .build())
                .deviceData(WhoopDevice.DATA)
                .heartData(HeartData.builder()
                        .heartRateData(HeartRateData.builder()
                                .summary(HeartRateDataSummary.builder()
                                        .restingHrBpm(number(score, "resting_heart_rate"))
                                        .avgHrvRmssd(number(score, "hrv_rmssd_milli"))
                                        .build())
                                .build())
                        .build());
        if (spo2 != null)
            b.oxygenData(OxygenData.builder().avgSaturationPercentage(spo2).build());
        if (skin != null)
            b.temperatureData(TemperatureData.builder()
                    .dayAvgSkinTemperatureCelsius(skin)
                    .skinTemperatureSamples(
                            recorded == null
                                    ? null
                                    : List.of(TemperatureSample.builder()
                                            .timestamp(WhoopTime.format(recorded))
                                            .temperatureCelsius(skin)
                                            .build()))
                    .build());
        Map<String, Object> whoop = WhoopScore.pick(score, "recovery_score", "user_calibrating");
        whoop.putAll(WhoopScore.pick(e, "cycle_id", "sleep_id", "score_state"));
        b.putExtra("whoop_recovery", whoop);
        return List.of(MappedRecord.whole(b.build(), "recovery:" + cycleId));
    }
}
