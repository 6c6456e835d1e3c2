package io.tributary.connectors.whoop;

import static io.tributary.connectors.ProviderJson.number;
import static io.tributary.connectors.whoop.WhoopScore.seconds;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.DataType;
import io.tributary.model.Sleep;
import io.tributary.model.enums.SleepUploadType;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.nested.AsleepDurations;
import io.tributary.model.nested.AwakeDurations;
import io.tributary.model.nested.BreathsData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.OtherSleepDurations;
import io.tributary.model.nested.OxygenSaturationData;
import io.tributary.model.nested.ReadinessData;
import io.tributary.model.nested.RespirationData;
import io.tributary.model.nested.SleepDurationsData;
import io.tributary.model.nested.SleepMetadata;
import io.tributary.model.nested.SleepScores;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v2/activity/sleep} (Sleep: {@code {id (UUID), v1_id, cycle_id, start, end, timezone_offset, nap,
 * score_state, score{stage_summary{…_milli}, sleep_needed, respiratory_rate, sleep_performance_percentage,
 * sleep_consistency_percentage, sleep_efficiency_percentage}}}) → one Sleep, {@code summary_id} = the sleep's UUID
 * (so a re-pull or a webhook's fetch replaces it): stage durations in seconds (slow wave = deep), time in bed, no-data
 * time as unmeasurable, disturbances as wake-up events, efficiency, respiratory rate; sleep performance (WHOOP's
 * sleep score) in {@code scores.sleep}. The recovery joined by {@link WhoopConnector} ({@link WhoopRecovery}) gives
 * {@code readiness_data.readiness}, resting heart rate, HRV (RMSSD) and SpO2. No score unless {@code SCORED}.
 */
final class WhoopSleepMapper implements WhoopRecordMapper {
    @Override
    public String endpoint() {
        return "sleep";
    }

    @Override
    public DataType dataType() {
        return DataType.SLEEP;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("id", "start", "end");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        String id = ProviderJson.requireText(e, "id");
        ZoneOffset off = WhoopTime.offset(e);
        OffsetDateTime start = WhoopTime.requireAt(e, "start", off);
        OffsetDateTime end = WhoopTime.requireAt(e, "end", off);
        JsonNode score = WhoopScore.of(e);
        JsonNode stages = ProviderJson.node(score, "stage_summary");
        WhoopRecovery recovery = WhoopRecovery.joined(e);
        Double light = seconds(stages, "total_light_sleep_time_milli");
        Double deep = seconds(stages, "total_slow_wave_sleep_time_milli");
        Double rem = seconds(stages, "total_rem_sleep_time_milli");
        Sleep.Builder s = Sleep.builder()
                .metadata(SleepMetadata.builder()
                        .summaryId(id)
                        .startTime(WhoopTime.format(start))
                        .endTime(WhoopTime.format(end))
                        .isNap(ProviderJson.bool(e, "nap"))
                        .timestampLocalization(TimestampLocalization.LOCAL.value())
                        .uploadType(SleepUploadType.AUTOMATIC.value())
                        .build())
                .deviceData(WhoopDevice.DATA)
                .sleepDurationsData(SleepDurationsData.builder()
                        .asleep(AsleepDurations.builder()
                                .durationAsleepStateSeconds(sum(light, deep, rem))
                                .durationLightSleepStateSeconds(light)
                                .durationDeepSleepStateSeconds(deep)
                                .durationRemSleepStateSeconds(rem)
                                .build())
                        .awake(AwakeDurations.builder()
                                .durationAwakeStateSeconds(seconds(stages, "total_awake_time_milli"))
                                .numWakeupEvents(ProviderJson.intValue(stages, "disturbance_count"))
                                .build())
                        .other(OtherSleepDurations.builder()
                                .durationInBedSeconds(seconds(stages, "total_in_bed_time_milli"))
                                .durationUnmeasurableSleepSeconds(seconds(stages, "total_no_data_time_milli"))
                                .build())
                        .sleepEfficiency(number(score, "sleep_efficiency_percentage"))
                        .build())
                .heartRateData(HeartRateData.builder()
                        .summary(HeartRateDataSummary.builder()
                                .restingHrBpm(recovery == null ? null : recovery.restingHeartRate)
                                .avgHrvRmssd(recovery == null ? null : recovery.hrvRmssdMilli)
                                .build())
                        .build());
        Double performance = number(score, "sleep_performance_percentage");
        if (performance != null)
            s.scores(SleepScores.builder().sleep(performance).build());
        Double breaths = number(score, "respiratory_rate");
        Double spo2 = recovery == null ? null : recovery.spo2Percentage;
        if (breaths != null || spo2 != null)
            s.respirationData(RespirationData.builder()
                    .breathsData(
                            breaths == null
                                    ? null
                                    : BreathsData.builder()
                                            .avgBreathsPerMin(breaths)
                                            .build())
                    .oxygenSaturationData(
                            spo2 == null
                                    ? null
                                    : OxygenSaturationData.builder()
                                            .avgSaturationPercentage(spo2)
                                            .build())
                    .build());
        if (recovery != null && recovery.recoveryScore != null)
            s.readinessData(
                    ReadinessData.builder().readiness(recovery.recoveryScore).build());
        Map<String, Object> whoop = WhoopScore.pick(score, "sleep_consistency_percentage", "sleep_needed");
        whoop.putAll(WhoopScore.pick(stages, "sleep_cycle_count"));
        whoop.putAll(WhoopScore.pick(e, "cycle_id", "v1_id", "score_state"));
        if (!whoop.isEmpty()) s.putExtra("whoop_sleep", whoop);
        if (recovery != null && !recovery.extras.isEmpty()) s.putExtra("whoop_recovery", recovery.extras);
        return List.of(MappedRecord.whole(s.build(), "sleep:" + id));
    }

    private static Double sum(Double... parts) {
        double t = 0;
        boolean any = false;
        for (Double p : parts)
            if (p != null) {
                t += p;
                any = true;
            }
        return any ? t : null;
    }
}
