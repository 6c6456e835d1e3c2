package io.tributary.connectors.garmin;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.DataType;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Activity summaries ({@code activities}, Activity API) → an Activity. Partial: the same activity's {@code
 * activityDetails} adds the samples and laps to the same summary_id, in whichever order the two arrive.
 */
final class GarminActivitiesMapper implements RecordMapper {
    @Override
    public String endpoint() {
        return "activities";
    }

    @Override
    public DataType dataType() {
        return DataType.ACTIVITY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("summaryId", "startTimeInSeconds");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        String sid = io.tributary.connectors.ProviderJson.requireText(e, "summaryId");
        String id = GarminActivity.summaryId(e);
        return List.of(MappedRecord.partial(GarminActivity.from(e, id).build(), "activities:" + sid));
    }
}
