package io.tributary.connectors.oura;

import static io.tributary.connectors.ProviderJson.number;
import static io.tributary.connectors.ProviderJson.requireText;
import static io.tributary.connectors.ProviderJson.text;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import io.tributary.model.nested.ScoresData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v2/usercollection/daily_sleep} (DailySleepModel: one score per day, not per sleep period) → a partial
 * Daily of that {@code day} with Oura's sleep score in {@code scores.sleep} and its contributors kept as a
 * pass-through field. The sleep periods themselves come from {@code sleep} ({@link OuraSleepMapper}).
 */
final class OuraDailySleepMapper implements OuraRecordMapper {
    @Override
    public String endpoint() {
        return "daily_sleep";
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
        Daily.Builder d = Daily.builder()
                .metadata(OuraTime.daily(day, text(e, "timestamp")))
                .scores(ScoresData.builder().sleep(number(e, "score")).build());
        Map<String, Double> contributors = OuraDocs.contributors(e);
        if (contributors != null) d.putExtra("oura_sleep_contributors", contributors);
        return List.of(MappedRecord.partial(d.build(), "daily_sleep:" + id));
    }
}
