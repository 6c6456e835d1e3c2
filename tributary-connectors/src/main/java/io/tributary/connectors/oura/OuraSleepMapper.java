package io.tributary.connectors.oura;

import static io.tributary.connectors.ProviderJson.number;
import static io.tributary.connectors.ProviderJson.text;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.DataType;
import io.tributary.model.Sleep;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.SleepLevel;
import io.tributary.model.enums.SleepUploadType;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.nested.AsleepDurations;
import io.tributary.model.nested.AwakeDurations;
import io.tributary.model.nested.BreathsData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.HeartRateVariabilityDataSampleRMSSD;
import io.tributary.model.nested.OtherSleepDurations;
import io.tributary.model.nested.ReadinessData;
import io.tributary.model.nested.RespirationData;
import io.tributary.model.nested.SleepDataEnrichment;
import io.tributary.model.nested.SleepDurationsData;
import io.tributary.model.nested.SleepHypnogramSample;
import io.tributary.model.nested.SleepMetadata;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v2/usercollection/sleep} (SleepModel, one document per sleep period) → one Sleep (summary_id = Oura's
 * id, so a re-pull replaces it): stage durations (s), latency, time in bed, efficiency (Oura's percentage), the
 * 5-minute hypnogram ({@code sleep_phase_5_min}: 1 deep, 2 light, 3 REM, 4 awake), heart rate and HRV (RMSSD)
 * series and the embedded readiness. {@code type} {@code late_nap}/{@code sleep}/{@code rest} are naps; {@code
 * deleted} periods are skipped.
 */
final class OuraSleepMapper implements OuraRecordMapper {
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
        return Set.of("id", "bedtime_start", "bedtime_end");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        String id = OuraDocs.id(e);
        String type = text(e, "type");
        if ("deleted".equals(type)) return List.of();
        OffsetDateTime start = OuraTime.parse(ProviderJson.requireText(e, "bedtime_start"));
        OffsetDateTime end = OuraTime.parse(ProviderJson.requireText(e, "bedtime_end"));
        Double total = number(e, "total_sleep_duration");
        Double efficiency = number(e, "efficiency");
        JsonNode readiness = e.path("readiness");
        Sleep sleep = Sleep.builder()
                .metadata(SleepMetadata.builder()
                        .summaryId(id)
                        .startTime(Timestamps.format(start))
                        .endTime(Timestamps.format(end))
                        .isNap(!"long_sleep".equals(type))
                        .timestampLocalization(TimestampLocalization.LOCAL.value())
                        .uploadType(SleepUploadType.AUTOMATIC.value())
                        .build())
                .sleepDurationsData(SleepDurationsData.builder()
                        .asleep(AsleepDurations.builder()
                                .durationAsleepStateSeconds(total)
                                .durationDeepSleepStateSeconds(number(e, "deep_sleep_duration"))
                                .durationLightSleepStateSeconds(number(e, "light_sleep_duration"))
                                .durationRemSleepStateSeconds(number(e, "rem_sleep_duration"))
                                .build())
                        .awake(AwakeDurations.builder()
                                .durationAwakeStateSeconds(number(e, "awake_time"))
                                .sleepLatencySeconds(number(e, "latency"))
                                .numWakeupEvents(ProviderJson.intValue(e, "restless_periods"))
                                .build())
                        .other(OtherSleepDurations.builder()
                                .durationInBedSeconds(number(e, "time_in_bed"))
                                .build())
                        .hypnogramSamples(hypnogram(text(e, "sleep_phase_5_min"), start))
                        .sleepEfficiency(efficiency)
                        .build())
                .heartRateData(heartRate(e))
                .respirationData(
                        number(e, "average_breath") == null
                                ? null
                                : RespirationData.builder()
                                        .breathsData(BreathsData.builder()
                                                .avgBreathsPerMin(number(e, "average_breath"))
                                                .build())
                                        .build())
                .readinessData(
                        readiness.isObject()
                                ? ReadinessData.builder()
                                        .readiness(number(readiness, "score"))
                                        .build()
                                : null)
                .dataEnrichment(
                        readiness.isObject()
                                ? SleepDataEnrichment.builder()
                                        .readinessScore(number(readiness, "score"))
                                        .readinessContributors(OuraDocs.contributors(readiness))
                                        .build()
                                : null)
                .build();
        return List.of(MappedRecord.whole(sleep, "sleep:" + id));
    }

    private static HeartRateData heartRate(JsonNode e) throws ConnectorException {
        List<HeartRateDataSample> hr = new ArrayList<>();
        for (OuraSamples.Point p : OuraSamples.of(e.path("heart_rate")))
            hr.add(HeartRateDataSample.builder()
                    .timestamp(p.timestamp())
                    .bpm(p.value())
                    .build());
        List<HeartRateVariabilityDataSampleRMSSD> hrv = new ArrayList<>();
        for (OuraSamples.Point p : OuraSamples.of(e.path("hrv")))
            hrv.add(HeartRateVariabilityDataSampleRMSSD.builder()
                    .timestamp(p.timestamp())
                    .hrvRmssd(p.value())
                    .build());
        return HeartRateData.builder()
                .summary(HeartRateDataSummary.builder()
                        .avgHrBpm(number(e, "average_heart_rate"))
                        .minHrBpm(number(e, "lowest_heart_rate"))
                        .restingHrBpm(number(e, "lowest_heart_rate"))
                        .avgHrvRmssd(number(e, "average_hrv"))
                        .build())
                .detailed(
                        hr.isEmpty() && hrv.isEmpty()
                                ? null
                                : HeartRateDataDetailed.builder()
                                        .hrSamples(hr.isEmpty() ? null : hr)
                                        .hrvSamplesRmssd(hrv.isEmpty() ? null : hrv)
                                        .build())
                .build();
    }

    /** {@code sleep_phase_5_min}: one character per 5 minutes from bedtime_start; a sample where the level changes. */
    static List<SleepHypnogramSample> hypnogram(String phases, OffsetDateTime start) {
        if (phases == null || phases.isEmpty()) return null;
        List<SleepHypnogramSample> out = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < phases.length(); i++) {
            int level = level(phases.charAt(i));
            if (level == last) continue;
            out.add(SleepHypnogramSample.builder()
                    .timestamp(Timestamps.format(start.plusMinutes(5L * i)))
                    .level(level)
                    .build());
            last = level;
        }
        return out;
    }

    static int level(char phase) {
        return switch (phase) {
            case '1' -> SleepLevel.DEEP_SLEEP.value();
            case '2' -> SleepLevel.LIGHT_SLEEP.value();
            case '3' -> SleepLevel.REM_SLEEP.value();
            case '4' -> SleepLevel.AWAKE.value();
            default -> SleepLevel.UNKNOWN.value();
        };
    }
}
