package io.tributary.connectors.garmin;

import io.tributary.model.Daily;
import io.tributary.model.nested.BreathSample;
import io.tributary.model.nested.BreathsData;
import io.tributary.model.nested.RespirationData;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * All-day respiration ({@code allDayRespiration}, Health API "Respiration Summaries": 15-minute records of
 * breaths per minute) → breath samples of the day's Daily under {@code respiration_data.breaths_data.samples}.
 * Terra's Daily schema has no respiration field (only Sleep has {@code respiration_data}); Tributary adds it to
 * the Daily in Sleep's shape rather than drop the data — an extra field, which Terra clients tolerate (see README).
 */
final class GarminRespirationMapper extends GarminIntradayMapper {
    static final String FIELD = "respiration_data";

    GarminRespirationMapper() {
        super("allDayRespiration");
    }

    @Override
    void fill(Daily.Builder d, JsonNode e, Series series) {
        List<BreathSample> samples = series.samples(
                "timeOffsetEpochToBreaths",
                (t, v) -> BreathSample.builder().timestamp(t).breathsPerMin(v).build());
        if (!samples.isEmpty())
            d.extra(java.util.Map.of(
                    FIELD,
                    RespirationData.builder()
                            .breathsData(BreathsData.builder().samples(samples).build())
                            .build()));
    }
}
