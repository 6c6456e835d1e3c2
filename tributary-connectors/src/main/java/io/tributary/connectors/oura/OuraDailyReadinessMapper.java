package io.tributary.connectors.oura;

import static io.tributary.connectors.ProviderJson.number;
import static io.tributary.connectors.ProviderJson.requireText;
import static io.tributary.connectors.ProviderJson.text;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import io.tributary.model.nested.ScoresData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v2/usercollection/daily_readiness} (DailyReadinessModel) → a partial Daily of that {@code day}:
 * Oura's readiness score in {@code scores.recovery} (Terra's place for a recovery/readiness score); the
 * contributors and temperature deviations (°C) are kept as pass-through fields of the Daily.
 */
final class OuraDailyReadinessMapper implements OuraRecordMapper {
    @Override
    public String endpoint() {
        return "daily_readiness";
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
        Map<String, Object> readiness = new LinkedHashMap<>();
        Map<String, Double> contributors = OuraDocs.contributors(e);
        if (contributors != null) readiness.put("contributors", contributors);
        Double dev = number(e, "temperature_deviation");
        if (dev != null) readiness.put("temperature_deviation", dev);
        Double trend = number(e, "temperature_trend_deviation");
        if (trend != null) readiness.put("temperature_trend_deviation", trend);
        Daily.Builder d = Daily.builder()
                .metadata(OuraTime.daily(day, text(e, "timestamp")))
                .scores(ScoresData.builder().recovery(number(e, "score")).build());
        if (!readiness.isEmpty()) d.putExtra("oura_readiness", readiness);
        return List.of(MappedRecord.partial(d.build(), "daily_readiness:" + id));
    }
}
