package io.tributary.connectors.garmin;

import static io.tributary.connectors.ProviderJson.number;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.Activity;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.ActivityMetadata;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DeviceData;
import io.tributary.model.nested.DistanceData;
import io.tributary.model.nested.DistanceDataSummary;
import io.tributary.model.nested.ElevationData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.MovementData;
import io.tributary.model.nested.PositionData;
import io.tributary.model.nested.SwimmingData;
import java.time.ZoneOffset;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The fields of a Garmin activity summary (Activity API "Activity Summaries"), shared by the {@code activities}
 * push and the {@code summary} object of {@code activityDetails}. Both become the same Activity: summary_id is
 * Garmin's {@code activityId} (the detail's summaryId is {@code <activityId>-detail}).
 */
final class GarminActivity {
    private GarminActivity() {}

    /** The Terra summary_id of a Garmin activity: {@code activityId}, else summaryId without {@code -detail}. */
    static String summaryId(JsonNode e) throws ConnectorException {
        String activityId = ProviderJson.text(e, "activityId");
        if (activityId != null && !activityId.isBlank()) return activityId;
        String s = ProviderJson.requireText(e, "summaryId");
        return s.endsWith("-detail") ? s.substring(0, s.length() - "-detail".length()) : s;
    }

    /** An Activity with the summary's fields; {@code s} holds them, {@code id} is the Terra summary_id. */
    static Activity.Builder from(JsonNode s, String id) throws ConnectorException {
        long start = ProviderJson.requireLong(s, "startTimeInSeconds");
        ZoneOffset off = GarminTime.offset(s, "startTimeOffsetInSeconds");
        Long duration = ProviderJson.longValue(s, "durationInSeconds");
        Double lat = number(s, "startingLatitudeInDegree");
        Double lng = number(s, "startingLongitudeInDegree");
        Double runCadence = number(s, "averageRunCadenceInStepsPerMinute");
        Double bikeCadence = number(s, "averageBikeCadenceInRoundsPerMinute");
        Double swimCadence = number(s, "averageSwimCadenceInStrokesPerMinute");
        Double maxRunCadence = number(s, "maxRunCadenceInStepsPerMinute");
        Double maxBikeCadence = number(s, "maxBikeCadenceInRoundsPerMinute");
        return Activity.builder()
                .metadata(ActivityMetadata.builder()
                        .summaryId(id)
                        .name(ProviderJson.text(s, "activityName"))
                        .type(GarminActivityTypes.of(ProviderJson.text(s, "activityType")))
                        .startTime(GarminTime.at(start, off))
                        .endTime(GarminTime.at(start + (duration == null ? 0 : duration), off))
                        .timestampLocalization(GarminTime.localization(off))
                        .uploadType(
                                Boolean.TRUE.equals(ProviderJson.bool(s, "manual"))
                                        ? UploadType.MANUAL
                                        : UploadType.AUTOMATIC)
                        .build())
                .activeDurationsData(
                        duration == null
                                ? null
                                : ActiveDurationsData.builder()
                                        .activitySeconds((double) duration)
                                        .build())
                .caloriesData(CaloriesData.builder()
                        .netActivityCalories(number(s, "activeKilocalories"))
                        .build())
                .distanceData(DistanceData.builder()
                        .summary(DistanceDataSummary.builder()
                                .distanceMeters(number(s, "distanceInMeters"))
                                .steps(ProviderJson.intValue(s, "steps"))
                                .elevation(ElevationData.builder()
                                        .gainActualMeters(number(s, "totalElevationGainInMeters"))
                                        .lossActualMeters(number(s, "totalElevationLossInMeters"))
                                        .build())
                                .swimming(
                                        s.has("numberOfActiveLengths")
                                                ? SwimmingData.builder()
                                                        .numLaps(ProviderJson.intValue(s, "numberOfActiveLengths"))
                                                        .build()
                                                : null)
                                .build())
                        .build())
                .heartRateData(HeartRateData.builder()
                        .summary(HeartRateDataSummary.builder()
                                .avgHrBpm(number(s, "averageHeartRateInBeatsPerMinute"))
                                .maxHrBpm(number(s, "maxHeartRateInBeatsPerMinute"))
                                .build())
                        .build())
                .movementData(MovementData.builder()
                        .avgSpeedMetersPerSecond(number(s, "averageSpeedInMetersPerSecond"))
                        .maxSpeedMetersPerSecond(number(s, "maxSpeedInMetersPerSecond"))
                        .avgPaceMinutesPerKilometer(number(s, "averagePaceInMinutesPerKilometer"))
                        .maxPaceMinutesPerKilometer(number(s, "maxPaceInMinutesPerKilometer"))
                        .avgCadenceRpm(first(runCadence, bikeCadence, swimCadence))
                        .maxCadenceRpm(first(maxRunCadence, maxBikeCadence, null))
                        .build())
                .positionData(
                        lat == null || lng == null
                                ? null
                                : PositionData.builder()
                                        .startPosLatLngDeg(List.of(lat, lng))
                                        .build())
                .deviceData(
                        ProviderJson.text(s, "deviceName") == null
                                ? null
                                : DeviceData.builder()
                                        .name(ProviderJson.text(s, "deviceName"))
                                        .manufacturer("Garmin")
                                        .build());
    }

    private static Double first(Double a, Double b, Double c) {
        return a != null ? a : b != null ? b : c;
    }
}
