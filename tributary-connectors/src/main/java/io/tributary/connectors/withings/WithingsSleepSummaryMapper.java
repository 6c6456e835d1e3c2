package io.tributary.connectors.withings;

import static io.tributary.connectors.ProviderJson.number;

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
import io.tributary.model.nested.RespirationData;
import io.tributary.model.nested.SleepDataEnrichment;
import io.tributary.model.nested.SleepDurationsData;
import io.tributary.model.nested.SleepMetadata;
import io.tributary.model.nested.SleepScores;
import io.tributary.model.nested.SnoringData;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v2/sleep action=getsummary} ("Sleep v2 - Getsummary"): one night → one Sleep ({@code summary_id} =
 * Withings' {@code id}; the night's series from {@code action=get} merge into it, {@link WithingsSleepSeriesMapper}).
 * Durations in seconds (in bed, asleep, light, deep, REM, awake, latency to sleep and to get up), wake-ups and
 * out-of-bed count, REM episodes, {@code sleep_efficiency} (a ratio → Terra's percentage), heart rate and
 * respiration average/min/max, snoring, and Withings' {@code sleep_score} in {@code scores.sleep} and {@code
 * data_enrichment.sleep_score}. Times at the night's {@code timezone}.
 */
final class WithingsSleepSummaryMapper implements WithingsRecordMapper {
    @Override
    public String endpoint() {
        return "getsummary";
    }

    @Override
    public String listField() {
        return "series";
    }

    @Override
    public DataType dataType() {
        return DataType.SLEEP;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("id", "startdate", "enddate");
    }

    @Override
    public List<MappedRecord> map(JsonNode s) throws ConnectorException {
        String id = ProviderJson.requireText(s, "id");
        long start = ProviderJson.requireLong(s, "startdate");
        long end = ProviderJson.requireLong(s, "enddate");
        ZoneId zone = WithingsTime.zone(s, ZoneOffset.UTC);
        JsonNode d = s.path("data");
        Double asleep = number(d, "total_sleep_time");
        if (asleep == null) asleep = number(d, "asleepduration");
        Double efficiency = number(d, "sleep_efficiency");
        Double score = number(d, "sleep_score");
        Sleep sleep = Sleep.builder()
                .metadata(SleepMetadata.builder()
                        .summaryId(id)
                        .startTime(WithingsTime.at(start, zone))
                        .endTime(WithingsTime.at(end, zone))
                        .isNap(false)
                        .timestampLocalization(TimestampLocalization.LOCAL.value())
                        .uploadType(SleepUploadType.AUTOMATIC.value())
                        .build())
                .deviceData(WithingsDevices.of(s))
                .sleepDurationsData(SleepDurationsData.builder()
                        .asleep(AsleepDurations.builder()
                                .durationAsleepStateSeconds(asleep)
                                .durationLightSleepStateSeconds(number(d, "lightsleepduration"))
                                .durationDeepSleepStateSeconds(number(d, "deepsleepduration"))
                                .durationRemSleepStateSeconds(number(d, "remsleepduration"))
                                .numRemEvents(ProviderJson.intValue(d, "nb_rem_episodes"))
                                .build())
                        .awake(AwakeDurations.builder()
                                .durationAwakeStateSeconds(number(d, "wakeupduration"))
                                .sleepLatencySeconds(number(d, "sleep_latency"))
                                .wakeUpLatencySeconds(number(d, "wakeup_latency"))
                                .numWakeupEvents(ProviderJson.intValue(d, "wakeupcount"))
                                .numOutOfBedEvents(ProviderJson.intValue(d, "out_of_bed_count"))
                                .build())
                        .other(OtherSleepDurations.builder()
                                .durationInBedSeconds(number(d, "total_timeinbed"))
                                .build())
                        .sleepEfficiency(
                                efficiency == null
                                        ? null
                                        : java.math.BigDecimal.valueOf(efficiency)
                                                .movePointRight(2)
                                                .doubleValue())
                        .build())
                .heartRateData(
                        number(d, "hr_average") == null && number(d, "hr_min") == null
                                ? null
                                : HeartRateData.builder()
                                        .summary(HeartRateDataSummary.builder()
                                                .avgHrBpm(number(d, "hr_average"))
                                                .minHrBpm(number(d, "hr_min"))
                                                .maxHrBpm(number(d, "hr_max"))
                                                .restingHrBpm(number(d, "hr_min"))
                                                .build())
                                        .build())
                .respirationData(respiration(d))
                .scores(
                        score == null
                                ? null
                                : SleepScores.builder().sleep(score).build())
                .dataEnrichment(
                        score == null
                                ? null
                                : SleepDataEnrichment.builder()
                                        .sleepScore(score)
                                        .build())
                .build();
        return List.of(MappedRecord.whole(sleep, "sleep:" + id));
    }

    private static RespirationData respiration(JsonNode d) {
        Double avg = number(d, "rr_average");
        Double snoring = number(d, "snoring");
        if (avg == null && snoring == null && number(d, "rr_min") == null) return null;
        return RespirationData.builder()
                .breathsData(
                        avg == null && number(d, "rr_min") == null
                                ? null
                                : BreathsData.builder()
                                        .avgBreathsPerMin(avg)
                                        .minBreathsPerMin(number(d, "rr_min"))
                                        .maxBreathsPerMin(number(d, "rr_max"))
                                        .build())
                .snoringData(
                        snoring == null
                                ? null
                                : SnoringData.builder()
                                        .totalSnoringDurationSeconds(snoring)
                                        .numSnoringEvents(ProviderJson.intValue(d, "snoringepisodecount"))
                                        .build())
                .build();
    }
}
