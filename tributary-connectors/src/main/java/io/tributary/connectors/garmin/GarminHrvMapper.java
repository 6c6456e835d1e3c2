package io.tributary.connectors.garmin;

import static io.tributary.connectors.ProviderJson.number;

import io.tributary.model.Daily;
import io.tributary.model.nested.HeartRateData;
import io.tributary.model.nested.HeartRateDataDetailed;
import io.tributary.model.nested.HeartRateDataSummary;
import io.tributary.model.nested.HeartRateVariabilityDataSampleRMSSD;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * HRV ({@code hrv}, Health API "HRV Summaries": the overnight RMSSD, {@code lastNightAvg} and 5-minute values) →
 * the Daily of its calendar date (the morning the night ends): {@code avg_hrv_rmssd} and RMSSD samples. Garmin's
 * HRV has its own summaryId, unrelated to the sleep's, so it cannot be attached to the Sleep object.
 */
final class GarminHrvMapper extends GarminIntradayMapper {
    GarminHrvMapper() {
        super("hrv");
    }

    @Override
    void fill(Daily.Builder d, JsonNode e, Series series) {
        List<HeartRateVariabilityDataSampleRMSSD> samples = series.samples(
                "hrvValues",
                (t, v) -> HeartRateVariabilityDataSampleRMSSD.builder()
                        .timestamp(t)
                        .hrvRmssd(v)
                        .build());
        d.heartRateData(HeartRateData.builder()
                .summary(HeartRateDataSummary.builder()
                        .avgHrvRmssd(number(e, "lastNightAvg"))
                        .build())
                .detailed(
                        samples.isEmpty()
                                ? null
                                : HeartRateDataDetailed.builder()
                                        .hrvSamplesRmssd(samples)
                                        .build())
                .build());
    }
}
