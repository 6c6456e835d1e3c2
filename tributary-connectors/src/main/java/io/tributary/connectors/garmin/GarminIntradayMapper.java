package io.tributary.connectors.garmin;

import io.tributary.connectors.ConnectorException;
import io.tributary.connectors.MappedRecord;
import io.tributary.connectors.ProviderJson;
import io.tributary.connectors.RecordMapper;
import io.tributary.model.Daily;
import io.tributary.model.DataType;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * The shape Garmin's intraday summaries share (HRV, pulse ox, respiration, stress details): a {@code summaryId}, a
 * start time with its offset, and series keyed by seconds from the start. Each becomes a partial Daily of its local
 * date, keyed {@code <endpoint>:<summaryId>} so several summaries of one day merge; a subclass only says which series
 * go where ({@link #fill}).
 */
abstract class GarminIntradayMapper implements RecordMapper {
    private final String endpoint;

    GarminIntradayMapper(String endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public final String endpoint() {
        return endpoint;
    }

    @Override
    public final DataType dataType() {
        return DataType.DAILY;
    }

    @Override
    public Set<String> requiredFields() {
        return Set.of("summaryId", "startTimeInSeconds");
    }

    @Override
    public final List<MappedRecord> map(JsonNode e) throws ConnectorException {
        String id = ProviderJson.requireText(e, "summaryId");
        long start = ProviderJson.requireLong(e, "startTimeInSeconds");
        GarminDay day = GarminDay.of(e, "startTimeInSeconds", "startTimeOffsetInSeconds");
        Daily.Builder d = Daily.builder().metadata(day.daily());
        fill(d, e, new Series(e, start, day.offset()));
        return List.of(MappedRecord.partial(d.build(), endpoint + ":" + id));
    }

    /** Adds this summary's data to the day's Daily. */
    abstract void fill(Daily.Builder d, JsonNode e, Series series);

    /** The summary's offset-keyed series ({@code {"<seconds from start>": value}}) as timestamped samples. */
    record Series(JsonNode e, long start, ZoneOffset offset) {
        /** Every value of {@code field}, as {@code sample(timestamp, value)}. */
        <S> List<S> samples(String field, BiFunction<String, Double, S> sample) {
            return GarminSamples.of(e.get(field)).stream()
                    .map(p -> sample.apply(GarminTime.at(start + p.offsetSeconds(), offset), p.value()))
                    .toList();
        }

        /** As {@link #samples}, without Garmin's negative codes (off wrist, too much motion, …), which are no level. */
        <S> List<S> levels(String field, BiFunction<String, Double, S> sample) {
            return GarminSamples.of(e.get(field)).stream()
                    .filter(p -> p.value() >= 0)
                    .map(p -> sample.apply(GarminTime.at(start + p.offsetSeconds(), offset), p.value()))
                    .toList();
        }
    }
}
