package io.tributary.connectors.garmin;

import static io.tributary.connectors.ProviderJson.number;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.Body;
import io.tributary.model.DataType;
import io.tributary.model.nested.MeasurementsData;
import io.tributary.model.nested.OxygenData;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * User metrics ({@code userMetrics}, Health API "User Metrics Summaries": VO2 max and fitness age, latest value of
 * a calendar date) → the Body of that date. The summary has a date and no time or offset, so its Body carries the
 * local midnight without offset; merged into a day that already has an offset, the offset stays.
 */
final class GarminUserMetricsMapper implements RecordMapper {
    @Override
    public String endpoint() {
        return "userMetrics";
    }

    @Override
    public DataType dataType() {
        return DataType.BODY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("summaryId", "calendarDate");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        String id = ProviderJson.requireText(e, "summaryId");
        ProviderJson.requireText(e, "calendarDate");
        GarminDay day = GarminDay.of(e, "startTimeInSeconds", "startTimeOffsetInSeconds");
        Double vo2 = number(e, "vo2Max");
        Double age = number(e, "fitnessAge");
        Body b = Body.builder()
                .metadata(day.body())
                .oxygenData(
                        vo2 == null
                                ? null
                                : OxygenData.builder().vo2maxMlPerMinPerKg(vo2).build())
                .measurementsData(
                        age == null
                                ? null
                                : MeasurementsData.builder()
                                        .dayAvgEstimatedFitnessAge(age)
                                        .build())
                .build();
        return List.of(MappedRecord.partial(b, "userMetrics:" + id));
    }
}
