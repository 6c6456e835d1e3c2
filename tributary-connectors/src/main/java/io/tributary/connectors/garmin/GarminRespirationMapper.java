package io.tributary.connectors.garmin;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import io.tributary.model.nested.BreathSample;
import io.tributary.model.nested.BreathsData;
import io.tributary.model.nested.RespirationData;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * All-day respiration ({@code allDayRespiration}, Health API "Respiration Summaries": 15-minute records of
 * breaths per minute) → breath samples of the day's Daily under {@code respiration_data.breaths_data.samples}.
 * Terra's Daily schema has no respiration field (only Sleep has {@code respiration_data}); Tributary adds it to
 * the Daily in Sleep's shape rather than drop the data — an extra field, which Terra clients tolerate (see README).
 */
final class GarminRespirationMapper implements RecordMapper {
    /** The extra Daily field (Sleep's {@code RespirationData} shape). */
    static final String FIELD = "respiration_data";

    @Override
    public String endpoint() {
        return "allDayRespiration";
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
        List<BreathSample> samples = GarminSamples.of(e.get("timeOffsetEpochToBreaths")).stream()
                .map(p -> BreathSample.builder()
                        .timestamp(GarminTime.at(start + p.offsetSeconds(), day.offset()))
                        .breathsPerMin(p.value())
                        .build())
                .toList();
        Daily.Builder d = Daily.builder().metadata(day.daily());
        if (!samples.isEmpty())
            d.extra(java.util.Map.of(
                    FIELD,
                    RespirationData.builder()
                            .breathsData(BreathsData.builder().samples(samples).build())
                            .build()));
        return List.of(MappedRecord.partial(d.build(), "allDayRespiration:" + id));
    }
}
