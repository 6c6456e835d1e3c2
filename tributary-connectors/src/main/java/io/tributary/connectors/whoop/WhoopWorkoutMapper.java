package io.tributary.connectors.whoop;

import static io.tributary.connectors.ProviderJson.number;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.Activity;
import io.tributary.model.DataType;
import io.tributary.model.enums.HeartRateZone;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.enums.UploadType;
import io.tributary.model.nested.ActivityMetadata;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DistanceData;
import io.tributary.model.nested.DistanceDataSummary;
import io.tributary.model.nested.ElevationData;
import io.tributary.model.nested.EnergyData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.HeartRateZoneData;
import io.tributary.model.nested.StrainData;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v2/activity/workout} (WorkoutV2: {@code {id (UUID), v1_id, sport_name, start, end, timezone_offset,
 * score_state, score{strain, average_heart_rate, max_heart_rate, kilojoule, percent_recorded, distance_meter,
 * altitude_gain_meter, altitude_change_meter, zone_durations{zone_zero_milli … zone_five_milli}}}}) → one Activity,
 * {@code summary_id} = the workout's UUID: sport as name and type ({@link WhoopSports}), strain in {@code
 * strain_data.strain_level}, heart rate with the six zone durations, kilojoules (also as kcal), distance and altitude
 * gain. WHOOP does not say whether a workout was detected or logged by hand, so {@code upload_type} is unknown.
 */
final class WhoopWorkoutMapper implements WhoopRecordMapper {
    private static final String[] ZONES = {
        "zone_zero_milli", "zone_one_milli", "zone_two_milli", "zone_three_milli", "zone_four_milli", "zone_five_milli"
    };

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
        return Set.of("id", "start", "end");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        String id = ProviderJson.requireText(e, "id");
        ZoneOffset off = WhoopTime.offset(e);
        OffsetDateTime start = WhoopTime.requireAt(e, "start", off);
        OffsetDateTime end = WhoopTime.requireAt(e, "end", off);
        String sport = ProviderJson.text(e, "sport_name");
        JsonNode score = WhoopScore.of(e);
        Double kj = number(score, "kilojoule");
        Activity.Builder a = Activity.builder()
                .metadata(ActivityMetadata.builder()
                        .summaryId(id)
                        .name(sport)
                        .type(WhoopSports.type(sport).value())
                        .startTime(WhoopTime.format(start))
                        .endTime(WhoopTime.format(end))
                        .timestampLocalization(TimestampLocalization.LOCAL.value())
                        .uploadType(UploadType.UNKNOWN.value())
                        .build())
                .deviceData(WhoopDevice.DATA);
        if (!score.isMissingNode()) {
            Double gain = number(score, "altitude_gain_meter");
            a.strainData(StrainData.builder()
                            .strainLevel(number(score, "strain"))
                            .build())
                    .heartRateData(HeartRateData.builder()
                            .summary(HeartRateDataSummary.builder()
                                    .avgHrBpm(number(score, "average_heart_rate"))
                                    .maxHrBpm(number(score, "max_heart_rate"))
                                    .hrZoneData(zones(ProviderJson.node(score, "zone_durations")))
                                    .build())
                            .build())
                    .caloriesData(CaloriesData.builder()
                            .totalBurnedCalories(WhoopScore.kcal(kj))
                            .build())
                    .energyData(
                            kj == null
                                    ? null
                                    : EnergyData.builder().energyKilojoules(kj).build())
                    .distanceData(DistanceData.builder()
                            .summary(DistanceDataSummary.builder()
                                    .distanceMeters(number(score, "distance_meter"))
                                    .elevation(
                                            gain == null
                                                    ? null
                                                    : ElevationData.builder()
                                                            .gainActualMeters(gain)
                                                            .build())
                                    .build())
                            .build());
        }
        Map<String, Object> whoop = WhoopScore.pick(score, "percent_recorded", "altitude_change_meter");
        whoop.putAll(WhoopScore.pick(e, "v1_id", "sport_id", "score_state"));
        if (!whoop.isEmpty()) a.putExtra("whoop_workout", whoop);
        return List.of(MappedRecord.whole(a.build(), "workout:" + id));
    }

    /** WHOOP's six heart-rate zones (0–5) as Terra zones with their durations in seconds; null when absent. */
    static List<HeartRateZoneData> zones(JsonNode z) {
        if (!z.isObject()) return null;
        List<HeartRateZoneData> out = new ArrayList<>();
        for (int i = 0; i < ZONES.length; i++) {
            Double s = WhoopScore.seconds(z, ZONES[i]);
            if (s == null) continue;
            out.add(HeartRateZoneData.builder()
                    .zone(HeartRateZone.valueOf("ZONE_" + i).value())
                    .durationSeconds(s)
                    .build());
        }
        return out.isEmpty() ? null : out;
    }
}
