package io.tributary.connectors.withings;

import static io.tributary.connectors.ProviderJson.number;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import io.tributary.model.nested.CalorieSample;
import io.tributary.model.nested.CaloriesData;
import io.tributary.model.nested.DailyDistanceData;
import io.tributary.model.nested.DistanceDataDetailed;
import io.tributary.model.nested.FloorsClimbedSample;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.OxygenData;
import io.tributary.model.nested.OxygenSaturationSample;
import io.tributary.model.nested.StepSample;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v2/measure action=getintradayactivity} ("Measure v2 - Getintradayactivity"): {@code body.series}
 * maps epoch seconds to one interval's readings ({@code steps}, {@code elevation} floors, {@code calories} kcal,
 * {@code heart_rate} bpm, {@code spo2_auto} %, {@code duration} s). The answer carries no time zone: the
 * connector adds the user's ({@code body.timezone}, from the day summaries). The readings are grouped by local day;
 * each day becomes a partial Daily with Terra's samples (step, floors, calorie, heart-rate and SpO2 samples), which
 * ingest unions by timestamp into that day's Daily.
 */
final class WithingsIntradayMapper implements WithingsRecordMapper {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Override
    public String endpoint() {
        return "getintradayactivity";
    }

    @Override
    public String listField() {
        return "series";
    }

    @Override
    public DataType dataType() {
        return DataType.DAILY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("date");
    }

    /** One element per local day: {@code {date, timezone, samples: [{timestamp, ...readings}]}}. */
    @Override
    public List<JsonNode> elements(JsonNode answer) {
        List<JsonNode> out = new ArrayList<>();
        if (answer == null || !answer.isObject()) return out;
        JsonNode body = answer.path("body").isObject() ? answer.path("body") : answer;
        JsonNode series = body.path("series");
        if (!series.isObject()) return out;
        String tz = ProviderJson.text(body, "timezone");
        ZoneId zone = WithingsTime.zone(tz);
        Map<LocalDate, ArrayNode> byDay = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : series.properties()) {
            long ts;
            try {
                ts = Long.parseLong(e.getKey());
            } catch (NumberFormatException ex) {
                continue;
            }
            if (!e.getValue().isObject()) continue;
            ObjectNode s = ((ObjectNode) e.getValue()).deepCopy();
            s.put("timestamp", ts);
            byDay.computeIfAbsent(WithingsTime.day(ts, zone), d -> F.arrayNode())
                    .add(s);
        }
        byDay.forEach((day, samples) -> {
            ObjectNode el = F.objectNode();
            el.put("date", day.toString());
            if (tz != null) el.put("timezone", tz);
            el.set("samples", samples);
            out.add(el);
        });
        return out;
    }

    @Override
    public List<MappedRecord> map(JsonNode e) throws ConnectorException {
        LocalDate day = WithingsActivityMapper.day(ProviderJson.requireText(e, "date"));
        ZoneId zone = WithingsTime.zone(e, ZoneOffset.UTC);
        List<StepSample> steps = new ArrayList<>();
        List<FloorsClimbedSample> floors = new ArrayList<>();
        List<CalorieSample> calories = new ArrayList<>();
        List<HeartRateDataSample> hr = new ArrayList<>();
        List<OxygenSaturationSample> spo2 = new ArrayList<>();
        for (JsonNode s : e.path("samples")) {
            Long ts = ProviderJson.longValue(s, "timestamp");
            if (ts == null) continue;
            String at = WithingsTime.at(ts, zone);
            Double duration = number(s, "duration");
            if (number(s, "steps") != null)
                steps.add(StepSample.builder()
                        .timestamp(at)
                        .steps(number(s, "steps"))
                        .timerDurationSeconds(duration)
                        .build());
            if (number(s, "elevation") != null)
                floors.add(FloorsClimbedSample.builder()
                        .timestamp(at)
                        .floorsClimbed(number(s, "elevation"))
                        .timerDurationSeconds(duration)
                        .build());
            if (number(s, "calories") != null)
                calories.add(CalorieSample.builder()
                        .timestamp(at)
                        .calories(number(s, "calories"))
                        .timerDurationSeconds(duration)
                        .build());
            if (number(s, "heart_rate") != null)
                hr.add(HeartRateDataSample.builder()
                        .timestamp(at)
                        .bpm(number(s, "heart_rate"))
                        .build());
            if (number(s, "spo2_auto") != null)
                spo2.add(OxygenSaturationSample.builder()
                        .timestamp(at)
                        .percentage(number(s, "spo2_auto"))
                        .build());
        }
        Daily.Builder d = Daily.builder().metadata(WithingsTime.daily(day, zone));
        if (!steps.isEmpty() || !floors.isEmpty())
            d.distanceData(DailyDistanceData.builder()
                    .detailed(DistanceDataDetailed.builder()
                            .stepSamples(steps.isEmpty() ? null : steps)
                            .floorsClimbedSamples(floors.isEmpty() ? null : floors)
                            .build())
                    .build());
        if (!calories.isEmpty())
            d.caloriesData(CaloriesData.builder().calorieSamples(calories).build());
        if (!hr.isEmpty())
            d.heartRateData(HeartRateData.builder()
                    .detailed(HeartRateDataDetailed.builder().hrSamples(hr).build())
                    .build());
        if (!spo2.isEmpty())
            d.oxygenData(OxygenData.builder().saturationSamples(spo2).build());
        return List.of(MappedRecord.partial(d.build(), "intraday:" + day));
    }
}
