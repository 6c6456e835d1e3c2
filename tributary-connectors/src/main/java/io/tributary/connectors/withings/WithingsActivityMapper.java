package io.tributary.connectors.withings;

import static io.tributary.connectors.ProviderJson.number;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import io.tributary.model.enums.HeartRateZone;
import io.tributary.model.nested.ActiveDurationsData;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DailyDistanceData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.HeartRateZoneData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /v2/measure action=getactivity} ("Measure v2 - Getactivity"): one day's aggregates (local {@code
 * date} in {@code timezone}) → a partial Daily of that day (intraday samples add to it): steps, distance m,
 * elevation (floors climbed), soft/moderate/intense seconds (low/moderate/vigorous intensity; {@code active} =
 * moderate + intense), active and total kcal, heart rate average/min/max and the four zones (light, moderate,
 * intense, maximal → Terra zones 0..3).
 */
final class WithingsActivityMapper implements WithingsRecordMapper {
    @Override
    public String endpoint() {
        return "getactivity";
    }

    @Override
    public String listField() {
        return "activities";
    }

    @Override
    public DataType dataType() {
        return DataType.DAILY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("date");
    }

    @Override
    public List<MappedRecord> map(JsonNode a) throws ConnectorException {
        LocalDate day = day(ProviderJson.requireText(a, "date"));
        ZoneId zone = WithingsTime.zone(a, ZoneOffset.UTC);
        Double elevation = number(a, "elevation");
        Daily d = Daily.builder()
                .metadata(WithingsTime.daily(day, zone))
                .deviceData(WithingsDevices.of(a))
                .distanceData(DailyDistanceData.builder()
                        .steps(ProviderJson.intValue(a, "steps"))
                        .distanceMeters(number(a, "distance"))
                        .floorsClimbed(elevation == null ? null : (int) Math.round(elevation))
                        .build())
                .activeDurationsData(ActiveDurationsData.builder()
                        .activitySeconds(number(a, "active"))
                        .lowIntensitySeconds(number(a, "soft"))
                        .moderateIntensitySeconds(number(a, "moderate"))
                        .vigorousIntensitySeconds(number(a, "intense"))
                        .build())
                .caloriesData(CaloriesData.builder()
                        .netActivityCalories(number(a, "calories"))
                        .totalBurnedCalories(number(a, "totalcalories"))
                        .build())
                .heartRateData(heartRate(a))
                .build();
        return List.of(MappedRecord.partial(d, "activity:" + day));
    }

    static HeartRateData heartRate(JsonNode a) {
        List<HeartRateZoneData> zones = new ArrayList<>();
        HeartRateZone[] terra = {HeartRateZone.ZONE_0, HeartRateZone.ZONE_1, HeartRateZone.ZONE_2, HeartRateZone.ZONE_3
        };
        String[] names = {"light", "moderate", "intense", "maximal"};
        for (int i = 0; i < 4; i++) {
            Double s = number(a, "hr_zone_" + i);
            if (s != null)
                zones.add(HeartRateZoneData.builder()
                        .zone(terra[i].value())
                        .name(names[i])
                        .durationSeconds(s)
                        .build());
        }
        Double avg = number(a, "hr_average");
        Double min = number(a, "hr_min");
        Double max = number(a, "hr_max");
        if (avg == null && min == null && max == null && zones.isEmpty()) return null;
        return HeartRateData.builder()
                .summary(HeartRateDataSummary.builder()
                        .avgHrBpm(avg)
                        .minHrBpm(min)
                        .maxHrBpm(max)
                        .hrZoneData(zones.isEmpty() ? null : zones)
                        .build())
                .build();
    }

    static LocalDate day(String date) throws ConnectorException {
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw ConnectorException.malformed("not a date: " + date);
        }
    }
}
