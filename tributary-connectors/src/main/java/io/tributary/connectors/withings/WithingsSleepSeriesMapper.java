package io.tributary.connectors.withings;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.model.DataType;
import io.tributary.model.Sleep;
import io.tributary.model.enums.SleepLevel;
import io.tributary.model.nested.BreathSample;
import io.tributary.model.nested.BreathsData;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSample;
import io.tributary.model.nested.HeartRateVariabilityDataSampleRMSSD;
import io.tributary.model.nested.HeartRateVariabilityDataSampleSDNN;
import io.tributary.model.nested.RespirationData;
import io.tributary.model.nested.SleepDurationsData;
import io.tributary.model.nested.SleepHypnogramSample;
import io.tributary.model.nested.SleepMetadata;
import io.tributary.model.nested.SnoringData;
import io.tributary.model.nested.SnoringSample;
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
 * {@code POST /v2/sleep action=get} ("Sleep v2 - Get"): {@code body.series} is a list of segments {@code
 * {startdate, enddate, state, hr: {epoch: bpm}, rr: {epoch: breaths/min}, snoring, rmssd, sdnn_1, ...}} that carry no
 * night id. The connector adds {@code body.summaries} (the nights of the same window from getsummary: {@code id},
 * {@code startdate}, {@code enddate}, {@code timezone}); each segment goes to the night it starts in. One element
 * per night → a partial Sleep of that {@code summary_id}: the hypnogram (state 0 awake, 1 light, 2 deep, 3 REM, 4
 * manual and 5 unspecified asleep, 15 out of bed), heart-rate, HRV, respiration and snoring samples.
 */
final class WithingsSleepSeriesMapper implements WithingsRecordMapper {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Override
    public String endpoint() {
        return "sleep_get";
    }

    @Override
    public String listField() {
        return "series";
    }

    @Override
    public DataType dataType() {
        return DataType.SLEEP;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("id", "startdate", "enddate");
    }

    @Override
    public List<JsonNode> elements(JsonNode answer) {
        List<JsonNode> out = new ArrayList<>();
        if (answer == null || !answer.isObject()) return out;
        JsonNode body = answer.path("body").isObject() ? answer.path("body") : answer;
        for (JsonNode night : body.path("summaries")) {
            Long from = ProviderJson.longValue(night, "startdate");
            Long to = ProviderJson.longValue(night, "enddate");
            ArrayNode segments = F.arrayNode();
            for (JsonNode seg : body.path("series")) {
                Long s = ProviderJson.longValue(seg, "startdate");
                if (s != null && from != null && to != null && s >= from && s < to) segments.add(seg);
            }
            ObjectNode el = night.isObject() ? ((ObjectNode) night).deepCopy() : F.objectNode();
            el.set("series", segments);
            out.add(el);
        }
        return out;
    }

