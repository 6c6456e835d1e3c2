package io.tributary.connectors.withings;

import static io.tributary.connectors.ProviderJson.number;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.Activity;
import io.tributary.model.DataType;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.ActivityMetadata;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DistanceData;
import io.tributary.model.nested.DistanceDataSummary;
import io.tributary.model.nested.OxygenData;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v2/measure action=getworkouts} ("Measure v2 - Getworkouts"): one workout → one Activity
 * ({@code summary_id} = Withings' workout {@code id}, so a re-pull replaces it). {@code category} → Terra's type
 * ({@link WithingsWorkoutCategories}); {@code startdate}/{@code enddate} at the workout's {@code timezone}; {@code
 * data}: calories (kcal, the user's manual value when the device has none), distance m, steps, floors, heart rate
 * average/min/max and zones, SpO2 average, pause; {@code attrib} 2 (entered by the user) → manual upload.
 */
final class WithingsWorkoutsMapper implements WithingsRecordMapper {
    @Override
    public String endpoint() {
        return "getworkouts";
    }

    @Override
    public String listField() {
        return "series";
    }

    @Override
    public DataType dataType() {
        return DataType.ACTIVITY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("id", "startdate", "enddate");
    }

    @Override
    public List<MappedRecord> map(JsonNode w) throws ConnectorException {
        String id = ProviderJson.requireText(w, "id");
        long start = ProviderJson.requireLong(w, "startdate");
        long end = ProviderJson.requireLong(w, "enddate");
        ZoneId zone = WithingsTime.zone(w, ZoneOffset.UTC);
        JsonNode data = w.path("data");
        var category = WithingsWorkoutCategories.of(ProviderJson.intValue(w, "category"));
        Integer attrib = ProviderJson.intValue(w, "attrib");
        boolean manual = attrib != null && (attrib == 2 || attrib == 4);
        Double calories = number(data, "calories");
        if (calories == null) calories = number(data, "manual_calories");
        Double distance = number(data, "distance");
        if (distance == null) distance = number(data, "manual_distance");
        Double pause = number(data, "pause_duration");
        Double elevation = number(data, "elevation");
        Activity a = Activity.builder()
                .metadata(ActivityMetadata.builder()
                        .summaryId(id)
                        .name(category.name())
                        .type(category.type().value())
                        .startTime(WithingsTime.at(start, zone))
                        .endTime(WithingsTime.at(end, zone))
                        .timestampLocalization(TimestampLocalization.LOCAL.value())
                        .uploadType(manual ? UploadType.MANUAL.value() : UploadType.AUTOMATIC.value())
                        .build())
                .deviceData(WithingsDevices.of(w))
                .caloriesData(
                        CaloriesData.builder().netActivityCalories(calories).build())
                .distanceData(DistanceData.builder()
                        .summary(DistanceDataSummary.builder()
                                .distanceMeters(distance)
                                .steps(ProviderJson.intValue(data, "steps"))
                                .floorsClimbed(elevation == null ? null : (int) Math.round(elevation))
                                .build())
                        .build())
                .activeDurationsData(ActiveDurationsData.builder()
                        .activitySeconds((double) (end - start) - (pause == null ? 0 : pause))
                        .restSeconds(pause)
                        .build())
                .heartRateData(WithingsActivityMapper.heartRate(data))
                .oxygenData(
                        number(data, "spo2_average") == null
                                ? null
                                : OxygenData.builder()
                                        .avgSaturationPercentage(number(data, "spo2_average"))
                                        .build())
                .build();
        return List.of(MappedRecord.whole(a, "workout:" + id));
    }
}
