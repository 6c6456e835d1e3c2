package io.tributary.connectors.garmin;

import static io.tributary.connectors.ProviderJson.number;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.HeartRateVariabilityDataSampleRMSSD;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * HRV ({@code hrv}, Health API "HRV Summaries": the overnight RMSSD, {@code lastNightAvg} and 5-minute values) →
 * the Daily of its calendar date (the morning the night ends): {@code avg_hrv_rmssd} and RMSSD samples. Garmin's
 * HRV has its own summaryId, unrelated to the sleep's, so it cannot be attached to the Sleep object.
 */
final class GarminHrvMapper implements RecordMapper {
    @Override
    public String endpoint() {
        return "hrv";
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
        List<HeartRateVariabilityDataSampleRMSSD> samples = GarminSamples.of(e.get("hrvValues")).stream()
                .map(p -> HeartRateVariabilityDataSampleRMSSD.builder()
                        .timestamp(GarminTime.at(start + p.offsetSeconds(), day.offset()))
                        .hrvRmssd(p.value())
                        .build())
                .toList();
        Daily d = Daily.builder()
                .metadata(day.daily())
                .heartRateData(HeartRateData.builder()
                        .summary(HeartRateDataSummary.builder()
                                .avgHrvRmssd(number(e, "lastNightAvg"))
                                .build())
                        .detailed(
                                samples.isEmpty()
                                        ? null
                                        : HeartRateDataDetailed.builder()
                                                .hrvSamplesRmssd(samples)
                                                .build())
                        .build())
                .build();
        return List.of(MappedRecord.partial(d, "hrv:" + id));
    }
}
