package io.tributary.connectors.garmin;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import io.tributary.model.enums.OxygenSaturationType;
import io.tributary.model.nested.OxygenData;
import io.tributary.model.nested.OxygenSaturationSample;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Pulse ox ({@code pulseox}, Health API "Pulse Ox Summaries": all-day readings, or a spot check with {@code
 * onDemand} true) → SpO2 samples of the day's Daily. No day average is written: a day has several pulse ox
 * summaries and each sees only its own samples.
 */
final class GarminPulseOxMapper implements RecordMapper {
    @Override
    public String endpoint() {
        return "pulseox";
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
        List<OxygenSaturationSample> samples = GarminSamples.of(e.get("timeOffsetSpo2Values")).stream()
                .map(p -> OxygenSaturationSample.builder()
                        .timestamp(GarminTime.at(start + p.offsetSeconds(), day.offset()))
                        .percentage(p.value())
                        .type(OxygenSaturationType.BLOOD)
                        .build())
                .toList();
        Daily d = Daily.builder()
                .metadata(day.daily())
                .oxygenData(
                        samples.isEmpty()
                                ? null
                                : OxygenData.builder()
                                        .saturationSamples(samples)
                                        .build())
                .build();
        return List.of(MappedRecord.partial(d, "pulseox:" + id));
    }
}
