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
import io.tributary.model.enums.ActivityLevel;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.ActivityLevelSample;
import io.tributary.model.nested.CalorieSample;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DailyDistanceData;
import io.tributary.model.nested.DistanceDataDetailed;
import io.tributary.model.nested.DistanceSample;
import io.tributary.model.nested.METData;
import io.tributary.model.nested.METSample;
import io.tributary.model.nested.StepSample;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Epoch summaries ({@code epochs}, Health API "Epoch Summaries": 15-minute slices) → samples of the day's Daily:
 * steps, distance, active calories, MET and activity level per slice. Garmin sends one record per activity type
 * within a slice (walking and sedentary parts of the same 15 minutes), so {@link #elements} groups the records of
 * one user and slice and {@link #map} adds them up: one sample per slice, never two at the same instant.
 */
final class GarminEpochsMapper implements RecordMapper {
    @Override
    public String endpoint() {
        return "epochs";
    }

    @Override
    public DataType dataType() {
        return DataType.DAILY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("startTimeInSeconds", "slices.summaryId", "slices.startTimeInSeconds");
    }

    /** Groups the epoch records by user and slice start into {@code {userId, startTimeInSeconds, slices:[…]}}. */
    @Override
    public List<JsonNode> elements(JsonNode body) {
        Map<String, ObjectNode> groups = new LinkedHashMap<>();
        for (JsonNode r : RecordMapper.super.elements(body)) {
            String key = ProviderJson.text(r, "userId") + "|" + ProviderJson.text(r, "startTimeInSeconds");
            ObjectNode g = groups.computeIfAbsent(key, k -> {
                ObjectNode n = JsonNodeFactory.instance.objectNode();
                if (r.has("userId")) n.set("userId", r.get("userId"));
                if (r.has("startTimeInSeconds")) n.set("startTimeInSeconds", r.get("startTimeInSeconds"));
                n.set("slices", JsonNodeFactory.instance.arrayNode());
                return n;
            });
            ((ArrayNode) g.get("slices")).add(r);
        }
        return new ArrayList<>(groups.values());
    }

    @Override
    public List<MappedRecord> map(JsonNode group) throws ConnectorException {
        long start = requireLong(group, "startTimeInSeconds");
        JsonNode slices = group.path("slices");
        if (!slices.isArray() || slices.isEmpty()) throw ConnectorException.malformed("an epoch group without slices");
        double steps = 0, meters = 0, kcal = 0, metWeighted = 0, metTime = 0;
        long duration = 0;
        ActivityLevel level = null;
        ZoneOffset offset = null;
        List<String> ids = new ArrayList<>();
        for (JsonNode s : slices) {
            ids.add(requireText(s, "summaryId"));
            requireLong(s, "startTimeInSeconds");
            if (offset == null) offset = GarminTime.offset(s, "startTimeOffsetInSeconds");
            steps += orZero(number(s, "steps"));
            meters += orZero(number(s, "distanceInMeters"));
            kcal += orZero(number(s, "activeKilocalories"));
            Long d = ProviderJson.longValue(s, "durationInSeconds");
            if (d != null) duration = Math.max(duration, d);
            Double met = number(s, "met");
            Double active = number(s, "activeTimeInSeconds");
            if (met != null) {
                double w = active == null || active <= 0 ? 1 : active;
                metWeighted += met * w;
                metTime += w;
            }
            ActivityLevel l = level(ProviderJson.text(s, "intensity"), ProviderJson.text(s, "activityType"));
            if (level == null || l.value() > level.value()) level = l;
        }
        GarminDay day = GarminDay.of(slices.get(0), "startTimeInSeconds", "startTimeOffsetInSeconds");
        String ts = GarminTime.at(start, offset);
        Double timer = duration > 0 ? (double) duration : null;
        Daily d = Daily.builder()
                .metadata(day.daily())
                .distanceData(DailyDistanceData.builder()
                        .detailed(DistanceDataDetailed.builder()
                                .stepSamples(List.of(StepSample.builder()
                                        .timestamp(ts)
                                        .steps(steps)
                                        .timerDurationSeconds(timer)
                                        .build()))
                                .distanceSamples(List.of(DistanceSample.builder()
                                        .timestamp(ts)
                                        .distanceMeters(meters)
                                        .timerDurationSeconds(timer)
                                        .build()))
                                .build())
                        .build())
                .caloriesData(CaloriesData.builder()
                        .calorieSamples(List.of(CalorieSample.builder()
                                .timestamp(ts)
                                .calories(kcal)
                                .timerDurationSeconds(timer)
                                .build()))
                        .build())
                .metData(
                        metTime == 0
                                ? null
                                : METData.builder()
                                        .metSamples(List.of(METSample.builder()
                                                .timestamp(ts)
                                                .level(metWeighted / metTime)
                                                .build()))
                                        .build())
                .activeDurationsData(ActiveDurationsData.builder()
                        .activityLevelsSamples(List.of(ActivityLevelSample.builder()
                                .timestamp(ts)
                                .activityLevel(level)
                                .level(level)
                                .timerDurationSeconds(timer)
                                .build()))
                        .build())
                .build();
        return List.of(MappedRecord.partial(d, "epochs:" + String.join(",", ids)));
    }

    /** {@code intensity} SEDENTARY / ACTIVE / HIGHLY_ACTIVE (Health API appendix); a SLEEP slice is rest. */
    static ActivityLevel level(String intensity, String activityType) {
        if ("SLEEP".equalsIgnoreCase(activityType)) return ActivityLevel.REST;
        if (intensity == null) return ActivityLevel.UNKNOWN;
        return switch (intensity.toUpperCase(Locale.ROOT)) {
            case "SEDENTARY" -> ActivityLevel.INACTIVE;
            case "ACTIVE" -> ActivityLevel.MEDIUM_INTENSITY;
            case "HIGHLY_ACTIVE" -> ActivityLevel.HIGH_INTENSITY;
            default -> ActivityLevel.UNKNOWN;
        };
    }

    private static double orZero(Double d) {
        return d == null ? 0 : d;
    }
}
