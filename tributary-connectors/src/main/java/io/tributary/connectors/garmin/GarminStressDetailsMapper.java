package io.tributary.connectors.garmin;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import io.tributary.model.nested.BodyBatterySample;
import io.tributary.model.nested.StressData;
import io.tributary.model.nested.StressSample;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Stress details ({@code stressDetails}, Health API "Stress Details Summaries": 3-minute stress levels and the
 * Body Battery timeline) → stress and body battery samples of the day's Daily. Garmin's negative stress values
 * are not levels (-1 off wrist, -2 too much motion, -3 not enough data, -4 recovering, -5 unidentified) and are
 * left out.
 */
final class GarminStressDetailsMapper implements RecordMapper {
    @Override
    public String endpoint() {
        return "stressDetails";
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
        String id = ProviderJson.requireText(e, "summaryId");
        long start = ProviderJson.requireLong(e, "startTimeInSeconds");
        GarminDay day = GarminDay.of(e, "startTimeInSeconds", "startTimeOffsetInSeconds");
        ZoneOffset off = day.offset();
        List<StressSample> stress = GarminSamples.of(e.get("timeOffsetStressLevelValues")).stream()
                .filter(p -> p.value() >= 0)
                .map(p -> StressSample.builder()
                        .timestamp(GarminTime.at(start + p.offsetSeconds(), off))
                        .level(p.value())
                        .build())
                .toList();
        List<BodyBatterySample> battery = GarminSamples.of(e.get("timeOffsetBodyBatteryValues")).stream()
                .filter(p -> p.value() >= 0)
                .map(p -> BodyBatterySample.builder()
                        .timestamp(GarminTime.at(start + p.offsetSeconds(), off))
                        .level(p.value())
                        .build())
                .toList();
        Daily d = Daily.builder()
                .metadata(day.daily())
                .stressData(StressData.builder()
                        .samples(stress.isEmpty() ? null : stress)
                        .bodyBatterySamples(battery.isEmpty() ? null : battery)
                        .build())
                .build();
        return List.of(MappedRecord.partial(d, "stressDetails:" + id));
    }
}
