package io.tributary.connectors.garmin;

import static io.tributary.connectors.ProviderJson.number;
import static io.tributary.connectors.ProviderJson.requireLong;
import static io.tributary.connectors.ProviderJson.requireText;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import io.tributary.model.enums.StressLevel;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DailyDistanceData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.StressData;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Daily summaries ({@code dailies}, Health API "Daily Summaries") → the day's Daily: steps, distance, floors,
 * calories, intensity minutes, heart rate with its 15-second samples, and the stress totals. A partial record: the
 * day's epochs, stress details, pulse ox and HRV fill other parts of the same Daily.
 */
final class GarminDailiesMapper implements RecordMapper {
    @Override
    public String endpoint() {
        return "dailies";
    }

    @Override
    public DataType dataType() {
        return DataType.DAILY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("summaryId", "startTimeInSeconds");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        String id = requireText(e, "summaryId");
        long start = requireLong(e, "startTimeInSeconds");
        GarminDay day = GarminDay.of(e, "startTimeInSeconds", "startTimeOffsetInSeconds");
        Double active = number(e, "activeKilocalories");
        Double bmr = number(e, "bmrKilocalories");
        Daily d = Daily.builder()
                .metadata(day.daily())
                .distanceData(DailyDistanceData.builder()
                        .steps(ProviderJson.intValue(e, "steps"))
                        .distanceMeters(number(e, "distanceInMeters"))
                        .floorsClimbed(ProviderJson.intValue(e, "floorsClimbed"))
                        .build())
                .caloriesData(CaloriesData.builder()
                        .netActivityCalories(active)
                        .bmrCalories(bmr)
                        .totalBurnedCalories(active == null || bmr == null ? null : active + bmr)
                        .netIntakeCalories(number(e, "consumedCalories"))
                        .build())
                .activeDurationsData(ActiveDurationsData.builder()
                        .activitySeconds(number(e, "activeTimeInSeconds"))
                        .moderateIntensitySeconds(number(e, "moderateIntensityDurationInSeconds"))
                        .vigorousIntensitySeconds(number(e, "vigorousIntensityDurationInSeconds"))
                        .build())
                .heartRateData(heartRate(e, start, day.offset()))
                .stressData(stress(e))
                .build();
        return List.of(MappedRecord.partial(d, "dailies:" + id));
    }

    private static HeartRateData heartRate(JsonNode e, long start, ZoneOffset offset) {
        List<HeartRateDataSample> samples = GarminSamples.of(e.get("timeOffsetHeartRateSamples")).stream()
                .map(p -> HeartRateDataSample.builder()
                        .timestamp(GarminTime.at(start + p.offsetSeconds(), offset))
                        .bpm(p.value())
                        .build())
                .toList();
        return HeartRateData.builder()
                .summary(HeartRateDataSummary.builder()
                        // Garmin documents averageHeartRateInBeatsPerMinute as the average of the last 7 days
                        .avgHrBpm(number(e, "averageHeartRateInBeatsPerMinute"))
                        .maxHrBpm(number(e, "maxHeartRateInBeatsPerMinute"))
                        .minHrBpm(number(e, "minHeartRateInBeatsPerMinute"))
                        .restingHrBpm(number(e, "restingHeartRateInBeatsPerMinute"))
                        .build())
                .detailed(
                        samples.isEmpty()
                                ? null
                                : HeartRateDataDetailed.builder()
                                        .hrSamples(samples)
                                        .build())
                .build();
    }

    private static StressData stress(JsonNode e) {
        // -1 means "not enough data"; the example payloads also spell it averageStresslevel
        Double avg = number(e, "averageStressLevel");
        if (avg == null) avg = number(e, "averageStresslevel");
        if (avg != null && avg < 0) avg = null;
        Double max = number(e, "maxStressLevel");
        if (max != null && max < 0) max = null;
        return StressData.builder()
                .avgStressLevel(avg)
                .maxStressLevel(max)
                .stressDurationSeconds(number(e, "stressDurationInSeconds"))
                .restStressDurationSeconds(number(e, "restStressDurationInSeconds"))
                .activityStressDurationSeconds(number(e, "activityStressDurationInSeconds"))
                .lowStressDurationSeconds(number(e, "lowStressDurationInSeconds"))
                .mediumStressDurationSeconds(number(e, "mediumStressDurationInSeconds"))
                .highStressDurationSeconds(number(e, "highStressDurationInSeconds"))
                .stressRating(
                        e.has("stressQualifier")
                                ? rating(ProviderJson.text(e, "stressQualifier"))
                                        .value()
                                : null)
                .build();
    }

    /** {@code stressQualifier} (calm, balanced, stressful, very_stressful, each optionally {@code _awake}). */
    static StressLevel rating(String qualifier) {
        if (qualifier == null) return StressLevel.UNKNOWN;
        String q = qualifier.toLowerCase(Locale.ROOT).replace("_awake", "");
        return switch (q) {
            case "calm" -> StressLevel.REST;
            case "balanced" -> StressLevel.LOW;
            case "stressful" -> StressLevel.MEDIUM;
            case "very_stressful" -> StressLevel.HIGH;
            default -> StressLevel.UNKNOWN;
        };
    }
}
