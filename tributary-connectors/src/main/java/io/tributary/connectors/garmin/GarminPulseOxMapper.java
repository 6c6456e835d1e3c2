package io.tributary.connectors.garmin;

import io.tributary.model.Daily;
import io.tributary.model.enums.OxygenSaturationType;
import io.tributary.model.nested.OxygenData;
import io.tributary.model.nested.OxygenSaturationSample;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Pulse ox ({@code pulseox}, Health API "Pulse Ox Summaries": all-day readings, or a spot check with {@code
 * onDemand} true) → SpO2 samples of the day's Daily. No day average is written: a day has several pulse ox
 * summaries and each sees only its own samples.
 */
final class GarminPulseOxMapper extends GarminIntradayMapper {
    GarminPulseOxMapper() {
        super("pulseox");
    }

    @Override
    void fill(Daily.Builder d, JsonNode e, Series series) {
        List<OxygenSaturationSample> samples = series.samples(
                "timeOffsetSpo2Values",
                (t, v) -> OxygenSaturationSample.builder()
                        .timestamp(t)
                        .percentage(v)
                        .type(OxygenSaturationType.BLOOD)
                        .build());
        d.oxygenData(
                samples.isEmpty()
                        ? null
                        : OxygenData.builder().saturationSamples(samples).build());
    }
}
