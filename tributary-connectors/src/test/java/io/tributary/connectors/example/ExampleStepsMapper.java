package io.tributary.connectors.example;

import static io.tributary.connectors.ProviderJson.intValue;
import static io.tributary.connectors.ProviderJson.requireLong;
import static io.tributary.connectors.ProviderJson.requireText;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import io.tributary.model.Timestamps;
import io.tributary.model.nested.DailyDistanceData;
import io.tributary.model.nested.DailyMetadata;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** {@code {"id","day","offset_seconds","steps"}} → a partial Daily with the step count. */
public class ExampleStepsMapper implements RecordMapper {
    @Override
    public String endpoint() {
        return "steps";
    }

    @Override
    public DataType dataType() {
        return DataType.DAILY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("id", "day", "offset_seconds");
    }

    /** The list envelope is {@code {"data":[…]}}. */
    @Override
    public List<JsonNode> elements(JsonNode body) {
        List<JsonNode> out = new java.util.ArrayList<>();
        body.path("data").forEach(out::add);
        return out;
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        String id = requireText(e, "id");
        LocalDate day;
        try {
            day = LocalDate.parse(requireText(e, "day"));
        } catch (java.time.format.DateTimeParseException ex) {
            throw ConnectorException.malformed("day is not a date");
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds((int) requireLong(e, "offset_seconds"));
        DailyMetadata md = new DailyMetadata(
                Timestamps.startOfDay(day.plusDays(1), offset), Timestamps.startOfDay(day, offset), 1, 1, null);
        DailyDistanceData distance = new DailyDistanceData(null, null, null, null, intValue(e, "steps"), null, null);
        return List.of(MappedRecord.partial(
                new Daily(null, null, null, null, distance, null, null, md, null, null, null, null, null, null),
                "steps:" + id));
    }
}
