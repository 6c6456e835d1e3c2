package io.tributary.connectors.garmin;

import static io.tributary.connectors.ProviderJson.number;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.Body;
import io.tributary.model.DataType;
import io.tributary.model.nested.BloodPressureData;
import io.tributary.model.nested.BloodPressureSample;
import io.tributary.model.nested.HeartData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Blood pressure ({@code bloodPressures}, Health API "Blood Pressure Summaries": an Index BPM reading or a manual
 * entry) → a blood pressure sample (and the pulse as a heart rate sample) in the Body of its local day.
 */
final class GarminBloodPressuresMapper implements RecordMapper {
    @Override
    public String endpoint() {
        return "bloodPressures";
    }

    @Override
    public DataType dataType() {
        return DataType.BODY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("summaryId", "measurementTimeInSeconds");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        String id = ProviderJson.requireText(e, "summaryId");
        long t = ProviderJson.requireLong(e, "measurementTimeInSeconds");
        GarminDay day = GarminDay.of(e, "measurementTimeInSeconds", "measurementTimeOffsetInSeconds");
        String ts = GarminTime.at(t, day.offset());
        Double pulse = number(e, "pulse");
        Body b = Body.builder()
                .metadata(day.body())
                .bloodPressureData(BloodPressureData.builder()
                        .bloodPressureSamples(List.of(BloodPressureSample.builder()
                                .timestamp(ts)
                                .systolicBp(number(e, "systolic"))
                                .diastolicBp(number(e, "diastolic"))
                                .build()))
                        .build())
                .heartData(
                        pulse == null
                                ? null
                                : HeartData.builder()
                                        .heartRateData(HeartRateData.builder()
                                                .detailed(HeartRateDataDetailed.builder()
                                                        .hrSamples(List.of(HeartRateDataSample.builder()
                                                                .timestamp(ts)
                                                                .bpm(pulse)
                                                                .build()))
                                                        .build())
                                                .build())
                                        .build())
                .build();
        return List.of(MappedRecord.partial(b, "bloodPressures:" + id));
    }
}