    @Override
    public List<MappedRecord> map(JsonNode night) throws ConnectorException {
        String id = ProviderJson.requireText(night, "id");
        long start = ProviderJson.requireLong(night, "startdate");
        long end = ProviderJson.requireLong(night, "enddate");
        ZoneId zone = WithingsTime.zone(night, ZoneOffset.UTC);
        List<SleepHypnogramSample> hypnogram = new ArrayList<>();
        Map<Long, Double> hr = new TreeMap<>();
        Map<Long, Double> rr = new TreeMap<>();
        Map<Long, Double> snoring = new TreeMap<>();
        Map<Long, Double> rmssd = new TreeMap<>();
        Map<Long, Double> sdnn = new TreeMap<>();
        for (JsonNode seg : night.path("series")) {
            Long s = ProviderJson.longValue(seg, "startdate");
            Integer state = ProviderJson.intValue(seg, "state");
            if (s != null && state != null)
                hypnogram.add(SleepHypnogramSample.builder()
                        .timestamp(WithingsTime.at(s, zone))
                        .level(level(state))
                        .build());
            collect(seg.path("hr"), hr);
            collect(seg.path("rr"), rr);
            collect(seg.path("snoring"), snoring);
            collect(seg.path("rmssd"), rmssd);
            collect(seg.path("sdnn_1"), sdnn);
        }
        hypnogram.sort(java.util.Comparator.comparing(SleepHypnogramSample::timestamp));
        Sleep.Builder b = Sleep.builder()
                .metadata(SleepMetadata.builder()
                        .summaryId(id)
                        .startTime(WithingsTime.at(start, zone))
                        .endTime(WithingsTime.at(end, zone))
                        .build());
        if (!hypnogram.isEmpty())
            b.sleepDurationsData(
                    SleepDurationsData.builder().hypnogramSamples(hypnogram).build());
        if (!hr.isEmpty() || !rmssd.isEmpty() || !sdnn.isEmpty())
            b.heartRateData(HeartRateData.builder()
                    .detailed(HeartRateDataDetailed.builder()
                            .hrSamples(
                                    hr.isEmpty()
                                            ? null
                                            : hr.entrySet().stream()
                                                    .map(x -> HeartRateDataSample.builder()
                                                            .timestamp(WithingsTime.at(x.getKey(), zone))
                                                            .bpm(x.getValue())
                                                            .build())
                                                    .toList())
                            .hrvSamplesRmssd(
                                    rmssd.isEmpty()
                                            ? null
                                            : rmssd.entrySet().stream()
                                                    .map(x -> HeartRateVariabilityDataSampleRMSSD.builder()
                                                            .timestamp(WithingsTime.at(x.getKey(), zone))
                                                            .hrvRmssd(x.getValue())
                                                            .build())
                                                    .toList())
                            .hrvSamplesSdnn(
                                    sdnn.isEmpty()
                                            ? null
                                            : sdnn.entrySet().stream()
                                                    .map(x -> HeartRateVariabilityDataSampleSDNN.builder()
                                                            .timestamp(WithingsTime.at(x.getKey(), zone))
                                                            .hrvSdnn(x.getValue())
                                                            .build())
                                                    .toList())
                            .build())
                    .build());
        if (!rr.isEmpty() || !snoring.isEmpty())
            b.respirationData(RespirationData.builder()
                    .breathsData(
                            rr.isEmpty()
                                    ? null
                                    : BreathsData.builder()
                                            .samples(rr.entrySet().stream()
                                                    .map(x -> BreathSample.builder()
                                                            .timestamp(WithingsTime.at(x.getKey(), zone))
                                                            .breathsPerMin(x.getValue())
                                                            .build())
                                                    .toList())
                                            .build())
                    .snoringData(
                            snoring.isEmpty()
                                    ? null
                                    : SnoringData.builder()
                                            .samples(snoring.entrySet().stream()
                                                    .map(x -> SnoringSample.builder()
                                                            .timestamp(WithingsTime.at(x.getKey(), zone))
                                                            .durationSeconds(x.getValue())
                                                            .build())
                                                    .toList())
                                            .build())
                    .build());
        return List.of(MappedRecord.partial(b.build(), "sleep_get:" + id));
    }

    private static void collect(JsonNode series, Map<Long, Double> into) {
        if (!series.isObject()) return;
        for (Map.Entry<String, JsonNode> e : series.properties()) {
            if (!e.getValue().isNumber()) continue;
            try {
                into.put(Long.parseLong(e.getKey()), e.getValue().asDouble());
            } catch (NumberFormatException ignored) {
                // not an epoch key
            }
        }
    }

    static int level(int state) {
        return switch (state) {
            case 0 -> SleepLevel.AWAKE.value();
            case 1 -> SleepLevel.LIGHT_SLEEP.value();
            case 2 -> SleepLevel.DEEP_SLEEP.value();
            case 3 -> SleepLevel.REM_SLEEP.value();
            case 4, 5 -> SleepLevel.SLEEPING.value();
            case 15 -> SleepLevel.OUT_OF_BED.value();
            default -> SleepLevel.UNKNOWN.value();
        };
    }
}
