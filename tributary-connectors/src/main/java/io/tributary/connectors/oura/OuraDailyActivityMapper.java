package io.tributary.connectors.oura;

import static io.tributary.connectors.ProviderJson.number;
import static io.tributary.connectors.ProviderJson.requireText;
import static io.tributary.connectors.ProviderJson.text;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import io.tributary.model.Timestamps;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DailyDistanceData;
import io.tributary.model.nested.METData;
import io.tributary.model.nested.METSample;
import io.tributary.model.nested.ScoresData;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v2/usercollection/daily_activity} (DailyActivityModel) → a partial Daily of that {@code day}: steps,
 * equivalent walking distance (m), active/total kcal, intensity seconds, the 1-minute MET series and Oura's
 * activity score in {@code scores.activity}. Readiness and the daily sleep score fill other parts of the same Daily.
 */
final class OuraDailyActivityMapper implements OuraRecordMapper {
    @Override
    public String endpoint() {
        return "daily_activity";
    }

    @Override
    public DataType dataType() {
        return DataType.DAILY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("id", "day");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        String id = OuraDocs.id(e);
        String day = requireText(e, "day");
        Daily d = Daily.builder()
                .metadata(OuraTime.daily(day, text(e, "timestamp")))
                .distanceData(DailyDistanceData.builder()
                        .steps(ProviderJson.intValue(e, "steps"))
                        .distanceMeters(number(e, "equivalent_walking_distance"))
                        .build())
                .caloriesData(CaloriesData.builder()
                        .netActivityCalories(number(e, "active_calories"))
                        .totalBurnedCalories(number(e, "total_calories"))
                        .build())
                .activeDurationsData(ActiveDurationsData.builder()
                        .activitySeconds(sum(
                                number(e, "low_activity_time"),
                                number(e, "medium_activity_time"),
                                number(e, "high_activity_time")))
                        .lowIntensitySeconds(number(e, "low_activity_time"))
                        .moderateIntensitySeconds(number(e, "medium_activity_time"))
                        .vigorousIntensitySeconds(number(e, "high_activity_time"))
                        .inactivitySeconds(number(e, "sedentary_time"))
                        .restSeconds(number(e, "resting_time"))
                        .build())
                .metData(met(e))
                .scores(ScoresData.builder().activity(number(e, "score")).build())
                .build();
        return List.of(MappedRecord.partial(d, "daily_activity:" + id));
    }

    /** {@code met: {interval (s), items[], timestamp}}: one sample per interval from {@code timestamp}. */
    private static METData met(JsonNode e) throws ConnectorException {
        JsonNode met = e.path("met");
        OffsetDateTime start = OuraTime.parse(text(met, "timestamp"));
        Double interval = number(met, "interval");
        List<METSample> samples = new ArrayList<>();
        if (start != null && interval != null && met.path("items").isArray()) {
            int i = 0;
            for (JsonNode v : met.path("items")) {
                if (v.isNumber())
                    samples.add(METSample.builder()
                            .timestamp(Timestamps.format(start.plusSeconds((long) (i * interval))))
                            .level(v.asDouble())
                            .build());
                i++;
            }
        }
        Double avg = number(e, "average_met_minutes");
        if (samples.isEmpty() && avg == null) return null;
        return METData.builder()
                .metSamples(samples.isEmpty() ? null : samples)
                .avgLevel(
                        samples.isEmpty()
                                ? null
                                : samples.stream()
                                        .mapToDouble(METSample::level)
                                        .average()
                                        .orElse(0))
                .numHighIntensityMinutes(minutes(number(e, "high_activity_time")))
                .numModerateIntensityMinutes(minutes(number(e, "medium_activity_time")))
                .numLowIntensityMinutes(minutes(number(e, "low_activity_time")))
                .numInactiveMinutes(minutes(number(e, "sedentary_time")))
                .build();
    }

    private static Double minutes(Double seconds) {
        return seconds == null ? null : seconds / 60.0;
    }

    private static Double sum(Double... parts) {
        Double s = null;
        for (Double p : parts) if (p != null) s = (s == null ? 0 : s) + p;
        return s;
    }
}
