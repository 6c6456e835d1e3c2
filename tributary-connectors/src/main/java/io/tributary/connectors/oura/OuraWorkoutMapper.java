package io.tributary.connectors.oura;

import static io.tributary.connectors.ProviderJson.number;
import static io.tributary.connectors.ProviderJson.text;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.Activity;
import io.tributary.model.DataType;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.ActivityType;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.ActivityMetadata;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DistanceData;
import io.tributary.model.nested.DistanceDataSummary;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v2/usercollection/workout} (PublicWorkout) → one Activity (summary_id = Oura's id): activity name and
 * type, start/end at the ring's offset, kcal, distance (m), upload type from {@code source} ({@code manual} is a
 * manual entry; {@code autodetected}, {@code confirmed}, {@code workout_heart_rate} come from the ring).
 */
final class OuraWorkoutMapper implements OuraRecordMapper {
    private static final Map<String, ActivityType> TYPES = Map.ofEntries(
            Map.entry("walking", ActivityType.WALKING),
            Map.entry("running", ActivityType.RUNNING),
            Map.entry("cycling", ActivityType.BIKING),
            Map.entry("swimming", ActivityType.SWIMMING),
            Map.entry("hiking", ActivityType.HIKING),
            Map.entry("yoga", ActivityType.YOGA),
            Map.entry("strengthtraining", ActivityType.STRENGTH_TRAINING),
            Map.entry("rowing", ActivityType.ROWING),
            Map.entry("tennis", ActivityType.TENNIS),
            Map.entry("tabletennis", ActivityType.TABLE_TENNIS),
            Map.entry("nordicwalking", ActivityType.NORDIC_WALKING));

    @Override
    public String endpoint() {
        return "workout";
    }

    @Override
    public DataType dataType() {
        return DataType.ACTIVITY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("id", "start_datetime", "end_datetime");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        String id = OuraDocs.id(e);
        OffsetDateTime start = OuraTime.parse(ProviderJson.requireText(e, "start_datetime"));
        OffsetDateTime end = OuraTime.parse(ProviderJson.requireText(e, "end_datetime"));
        String activity = text(e, "activity");
        String label = text(e, "label");
        Activity a = Activity.builder()
                .metadata(ActivityMetadata.builder()
                        .summaryId(id)
                        .name(label != null && !label.isBlank() ? label : activity)
                        .type(type(activity).value())
                        .startTime(Timestamps.format(start))
                        .endTime(Timestamps.format(end))
                        .timestampLocalization(TimestampLocalization.LOCAL.value())
                        .uploadType(
                                "manual".equals(text(e, "source"))
                                        ? UploadType.MANUAL.value()
                                        : UploadType.AUTOMATIC.value())
                        .build())
                .caloriesData(CaloriesData.builder()
                        .totalBurnedCalories(number(e, "calories"))
                        .build())
                .distanceData(DistanceData.builder()
                        .summary(DistanceDataSummary.builder()
                                .distanceMeters(number(e, "distance"))
                                .build())
                        .build())
                .build();
        return List.of(MappedRecord.whole(a, "workout:" + id));
    }

    /** Oura's {@code activity} names are lower-case words ({@code walking}, {@code strength_training}). */
    static ActivityType type(String activity) {
        if (activity == null) return ActivityType.OTHER;
        String k = activity.toLowerCase(Locale.ROOT).replace("_", "").replace(" ", "");
        return TYPES.getOrDefault(k, ActivityType.OTHER);
    }
}
