package io.tributary.connectors.oura;

import static io.tributary.connectors.ProviderJson.number;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.Body;
import io.tributary.model.DataType;
import io.tributary.model.Timestamps;
import io.tributary.model.enums.HeartRateContext;
import io.tributary.model.enums.TimestampLocalization;
import io.tributary.model.nested.BodyMetadata;
import io.tributary.model.nested.HeartData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /v2/usercollection/heartrate} (HeartRateModel {@code {bpm, source, timestamp}}, one per reading) → the
 * samples of a partial Body per local day ({@code heart_data.heart_rate_data.detailed.hr_samples}); a later page
 * of the same day adds its samples (sample arrays merge by timestamp). {@code source} {@code workout} is an active
 * context; {@code rest}/{@code sleep} not active; others not set.
 */
final class OuraHeartRateMapper implements OuraRecordMapper {
    @Override
    public String endpoint() {
        return "heartrate";
    }

    @Override
    public DataType dataType() {
        return DataType.BODY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("bpm", "timestamp");
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        return group(List.of(e));
    }

    @Override
    public List<MappedRecord> mapAll(JsonNode body) throws ConnectorException {
        return group(elements(body));
    }

    private static List<MappedRecord> group(List<JsonNode> readings) throws ConnectorException {
        Map<LocalDate, List<HeartRateDataSample>> byDay = new LinkedHashMap<>();
        Map<LocalDate, OffsetDateTime> firstOf = new LinkedHashMap<>();
        for (JsonNode e : readings) {
            OffsetDateTime t = OuraTime.parse(ProviderJson.requireText(e, "timestamp"));
            Double bpm = number(e, "bpm");
            if (bpm == null) throw ConnectorException.malformed("required number 'bpm' is missing");
            LocalDate day = t.toLocalDate();
            firstOf.putIfAbsent(day, t);
            byDay.computeIfAbsent(day, d -> new ArrayList<>())
                    .add(HeartRateDataSample.builder()
                            .timestamp(Timestamps.format(t))
                            .bpm(bpm)
                            .context(context(ProviderJson.text(e, "source")).value())
                            .build());
        }
        List<MappedRecord> out = new ArrayList<>();
        for (Map.Entry<LocalDate, List<HeartRateDataSample>> d : byDay.entrySet()) {
            var off = firstOf.get(d.getKey()).getOffset();
            Body b = Body.builder()
                    .metadata(BodyMetadata.builder()
                            .startTime(Timestamps.startOfDay(d.getKey(), off))
                            .endTime(Timestamps.startOfDay(d.getKey().plusDays(1), off))
                            .timestampLocalization(TimestampLocalization.LOCAL.value())
                            .build())
                    .heartData(HeartData.builder()
                            .heartRateData(HeartRateData.builder()
                                    .detailed(HeartRateDataDetailed.builder()
                                            .hrSamples(d.getValue())
                                            .build())
                                    .build())
                            .build())
                    .build();
            out.add(MappedRecord.partial(b, "heartrate:" + d.getKey()));
        }
        return out;
    }

    static HeartRateContext context(String source) {
        if (source == null) return HeartRateContext.NOT_SET;
        return switch (source) {
            case "workout" -> HeartRateContext.ACTIVE;
            case "rest", "sleep" -> HeartRateContext.NOT_ACTIVE;
            default -> HeartRateContext.NOT_SET;
        };
    }
}
